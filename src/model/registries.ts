/**
 * The names of the registries cargo's configuration defines, read synchronously while manifests are read: a
 * dependency with `registry = "name"` on any other is rejected by cargo ("registry index was not found in any
 * configuration"), even offline. Sources: `[registries.NAME]` in `.cargo/config.toml` (or legacy `config`) of
 * the directory and every parent, then `$CARGO_HOME`, and `CARGO_REGISTRIES_NAME_INDEX` variables.
 */
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { isTable, parseTomlText } from "./toml-file.js";

export type Env = Record<string, string | undefined>;

export interface RegistryNames {
  has(name: string): boolean;
}

function registriesIn(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  try {
    const registries = parseTomlText(text).registries;
    return isTable(registries) ? Object.keys(registries) : [];
  } catch {
    return []; // a config file cargo cannot read is reported where the registry settings are read
  }
}

/** Registry names configured for a project in `dir`, with `env` (CARGO_HOME, HOME, CARGO_REGISTRIES_*). */
export function configuredRegistries(dir: string, env: Env): RegistryNames {
  let names: Set<string> | undefined;
  const load = (): Set<string> => {
    const found = new Set<string>(["crates-io"]);
    const dirs: string[] = [];
    for (let d = resolve(dir); ; d = dirname(d)) {
      dirs.push(join(d, ".cargo"));
      if (dirname(d) === d) break;
    }
    const home = env.CARGO_HOME && env.CARGO_HOME.trim() !== "" ? resolve(env.CARGO_HOME) : join(env.HOME || homedir(), ".cargo");
    dirs.push(home);
    for (const d of dirs) for (const file of ["config", "config.toml"]) for (const name of registriesIn(join(d, file))) found.add(name);
    return found;
  };
  return {
    has(name) {
      if (env[`CARGO_REGISTRIES_${name.toUpperCase().replace(/-/g, "_")}_INDEX`]) return true;
      return (names ??= load()).has(name);
    },
  };
}
