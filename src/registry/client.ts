/** Sparse index client of one registry: `config.json` first, then one file per crate, each once per run. */
import type { RegistryEndpoint } from "./config.js";
import { InvalidCrateNameError } from "./errors.js";
import { indexFileUrl, indexPath } from "./index-path.js";
import { getIndexFile, type IndexFilesContext } from "./index-files.js";
import { parseIndexFile, reviveVersions, storeVersions } from "./records.js";
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
    try {
      indexPath(name);
    } catch (error) {
      if (error instanceof InvalidCrateNameError) return { kind: "failed", message: error.message };
      throw error;
    }
    const config = await this.indexConfig();
    if (!config.ok) return { kind: "failed", message: config.message };
    const token = config.config.authRequired ? this.#token : undefined;
    const indexUrl = this.endpoint.indexUrl;
    const result = await getIndexFile(
      {
        indexUrl,
        file: name.toLowerCase(),
        url: () => indexFileUrl(indexUrl, name),
        token,
        parse: (body) => {
          const parsed = parseIndexFile(body);
          return { data: parsed.versions, problems: parsed.problems };
        },
        store: storeVersions,
        revive: reviveVersions,
      },
      this.context,
    );
    if (result.kind === "failed") {
      const hint = result.status === 401 && !token ? `; set CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN` : "";
      return { kind: "failed", message: result.message + hint };
    }
    const info: CrateInfo = { name, registry: this.endpoint.displayName, versions: [], fetchedAt: result.fetchedAt, fromCache: result.fromCache };
    if (result.kind === "not-found") return { kind: "not-found", info: { ...info, notFound: true } };
    const versions = result.data;
    const problems = result.warning ? [result.warning, ...result.problems] : result.problems;
    return { kind: "found", info: { ...info, name: versions[0]?.name ?? name, versions }, problems };
  }

  /**
   * Cargo reads `config.json` before any crate file. It is asked without a token; a 401 means the
   * registry needs one, and the request is repeated with it.
   */
  async #fetchConfig(): Promise<ConfigState> {
    const indexUrl = this.endpoint.indexUrl;
    const request = {
      indexUrl,
      file: "config.json",
      url: () => new URL("config.json", indexUrl).href,
      parse: (body: string) => ({ data: parseIndexConfig(body), problems: [] }),
      store: (config: IndexConfig) => config,
      revive: reviveIndexConfig,
    };
    let result = await getIndexFile(request, this.context);
    let sawUnauthorized = false;
    if (result.kind === "failed" && result.status === 401 && this.#token) {
      if (!isValidToken(this.#token)) return this.#badToken();
      sawUnauthorized = true;
      result = await getIndexFile({ ...request, token: this.#token }, this.context);
    }
    if (result.kind === "found") {
      const config = result.data;
      if (config.authRequired && this.#token && !isValidToken(this.#token)) return this.#badToken();
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

  /** The value is never shown: it is a secret, and a broken one may be half of a real one. */
  #badToken(): ConfigState {
    return { ok: false, message: `the token for registry ${this.endpoint.displayName} contains a control character (newline, NUL, ...) and was not sent; fix CARGO_REGISTRIES_${envHint(this.endpoint)}_TOKEN or $CARGO_HOME/credentials.toml` };
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

function reviveIndexConfig(data: unknown): IndexConfig | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const c = data as Record<string, unknown>;
  const ok = (c.dl === null || typeof c.dl === "string") && (c.api === null || typeof c.api === "string") && typeof c.authRequired === "boolean";
  return ok ? (c as unknown as IndexConfig) : undefined;
}

/** What an HTTP header value may hold: no control characters but tab. */
function isValidToken(token: string): boolean {
  // eslint-disable-next-line no-control-regex
  return token !== "" && !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(token) && !/[^\u0000-\u00ff]/.test(token);
}

function envHint(endpoint: RegistryEndpoint): string {
  return (endpoint.credentialName ?? endpoint.name).toUpperCase().replace(/[-.]/g, "_");
}
