/**
 * TOML values (smol-toml) plus the positions of keys and values (toml-eslint-parser), so that validation
 * can point at the exact line and column of a problem. The position index is built only when asked for.
 */
import { parseTomlText, TomlTextError } from "../model/toml-file.js";
import { parseTOML } from "toml-eslint-parser";
import type { Span } from "../model/types.js";
import { ConfigError } from "./errors.js";

export type TomlPath = ReadonlyArray<string | number>;

interface Located {
  /** The key of a key/value pair, the header of a table, or the element itself inside an array. */
  key: Span;
  value: Span;
}

export interface TomlDocument {
  file: string;
  value: Record<string, unknown>;
  /** Where the key (or table header) of `path` is; falls back to the nearest written descendant, then 1:1. */
  keySpan(path: TomlPath): Span;
  /** Where the value of `path` starts and ends. */
  valueSpan(path: TomlPath): Span;
}

interface AstLoc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

// Minimal views of the toml-eslint-parser nodes we walk.
interface AstNode {
  type: string;
  loc: AstLoc;
  kind?: string;
  resolvedKey?: Array<string | number>;
  key?: { loc: AstLoc; keys: Array<{ name?: string; value?: string }> };
  value?: AstNode;
  body?: AstNode[];
  elements?: AstNode[];
}

const FIRST: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function spanOf(loc: AstLoc): Span {
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

function keyNames(node: AstNode): string[] {
  return (node.key?.keys ?? []).map((k) => k.name ?? k.value ?? "");
}

function indexValue(index: Map<string, Located>, path: TomlPath, node: AstNode): void {
  if (node.type === "TOMLInlineTable") {
    for (const pair of node.body ?? []) indexPair(index, path, pair);
  } else if (node.type === "TOMLArray") {
    (node.elements ?? []).forEach((element, i) => {
      index.set(JSON.stringify([...path, i]), { key: spanOf(element.loc), value: spanOf(element.loc) });
      indexValue(index, [...path, i], element);
    });
  }
}

function indexPair(index: Map<string, Located>, base: TomlPath, pair: AstNode): void {
  const names = keyNames(pair);
  const path = [...base, ...names];
  if (pair.key && pair.value) {
    index.set(JSON.stringify(path), { key: spanOf(pair.key.loc), value: spanOf(pair.value.loc) });
    indexValue(index, path, pair.value);
  }
}

function buildIndex(text: string): Map<string, Located> {
  const index = new Map<string, Located>();
  let program: { body: [{ body: AstNode[] }] };
  try {
    program = parseTOML(text, { tomlVersion: "1.1" }) as unknown as typeof program;
  } catch {
    return index; // smol-toml accepted the text; without positions we fall back to 1:1
  }
  for (const node of program.body[0].body) {
    if (node.type === "TOMLTable" && node.key) {
      const header = spanOf({ start: node.loc.start, end: node.key.loc.end });
      header.endColumn += node.kind === "array" ? 2 : 1; // the closing `]]` or `]`
      const path = node.resolvedKey ?? [];
      index.set(JSON.stringify(path), { key: header, value: header });
      for (const pair of node.body ?? []) indexPair(index, path, pair);
    } else {
      indexPair(index, [], node);
    }
  }
  return index;
}

function lookup(index: Map<string, Located>, path: TomlPath): Located | undefined {
  const exact = index.get(JSON.stringify(path));
  if (exact) return exact;
  // Implicit tables (`[a.b.c]` defines `a.b`) have no text of their own: use their first written descendant.
  const prefix = JSON.stringify(path).slice(0, -1);
  for (const [key, located] of index) {
    if (key.startsWith(prefix + ",")) return located;
  }
  return undefined;
}

/** Parses TOML text. Syntax errors become a ConfigError at the parser's line and column. */
export function parseTomlDocument(rawText: string, file: string): TomlDocument {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  let value: Record<string, unknown>;
  try {
    value = parseTomlText(text);
  } catch (error) {
    if (!(error instanceof TomlTextError)) throw error;
    throw new ConfigError([{ file, line: error.line, column: error.column, message: `invalid TOML: ${error.problem}` }]);
  }
  let index: Map<string, Located> | undefined;
  const located = (path: TomlPath) => lookup((index ??= buildIndex(text)), path);
  return {
    file,
    value,
    keySpan: (path) => located(path)?.key ?? FIRST,
    valueSpan: (path) => located(path)?.value ?? FIRST,
  };
}
