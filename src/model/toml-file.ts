/** Reads TOML files into plain values; syntax errors become InputErrors at the parser's line and column. */
import { readFileSync } from "node:fs";
import { parse, TomlError } from "smol-toml";
import { InputError } from "../errors.js";

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

export function readTextFile(path: string): string {
  const overridden = overlay?.text(path);
  if (overridden !== undefined) return overridden;
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, 1, 1, code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
}

/** Parses TOML text; `path` is only used to locate errors. */
export function parseToml(path: string, text: string): TomlDocument {
  try {
    return { path, text, data: parse(text) as TomlTable };
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "invalid TOML";
      throw new InputError(path, error.line, error.column, `invalid TOML: ${message}`);
    }
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
