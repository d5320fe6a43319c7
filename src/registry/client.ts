/** Sparse index client of one registry: `config.json` first, then one file per crate, each once per run. */
import type { RegistryEndpoint } from "./config.js";
import { InvalidCrateNameError } from "./errors.js";
import { indexFileUrl, indexPath } from "./index-path.js";
import { getIndexFile, type IndexFilesContext } from "./index-files.js";
import { parseIndexFile } from "./records.js";
import type { CrateInfo } from "./types.js";

export type CrateLookup =
  | { kind: "found"; info: CrateInfo; problems: string[] }
  | { kind: "not-found"; info: CrateInfo }
  | { kind: "failed"; message: string };

/** What `config.json` says; only `auth-required` changes what the client does. */
export interface IndexConfig {
  dl: string | null;
  api: string | null;
  authRequired: boolean;
}

type ConfigState = { ok: true; config: IndexConfig } | { ok: false; message: string };

export class SparseIndexClient {
  readonly #lookups = new Map<string, Promise<CrateLookup>>();
  readonly #token: string | undefined;
  #config: Promise<ConfigState> | undefined;

  constructor(
    readonly endpoint: RegistryEndpoint & { indexUrl: string },
    token: string | undefined,
    private readonly context: IndexFilesContext,
  ) {
    this.#token = token;
  }

  /** Same promise for every ask of the same crate (names compare case-insensitively, as the index does). */
  lookup(name: string): Promise<CrateLookup> {
    const key = name.toLowerCase();
    let pending = this.#lookups.get(key);
    if (!pending) {
      pending = this.#fetchCrate(name);
      this.#lookups.set(key, pending);
    }
    return pending;
  }

  indexConfig(): Promise<ConfigState> {
    this.#config ??= this.#fetchConfig();
    return this.#config;
  }

  async #fetchCrate(name: string): Promise<CrateLookup> {
    let url: string;
    try {
      indexPath(name);
      url = indexFileUrl(this.endpoint.indexUrl, name);
    } catch (error) {
      if (error instanceof InvalidCrateNameError) return { kind: "failed", message: error.message };
      throw error;
    }
    const config = await this.indexConfig();
    if (!config.ok) return { kind: "failed", message: config.message };
    const token = config.config.authRequired ? this.#token : undefined;
    const result = await getIndexFile(
      { indexUrl: this.endpoint.indexUrl, file: name.toLowerCase(), url, token, parse: parseIndexFile },
      this.context,
    );
    if (result.kind === "failed") {
      const hint = result.status === 401 && !token ? `; set CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN` : "";
      return { kind: "failed", message: result.message + hint };
    }
    const info: CrateInfo = { name, registry: this.endpoint.displayName, versions: [], fetchedAt: result.fetchedAt, fromCache: result.fromCache };
    if (result.kind === "not-found") return { kind: "not-found", info: { ...info, notFound: true } };
    const parsed = result.parsed;
    const problems = result.warning ? [result.warning, ...parsed.problems] : parsed.problems;
    return { kind: "found", info: { ...info, name: parsed.versions[0]?.name ?? name, versions: parsed.versions }, problems };
  }

  /**
   * Cargo reads `config.json` before any crate file. It is asked without a token; a 401 means the
   * registry needs one, and the request is repeated with it.
   */
  async #fetchConfig(): Promise<ConfigState> {
    const url = new URL("config.json", this.endpoint.indexUrl).href;
    const request = { indexUrl: this.endpoint.indexUrl, file: "config.json", url, parse: parseIndexConfig };
    let result = await getIndexFile(request, this.context);
    let sawUnauthorized = false;
    if (result.kind === "failed" && result.status === 401 && this.#token) {
      sawUnauthorized = true;
      result = await getIndexFile({ ...request, token: this.#token }, this.context);
    }
    if (result.kind === "found") {
      const config = result.parsed;
      return { ok: true, config: { ...config, authRequired: config.authRequired || sawUnauthorized } };
    }
    if (result.kind === "failed" && result.status === 401) {
      const what = sawUnauthorized ? "rejected the token" : "requires a token";
      return { ok: false, message: `registry ${this.endpoint.displayName} ${what} (HTTP 401); set CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN or add it to $CARGO_HOME/credentials.toml` };
    }
    // Offline without a cached copy, or a registry without config.json: carry on without one.
    if (result.kind === "not-found" || this.context.offline) return { ok: true, config: { dl: null, api: null, authRequired: false } };
    return { ok: false, message: `registry ${this.endpoint.displayName} is unreachable: ${result.message}` };
  }
}

export function parseIndexConfig(body: string): IndexConfig {
  const json: unknown = JSON.parse(body);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("config.json is not a JSON object");
  const record = json as Record<string, unknown>;
  return {
    dl: typeof record.dl === "string" ? record.dl : null,
    api: typeof record.api === "string" ? record.api : null,
    authRequired: record["auth-required"] === true,
  };
}

function envHint(endpoint: RegistryEndpoint): string {
  return (endpoint.credentialName ?? endpoint.name).toUpperCase().replace(/[-.]/g, "_");
}
