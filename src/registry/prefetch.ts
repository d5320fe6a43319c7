/** Fetches, before the rules run, the index file of every registry crate the workspaces use. */
import { setMaxListeners } from "node:events";
import pLimit from "p-limit";
import type { Workspace } from "../model/types.js";
import { IndexCache } from "./cache.js";
import { SparseIndexClient } from "./client.js";
import { loadRegistryConfig, type RegistryEndpoint } from "./config.js";
import { TokenStore } from "./credentials.js";
import type { HttpPolicy } from "./http.js";
import type { IndexFilesContext } from "./index-files.js";
import { fetchTransport, formatBytes, nodeTransport } from "./transport.js";
import { type RegistryOptions, type RegistryProblem, type RegistryResult, resolveRegistryOptions } from "./options.js";
import type { CrateInfo } from "./types.js";
import { userAgent } from "./user-agent.js";
import { type CrateTable, createRegistryView, type WorkspaceRegistries } from "./view.js";
import { append } from "../util/maps.js";
import { compareNames } from "../util/name-order.js";

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

  const stats = { total: 0, conditional: 0, notModified: 0, bytes: 0 };
  const cache = new IndexCache(options.cacheDir);
  const crates: CrateTable = new Map();
  const problems: RegistryProblem[] = [];
  const notFound = new Map<string, string[]>();
  const total = [...wanted.values()].reduce((sum, entry) => sum + entry.names.size, 0);
  let done = 0;
  let oldestCached: CrateInfo | undefined;

  // Offline with nothing cached for a registry: every crate has the same answer, at once.
  const active: Wanted[] = [];
  for (const entry of wanted.values()) {
    crates.set(entry.endpoint.indexUrl, new Map());
    if (options.offline && (await cache.entries(entry.endpoint.indexUrl)).size === 0) {
      for (const name of entry.names.values()) problems.push({ crate: name, registry: entry.endpoint.displayName, message: "not in the cache (offline mode)" });
      done += entry.names.size;
      options.onProgress?.(done, total);
    } else {
      active.push(entry);
    }
  }

  const stop = new AbortController();
  // Every request in flight and every retry wait listens to it.
  setMaxListeners(0, stop.signal);
  let stopReason = "";
  const timer = setTimeout(() => {
    stopReason = `the registry time limit of ${formatSeconds(options.runTimeoutMs)} for the run was reached`;
    stop.abort();
  }, options.runTimeoutMs);
  const transport = options.fetch ? fetchTransport(options.fetch) : nodeTransport(options.concurrency);
  const http: HttpPolicy = {
    ...options,
    transport,
    userAgent: userAgent(),
    random: Math.random,
    stats,
    runSignal: stop.signal,
    runStopReason: () => stopReason,
  };
  const context: IndexFilesContext = { cache, http, limit: pLimit(options.concurrency), offline: options.offline, ttlMs: options.cacheTtlMs, now: options.now };
  const tokens = active.length > 0 ? await TokenStore.load(options.env) : TokenStore.empty();

  try {
    await Promise.all(
      active.flatMap(({ endpoint, names }) => {
        const client = new SparseIndexClient(endpoint, tokens.tokenFor(endpoint.credentialName), context);
        const table = crates.get(endpoint.indexUrl) as Map<string, CrateInfo>;
        return [...names.entries()].map(async ([key, name]) => {
          const lookup = await client.lookup(name);
          if (lookup.kind === "failed") {
            problems.push({ crate: name, registry: endpoint.displayName, message: lookup.message });
          } else {
            table.set(key, lookup.info);
            if (lookup.kind === "found") lookup.problems.forEach((message) => problems.push({ crate: name, registry: endpoint.displayName, message }));
            else append(notFound, endpoint.displayName, name);
            if (lookup.info.fromCache && (!oldestCached || lookup.info.fetchedAt < oldestCached.fetchedAt)) oldestCached = lookup.info;
          }
          options.onProgress?.(++done, total);
        });
      }),
    );
  } finally {
    clearTimeout(timer);
    transport.close();
    // A cache that cannot be written (read-only disk) costs a later request, not this run.
    await cache.flush().catch(() => undefined);
  }

  if (options.offline && oldestCached) notes.add(offlineNote(oldestCached, options.now()));
  for (const [registry, names] of notFound) notes.add(notFoundNote(registry, names));
  if (stopReason) {
    const unchecked = problems.filter((p) => p.message.includes(stopReason)).length;
    notes.add(`Registry checks stopped: ${stopReason}; ${unchecked} crate(s) were not checked (a slow or unresponsive registry).`);
  }
  const overBudget = problems.filter((p) => p.message.includes("per-run limit")).length;
  if (overBudget > 0) notes.add(`Registry checks stopped after ${formatBytes(options.maxRunBytes)} of index data (the per-run limit); ${overBudget} crate(s) were not checked.`);
  problems.sort((a, b) => compareNames(a.registry, b.registry) || compareNames(a.crate, b.crate));
  const offlineEmptyCache = options.offline && !oldestCached && problems.length > 0;
  return { view: createRegistryView(configured, crates), problems, notes: [...notes], offlineEmptyCache, requests: stats };
}

/** Crates a registry does not know: without this, their checks would vanish silently. */
function notFoundNote(registry: string, names: string[]): string {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, 20).join(", ") + (sorted.length > 20 ? `, and ${sorted.length - 20} more` : "");
  return `${registry} does not know ${sorted.length} crate(s) (HTTP 404/410/451): ${shown}; checks that need their index data were skipped.`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
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
