/** Shared set-up for registry tests: a temp project, a temp cache and a local index server. */
import { join } from "node:path";
import { prefetchRegistry } from "../../src/registry/prefetch.js";
import type { RegistryOptions, RegistryResult } from "../../src/registry/options.js";
import type { Dependency, LockedPackage } from "../../src/model/types.js";
import { tempDir } from "../helpers/index-fixture.js";
import { makeWorkspace } from "../helpers/model.js";

export interface Project {
  root: string;
  cacheDir: string;
  env: Record<string, string>;
}

export function makeProject(): Project {
  const home = tempDir("home-");
  return { root: tempDir("project-"), cacheDir: join(home, "cache"), env: { HOME: home, CARGO_HOME: join(home, "cargo") } };
}

/** Fast failure settings so fault tests finish quickly (waits are skipped through `sleep`); the timeout leaves room for a loaded machine. */
export const FAST: Partial<RegistryOptions> = { timeoutMs: 2_000, retries: 2, backoffBaseMs: 1, maxRetryDelayMs: 50, sleep: async () => {} };

export function prefetch(
  project: Project,
  crates: Array<string | (Partial<Dependency> & { name: string })>,
  options: Partial<RegistryOptions> = {},
  locked?: LockedPackage[],
): Promise<RegistryResult> {
  const workspace = makeWorkspace({ root: project.root, dependencies: crates, ...(locked ? { locked } : {}) });
  return prefetchRegistry([workspace], { env: project.env, cacheDir: project.cacheDir, ...FAST, ...options });
}
