/** Reads TOML files into plain values; syntax errors become InputErrors at the parser's line and column. */
import { readFileSync } from "node:fs";
import { parse, TomlError } from "smol-toml";
import { InputError } from "../errors.js";
import { findOverlongKey, positionOfKey } from "./spans.js";

export type TomlTable = Record<string, unknown>;

export interface TomlDocument {
  path: string;
  text: string;
  data: TomlTable;
}

/**
 * Texts that stand in for files on disk (an editor's unsaved buffers), and parsed documents kept between runs of a
 * long-lived process. The language server installs one; a command-line run never does.
 */
export interface SourceOverlay {
  /** The text to use instead of the file at `path`, or undefined to read the disk. */
  text(path: string): string | undefined;
  /** Parsed documents by path, reused while the text is unchanged. */
  parsed?: Map<string, TomlDocument>;
}

let overlay: SourceOverlay | null = null;

/** Installs (or with null removes) the overlay; returns the one it replaces. */
export function setSourceOverlay(next: SourceOverlay | null): SourceOverlay | null {
  const previous = overlay;
  overlay = next;
  return previous;
}

export function currentSourceOverlay(): SourceOverlay | null {
  return overlay;
}

/**
 * cargo's TOML limits (the `toml` crate it reads manifests and config with): arrays and inline tables nest at
 * most 80 deep ("cannot recurse further; max recursion depth met"), and one key, dotted or in a table header,
 * has at most 80 segments ("recursion limit"). Anything deeper is rejected before it is walked, so every later
 * pass over the value (merges, key scans, JSON output) stays shallow.
 */
export const TOML_RECURSION_LIMIT = 80;

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/** A TOML text cargo would not read, with the position of the first offending character. */
export class TomlTextError extends Error {
  override name = "TomlTextError";
  constructor(
    readonly problem: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${problem} (line ${line}, column ${column})`);
  }
}

export function readTextFile(path: string): string {
  const overridden = overlay?.text(path);
  if (overridden !== undefined) return overridden;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, 1, 1, code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
  return decodeUtf8(path, bytes);
}

/** One decoder for every file: a decode without `stream` keeps no state between calls. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** UTF-8 text, or an InputError at the first invalid byte (cargo refuses such a file too). */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(bad, 0)).split("\n");
    throw new InputError(path, before.length, (before[before.length - 1] ?? "").length + 1, "file is not valid UTF-8");
  }
}

/**
 * Parses TOML text with cargo's limits: nesting and key length as above, integers within i64 (larger ones are
 * BigInts inside that range, never a lossy number). Throws TomlTextError; the only helper other readers of
 * TOML (cargo's config files) need.
 */
export function parseTomlText(text: string): TomlTable {
  let data: TomlTable;
  try {
    data = parse(text, { maxDepth: TOML_RECURSION_LIMIT, integersAsBigInt: "asNeeded" }) as TomlTable;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const first = (error.message.split("\n")[0] ?? "invalid TOML").replace(/^Invalid TOML document: /, "");
    const problem = /excessively nested/.test(first) ? `cannot recurse further: arrays and inline tables nest at most ${TOML_RECURSION_LIMIT} deep` : first;
    throw new TomlTextError(problem, error.line, error.column);
  }
  const problem = deepProblem(data);
  if (problem?.kind === "depth") {
    const at = findOverlongKey(text, TOML_RECURSION_LIMIT);
    if (at) throw new TomlTextError(`recursion limit: a key has at most ${TOML_RECURSION_LIMIT} dotted segments`, at.line, at.column);
  } else if (problem?.kind === "integer") {
    const at = positionOfKey(text, problem.path);
    throw new TomlTextError("integer out of range (TOML integers are 64-bit)", at.line, at.column);
  }
  return data;
}

type DeepProblem = { kind: "depth" } | { kind: "integer"; path: string[] };

/**
 * Tables nested deeper than a key may reach, or an integer outside i64; an explicit stack, never recursion. Every
 * manifest of a run passes through here, almost always without a problem: the walk carries depths only, and the
 * path of an offending integer is worked out by a second walk when there is one.
 */
function deepProblem(root: TomlTable): DeepProblem | null {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  let deep = false;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === "bigint") {
      if (value < I64_MIN || value > I64_MAX) return integerProblem(root);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item !== "object" && typeof item !== "bigint") continue;
        values.push(item);
        depths.push(depth + 1);
      }
    } else if (isTable(value)) {
      if (depth > TOML_RECURSION_LIMIT) deep = true;
      for (const key in value) {
        const item = value[key];
        if (typeof item !== "object" && typeof item !== "bigint") continue;
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return deep ? { kind: "depth" } : null;
}

/** The first integer outside i64 (in the order of the walk above), with the key path to it (at most 8 keys). */
function integerProblem(root: TomlTable): DeepProblem | null {
  const stack: Array<{ value: unknown; depth: number; path: string[] }> = [{ value: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === "bigint") {
      if (value < I64_MIN || value > I64_MAX) return { kind: "integer", path };
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1, path });
    } else if (isTable(value)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return null;
}

/** Parses TOML text; `path` is only used to locate errors. */
export function parseToml(path: string, text: string): TomlDocument {
  try {
    return { path, text, data: parseTomlText(text) };
  } catch (error) {
    if (error instanceof TomlTextError) throw new InputError(path, error.line, error.column, `invalid TOML: ${error.problem}`);
    throw error;
  }
}

export function readTomlFile(path: string): TomlDocument {
  const text = readTextFile(path);
  const memo = overlay?.parsed;
  const known = memo?.get(path);
  if (known && known.text === text) return known;
  const doc = parseToml(path, text);
  memo?.set(path, doc);
  return doc;
}

export function isTable(value: unknown): value is TomlTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
