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

export function readTextFile(path: string): string {
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
  return parseToml(path, readTextFile(path));
}

export function isTable(value: unknown): value is TomlTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
