/** Every rule, by id. The engine reaches rules only through this list. */
import type { Rule } from "../src/engine/types.js";
import { competingRuntimes } from "./competing-runtimes.js";
import { decliningCrate } from "./declining-crate.js";
import { decliningTransitive } from "./declining-transitive.js";
import { msrv } from "./msrv.js";
import { outdatedLock } from "./outdated-lock.js";
import { outdatedRequirement } from "./outdated-requirement.js";
import { removableTransitive } from "./removable-transitive.js";
import { splitHttpStack } from "./split-http-stack.js";
import { staleCrate } from "./stale-crate.js";
import { advisoryNotice } from "./advisory-notice.js";
import { unmaintainedAdvisory } from "./unmaintained-advisory.js";
import { unsound } from "./unsound.js";
import { vulnerability } from "./vulnerability.js";
import { yankedVersion } from "./yanked-version.js";

export const RULES: readonly Rule[] = [
  decliningCrate,
  decliningTransitive,
  unmaintainedAdvisory,
  vulnerability,
  unsound,
  advisoryNotice,
  competingRuntimes,
  splitHttpStack,
  outdatedRequirement,
  outdatedLock,
  yankedVersion,
  msrv,
  staleCrate,
  removableTransitive,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
