/**
 * Positions of keys in a TOML file. The fast parser (smol-toml) has no positions, so a span-preserving parse
 * (toml-eslint-parser) runs only for files where something is reported, once per file.
 */
import { parseTOML } from "toml-eslint-parser";
import type { AST } from "toml-eslint-parser";
import type { Span } from "./types.js";

type KeyNode = AST.TOMLBare | AST.TOMLQuoted;

function keyName(node: KeyNode): string {
  return node.type === "TOMLBare" ? node.name : node.value;
}

function spanOfNode(node: AST.TOMLNode): Span {
  return {
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}

const SEP = "\u0000";

/** Map from joined key path to the span of the last key segment, first definition wins. */
export function indexKeySpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  const remember = (path: string[], node: KeyNode) => {
    const id = path.join(SEP);
    if (!spans.has(id)) spans.set(id, spanOfNode(node));
  };
  const visitKeys = (prefix: string[], keys: KeyNode[]) => {
    const path = [...prefix];
    for (const key of keys) {
      path.push(keyName(key));
      remember(path, key);
    }
    return path;
  };
  const visitKeyValue = (prefix: string[], kv: AST.TOMLKeyValue) => {
    const path = visitKeys(prefix, kv.key.keys);
    if (kv.value.type === "TOMLInlineTable") for (const inner of kv.value.body) visitKeyValue(path, inner);
  };
  const ast = parseTOML(text.replace(/^\uFEFF/, ""), { tomlVersion: "1.1" });
  for (const top of ast.body[0]?.body ?? []) {
    if (top.type === "TOMLKeyValue") {
      visitKeyValue([], top);
    } else if (top.kind === "standard") {
      const path = visitKeys([], top.key.keys);
      for (const kv of top.body) visitKeyValue(path, kv);
    }
    // Arrays of tables ([[bin]], [[patch.unused]]) hold no dependencies: skipped.
  }
  return spans;
}

/** Lazily indexes files and answers span lookups by key path. */
export class SpanLocator {
  private readonly indexes = new Map<string, Map<string, Span>>();

  constructor(private readonly readText: (path: string) => string) {}

  spanOf(file: string, keyPath: string[]): Span | undefined {
    let index = this.indexes.get(file);
    if (!index) {
      index = indexKeySpans(this.readText(file));
      this.indexes.set(file, index);
    }
    return index.get(keyPath.join(SEP));
  }
}
