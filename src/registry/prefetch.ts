/** Fetches, before the rules run, the index file of every registry crate the workspaces use. */
import pLimit from "p-limit";
import type { Workspace } from "../model/types.js";
import { IndexCache } from "./cache.js";
import { SparseIndexClient } from "./client.js";
import { loadRegistryConfig, type RegistryEndpoint } from "./config.js";
import { TokenStore } from "./credentials.js";
import type { HttpPolicy } from "./http.js";
import type { IndexFilesContext } from "./index-files.js";
import { type RegistryOptions, type RegistryProblem, type RegistryResult, resolveRegistryOptions } from "./options.js";
import type { CrateInfo } from "./types.js";
import { userAgent } from "./user-agent.js";
import { type CrateTable, createRegistryView, type WorkspaceRegistries } from "./view.js";

interface Wanted {
  endpoint: RegistryEndpoint & { indexUrl: string };
  names: Map<string, string>;
}

export async function prefetchRegistry(workspaces: Workspace[], input: RegistryOptions): Promise<RegistryResult> {
  const options = resolveRegistryOptions(input);
  const notes = new Set<string>();
  const configured: WorkspaceRegistries[] = [];
  const wanted = new Map<string, Wanted>();

  const want = (endpoint: RegistryEndpoint | undefined, name: string): void => {
    if (!endpoint) return;
    if (!endpoint.indexUrl) {
      notes.add(`${endpoint.skipReason ?? `registry ${endpoint.displayName} is not checked`}.`);
      return;
    }
    let entry = wanted.get(endpoint.indexUrl);
    if (!entry) {
      entry = { endpoint: { ...endpoint, indexUrl: endpoint.indexUrl }, names: new Map() };
      wanted.set(endpoint.indexUrl, entry);
    }
    if (!entry.names.has(name.toLowerCase())) entry.names.set(name.toLowerCase(), name);
  };

  for (const workspace of workspaces) {
    const config = await loadRegistryConfig(workspace.root, options.env, { cratesIoIndex: options.cratesIoIndex });
    configured.push({ workspace, config });
    config.problems.forEach((problem) => notes.add(problem));
    const deps = [...workspace.members.flatMap((member) => member.dependencies), ...workspace.workspaceDependencies];
    for (const dep of deps) {
      if (dep.source.type === "registry") want(config.byName(dep.source.registry), dep.name);
    }
    for (const pkg of workspace.lockfile?.packages ?? []) {
      if (pkg.source) want(config.bySource(pkg.source), pkg.name);
    }
  }

  const stats = { total: 0, conditional: 0, notModified: 0 };
  const http: HttpPolicy = { ...options, userAgent: userAgent(), random: Math.random, stats };
  const context: IndexFilesContext = { cache: new IndexCache(options.cacheDir), http, limit: pLimit(options.concurrency), offline: options.offline, ttlMs: options.cacheTtlMs, now: options.now };
  const tokens = await TokenStore.load(options.env);

  const crates: CrateTable = new Map();
  const problems: RegistryProblem[] = [];
  const total = [...wanted.values()].reduce((sum, entry) => sum + entry.names.size, 0);
  let done = 0;
  let oldestCached: CrateInfo | undefined;

  await Promise.all(
    [...wanted.values()].flatMap(({ endpoint, names }) => {
      const client = new SparseIndexClient(endpoint, tokens.tokenFor(endpoint.credentialName), context);
      const table = new Map<string, CrateInfo>();
      crates.set(endpoint.indexUrl, table);
      return [...names.entries()].map(async ([key, name]) => {
        const lookup = await client.lookup(name);
        if (lookup.kind === "failed") {
          problems.push({ crate: name, registry: endpoint.displayName, message: lookup.message });
        } else {
          table.set(key, lookup.info);
          if (lookup.kind === "found") lookup.problems.forEach((message) => problems.push({ crate: name, registry: endpoint.displayName, message }));
          if (lookup.info.fromCache && (!oldestCached || lookup.info.fetchedAt < oldestCached.fetchedAt)) oldestCached = lookup.info;
        }
        options.onProgress?.(++done, total);
      });
    }),
  );

  if (options.offline && oldestCached) notes.add(offlineNote(oldestCached, options.now()));
  problems.sort((a, b) => a.registry.localeCompare(b.registry) || a.crate.localeCompare(b.crate));
  const offlineEmptyCache = options.offline && !oldestCached && problems.length > 0;
  return { view: createRegistryView(configured, crates), problems, notes: [...notes], offlineEmptyCache, requests: stats };
}

function offlineNote(oldest: CrateInfo, now: Date): string {
  return `Offline: index data comes from the cache; the oldest copy is ${formatAge(now.getTime() - Date.parse(oldest.fetchedAt))} old (${oldest.name}, fetched ${oldest.fetchedAt}).`;
}

export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
