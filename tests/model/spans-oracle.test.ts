/**
 * The key scanner against a full position-preserving TOML parser (toml-eslint-parser): the same span for every
 * key path, on hand-written edge cases, on every manifest under fixtures/ and on every manifest of the corpus.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTOML, type AST } from "toml-eslint-parser";
import { describe, expect, it } from "vitest";
import { indexKeySpans } from "../../src/model/spans.js";
import type { Span } from "../../src/model/types.js";
import { CORPUS_DIR, HAS_CORPUS } from "../helpers/corpus.js";

type KeyNode = AST.TOMLBare | AST.TOMLQuoted;

/** What the scanner must agree with: every key of tables and (nested) inline tables; arrays of tables skipped. */
function oracleSpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  const visitKeys = (prefix: string[], keys: KeyNode[]) => {
    const path = [...prefix];
    for (const key of keys) {
      path.push(key.type === "TOMLBare" ? key.name : key.value);
      const id = path.join("\u0000");
      if (!spans.has(id)) {
        spans.set(id, { line: key.loc.start.line, column: key.loc.start.column + 1, endLine: key.loc.end.line, endColumn: key.loc.end.column + 1 });
      }
    }
    return path;
  };
  const visitKeyValue = (prefix: string[], kv: AST.TOMLKeyValue) => {
    const path = visitKeys(prefix, kv.key.keys);
    if (kv.value.type === "TOMLInlineTable") for (const inner of kv.value.body) visitKeyValue(path, inner);
  };
  const ast = parseTOML(text.replace(/^\uFEFF/, ""), { tomlVersion: "1.1" });
  for (const top of ast.body[0]?.body ?? []) {
    if (top.type === "TOMLKeyValue") visitKeyValue([], top);
    else if (top.kind === "standard") {
      const path = visitKeys([], top.key.keys);
      for (const kv of top.body) visitKeyValue(path, kv);
    }
  }
  return spans;
}

function expectSameSpans(text: string, label: string): void {
  const ours = Object.fromEntries(indexKeySpans(text));
  const oracle = Object.fromEntries(oracleSpans(text));
  expect(ours, label).toEqual(oracle);
}

function manifestsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => rel === "Cargo.toml" || rel.endsWith("/Cargo.toml"))
    .map((rel) => join(dir, rel))
    .sort();
}

const EDGE_CASES: Record<string, string> = {
  "dotted, quoted and escaped keys": `[package]\nname = "a"\n[dependencies]\ntokio . workspace = true\n"serde\\u005fjson" = "1"\n'lit.key' = "2"\na."b.c".d = 1\n`,
  "strings that look like syntax": `[package]\ndescription = "a = [b] # c"\nlit = 'x = "y" # z'\n[dependencies]\nfoo = { version = "1", features = ["a,b", "c]"] } # trailing = [comment]\n`,
  "multi-line strings with quotes and escapes": `[package]\ndescription = """\nline one "quoted" \\"""\n[not.a.table]\n"""\nother = '''\nx = 1\n'''''\n[dependencies]\nbar = "1"\nml = """a\\\n   b""""\n`,
  "TOML 1.1 multi-line inline tables with trailing commas": `[dependencies]\ntokio = {\n  version = "1",\n  features = [\n    "rt", # why\n    "macros",\n  ],\n  inner = { deep = { deeper = true, }, },\n}\nnext = "2"\n`,
  "arrays of tables and nested arrays": `[[bin]]\nname = "x"\npath = "src/x.rs"\n[[bin]]\nname = "y"\n[dependencies]\nz = "1"\nmatrix = [[1, 2], [3, [4, { k = 5 }]]]\n[[patch.unused]]\nname = "p"\n[patch.crates-io]\nq = { path = "q" }\n`,
  "dates, numbers and booleans": `[package.metadata]\nwhen = 1979-05-27 07:32:00Z\nlocal = 1979-05-27T00:32:00.999999\nday = 1979-05-27\nt = 07:32:00\nf = -1.5e3\nh = 0xDEAD_BEEF\ni = inf\nb = true\nlist = [1979-05-27 07:32:00Z, 2, nan]\n[dependencies]\nafter = "1"\n`,
  "target tables and table form": `[target.'cfg(all(unix, not(target_os = "macos")))'.dependencies]\nnix = "0.29"\n[target."x86_64-pc-windows-msvc".build-dependencies.cc]\nversion = "1"\n[dependencies.serde]\nversion = "1"\nfeatures = ["derive"]\n`,
  "CRLF, BOM, tabs and wide characters": `\uFEFF[package]\r\nname = "a" # 🦀🦀\r\n[dependencies]\r\n\tserde = "1"\r\n"🦀" = "1"\r\nx = { a = "🦀", b = 1 }\r\n`,
  "comments everywhere": `# [dependencies]\n[dependencies] # header comment\n# foo = "1"\nfoo = "1" # bar = "2"\n\n  # indented comment\nbaz = [ # open\n  "x", # item\n] # close\n`,
};

describe("key scanner matches a full TOML parser", () => {
  it.each(Object.entries(EDGE_CASES))("%s", (label, text) => {
    expect(indexKeySpans(text).size, label).toBeGreaterThan(0);
    expectSameSpans(text, label);
  });

  it("every manifest under fixtures/", () => {
    const files = manifestsUnder(join(import.meta.dirname, "..", "..", "fixtures"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expectSameSpans(readFileSync(file, "utf8"), file);
  });

  it.skipIf(!HAS_CORPUS)("every manifest of the corpus that parses", () => {
    let compared = 0;
    for (const file of manifestsUnder(CORPUS_DIR)) {
      const text = readFileSync(file, "utf8");
      try {
        oracleSpans(text);
      } catch {
        continue; // not TOML: the model rejects it before positions are asked for
      }
      expectSameSpans(text, file);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
