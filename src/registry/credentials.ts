/** Registry tokens, as cargo's `cargo:token` provider finds them. Tokens are never part of messages. */
import { readCargoHomeToml, type Env, isTable } from "./cargo-config.js";
import { envName } from "./config.js";

export class TokenStore {
  // Private fields stay out of JSON.stringify and util.inspect, so a token cannot leak into output.
  readonly #tokens: Map<string, string>;
  readonly #env: Env;

  private constructor(tokens: Map<string, string>, env: Env) {
    this.#tokens = tokens;
    this.#env = env;
  }

  /** Reads `$CARGO_HOME/credentials.toml` (or legacy `credentials`): `[registries.NAME] token = "..."`. */
  static async load(env: Env): Promise<TokenStore> {
    const tokens = new Map<string, string>();
    const credentials = await readCargoHomeToml(env, ["credentials.toml", "credentials"]);
    const registries = credentials && isTable(credentials.registries) ? credentials.registries : {};
    for (const [name, entry] of Object.entries(registries)) {
      if (isTable(entry) && typeof entry.token === "string") tokens.set(name, entry.token);
    }
    return new TokenStore(tokens, env);
  }

  static empty(): TokenStore {
    return new TokenStore(new Map(), {});
  }

  /** `CARGO_REGISTRIES_<NAME>_TOKEN` wins over credentials.toml, as in cargo. */
  tokenFor(registryName: string | undefined): string | undefined {
    if (!registryName) return undefined;
    const fromEnv = this.#env[`CARGO_REGISTRIES_${envName(registryName)}_TOKEN`];
    if (fromEnv && fromEnv.trim() !== "") return fromEnv.trim();
    return this.#tokens.get(registryName);
  }

  toJSON(): string {
    return "[TokenStore]";
  }
}
