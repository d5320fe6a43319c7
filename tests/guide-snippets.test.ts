/**
 * Every migration guide snippet parses: Cargo.toml changes as TOML, Rust code with rustfmt (which parses without
 * needing the crates, so it runs offline; skipped where rustfmt is not installed). A snippet that is a list of
 * statements rather than items is parsed as the body of a function.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { formatGuideMarkdown, snippetLanguage } from "../src/catalog/format.js";
import { tempDir } from "./helpers/temp-project.js";

interface Snippet {
  name: string;
  code: string;
}

const snippets: Snippet[] = createCatalog()
  .entries()
  .flatMap((entry) => {
    const guide = entry.guide;
    if (!guide) return [];
    return [
      { name: `${entry.crate}: before`, code: guide.before },
      { name: `${entry.crate}: after`, code: guide.after },
      ...(guide.examples ?? []).flatMap((x) => [
        { name: `${entry.crate}: ${x.title}, before`, code: x.before },
        { name: `${entry.crate}: ${x.title}, after`, code: x.after },
      ]),
    ];
  })
  .filter((s) => s.code.trim() !== "");

const rustfmt = spawnSync("rustfmt", ["--version"], { encoding: "utf8" }).status === 0;

let dir: string;
beforeAll(() => {
  dir = tempDir("snippets-");
});

/** rustfmt's parse errors for `code`, or null when it parses. */
function rustParseError(code: string): string | null {
  const file = join(dir, "snippet.rs");
  const attempt = (text: string) => {
    writeFileSync(file, text);
    return spawnSync("rustfmt", ["--edition", "2021", "--emit", "stdout", file], { encoding: "utf8" });
  };
  const asItems = attempt(code);
  if (asItems.status === 0) return null;
  return attempt(`fn snippet() {\n${code}\n}\n`).status === 0 ? null : asItems.stderr.split("\n").slice(0, 4).join("\n");
}

describe("migration guide snippets", () => {
  it("the catalog has guide snippets in both languages", () => {
    expect(snippets.filter((s) => snippetLanguage(s.code) === "rust").length).toBeGreaterThan(100);
    expect(snippets.filter((s) => snippetLanguage(s.code) === "toml").length).toBeGreaterThan(0);
  });

  it("Cargo.toml snippets are TOML and are fenced as toml in Markdown", () => {
    const tui = createCatalog().entry("tui");
    expect(tui?.guide && formatGuideMarkdown(tui)).toContain('```toml\n[dependencies]\ntui = "0.19"\n```');
    const bad = snippets.filter((s) => snippetLanguage(s.code) === "toml").filter((s) => {
      try {
        parseToml(s.code);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad.map((s) => s.name)).toEqual([]);
  });

  it.skipIf(!rustfmt)("Rust snippets parse", () => {
    const bad = snippets
      .filter((s) => snippetLanguage(s.code) === "rust")
      .map((s) => ({ name: s.name, error: rustParseError(s.code) }))
      .filter((s) => s.error !== null);
    expect(bad).toEqual([]);
  });

  it.skipIf(!rustfmt)("the check rejects code that does not parse", () => {
    expect(rustParseError("fn main( {")).not.toBeNull();
    expect(rustParseError("let x = 1;")).toBeNull();
  });
});
