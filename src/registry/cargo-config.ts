/** Reads cargo's configuration files the way cargo merges them (closer files win). */
import { readFile } from "node:fs/promises";
import { isTable, parseTomlText } from "../model/toml-file.js";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "smol-toml";

export type Env = Record<string, string | undefined>;

export interface CargoConfigFiles {
  /** Deep-merged tables, the closest file's values winning. */
  merged: Record<string, unknown>;
  /** Files read, closest first. */
  files: string[];
  /** Files that could not be parsed (skipped). */
  problems: string[];
}

export function cargoHome(env: Env): string {
  const configured = env.CARGO_HOME;
  if (configured && configured.trim() !== "") return resolve(configured);
  return join(env.HOME || homedir(), ".cargo");
}

/**
 * `.cargo/config.toml` (or legacy `.cargo/config`, which cargo prefers when both exist) in
 * `start` and every parent, then `$CARGO_HOME/config.toml`.
 */
export async function loadCargoConfig(start: string, env: Env): Promise<CargoConfigFiles> {
  const candidates: string[][] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    candidates.push([join(dir, ".cargo", "config"), join(dir, ".cargo", "config.toml")]);
    if (dirname(dir) === dir) break;
  }
  const home = cargoHome(env);
  candidates.push([join(home, "config"), join(home, "config.toml")]);

  const result: CargoConfigFiles = { merged: {}, files: [], problems: [] };
  const seen = new Set<string>();
  const tables: Record<string, unknown>[] = [];
  for (const pair of candidates) {
    for (const path of pair) {
      if (seen.has(path)) break;
      const text = await readFile(path, "utf8").catch(() => undefined);
      if (text === undefined) continue;
      seen.add(path);
      try {
        tables.push(parseTomlText(text));
        result.files.push(path);
      } catch (error) {
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        result.problems.push(`${path}: not valid TOML, ignored (${detail})`);
      }
      break;
    }
  }
  for (const table of tables.reverse()) deepMerge(result.merged, table);
  return result;
}

/** Reads a TOML file from `$CARGO_HOME` (e.g. credentials), or undefined when missing or invalid. */
export async function readCargoHomeToml(env: Env, names: string[]): Promise<Record<string, unknown> | undefined> {
  for (const name of names) {
    const text = await readFile(join(cargoHome(env), name), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    try {
      return parse(text) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (key === "__proto__") continue;
    const existing = target[key];
    if (isTable(existing) && isTable(value)) deepMerge(existing, value);
    else target[key] = isTable(value) ? cloneTable(value) : value;
  }
}

function cloneTable(value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  deepMerge(copy, value);
  return copy;
}

export { isTable } from "../model/toml-file.js";
