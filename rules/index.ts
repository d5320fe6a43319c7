/** Every rule, by id. The engine reaches rules only through this list. */
import type { Rule } from "../src/engine/types.js";
import { competingRuntimes } from "./competing-runtimes.js";
import { decliningCrate } from "./declining-crate.js";
import { decliningTransitive } from "./declining-transitive.js";
import { splitHttpStack } from "./split-http-stack.js";
import { unmaintainedAdvisory } from "./unmaintained-advisory.js";

export const RULES: readonly Rule[] = [
  decliningCrate,
  decliningTransitive,
  unmaintainedAdvisory,
  competingRuntimes,
  splitHttpStack,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
