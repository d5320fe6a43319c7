/**
 * Positions of dependency keys. Spans are 1-based; `endColumn` is one past the last character of the key
 * (quotes included for quoted keys). Columns count UTF-16 code units, SARIF's default `columnKind`: a character
 * outside the Basic Multilingual Plane (𝔸) before a key on the same line counts twice.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMetadata } from "../../src/commands/metadata.js";
import { SpanLocator } from "../../src/model/spans.js";
import type { Span, Workspace } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';

function span(line: number, column: number, endColumn: number, endLine = line): Span {
  return { line, column, endLine, endColumn };
}

function load(files: Record<string, string>): Workspace {
  return loadWorkspace(writeProject(files), { skipLockfile: true });
}

/** Span of the member dependency whose key (rename or name) is `key`, through the metadata command. */
function depSpan(ws: Workspace, key: string, memberName?: string): Span | null | undefined {
  const metadata = buildMetadata(ws, (p) => readFileSync(p, "utf8"));
  const pkg = memberName ? metadata.packages.find((p) => p.name === memberName) : metadata.packages[0];
  return pkg?.dependencies.find((d) => (d.rename ?? d.name) === key)?.span;
}

function locate(ws: Workspace, keyPath: string[], file = ws.rootManifestPath): Span | undefined {
  return new SpanLocator((p) => readFileSync(p, "utf8")).spanOf(file, keyPath);
}

describe("dependency spans", () => {
  it("plain string and inline table entries", () => {
    const ws = load({ "Cargo.toml": `${PKG}\n[dependencies]\nserde = "1"\n  tokio = { version = "1", features = ["rt"] }\n` });
    expect(depSpan(ws, "serde")).toEqual(span(7, 1, 6));
    expect(depSpan(ws, "tokio")).toEqual(span(8, 3, 8));
    expect(locate(ws, ["dependencies", "tokio", "features"])).toEqual(span(8, 28, 36));
  });

  it("dotted keys point at the dependency segment, and the workspace entry has its own span", () => {
    const ws = load({
      "Cargo.toml": `[workspace]\n\n[workspace.dependencies]\ntokio = { version = "1.40" }\n\n${PKG}\n[dependencies]\ntokio.workspace = true\n`,
    });
    const metadata = buildMetadata(ws, (p) => readFileSync(p, "utf8"));
    const dep = metadata.packages[0]?.dependencies[0];
    expect(dep?.span).toEqual(span(12, 1, 6));
    expect(dep?.workspace_span).toEqual(span(4, 1, 6));
    expect(locate(ws, ["workspace", "dependencies", "tokio"])).toEqual(span(4, 1, 6));
  });

  it("quoted keys, double and single", () => {
    const ws = load({ "Cargo.toml": `${PKG}[dependencies]\n"serde_json" = "1"\n'x' = { version = "0.1" }\n` });
    expect(depSpan(ws, "serde_json")).toEqual(span(6, 1, 13));
    expect(depSpan(ws, "x")).toEqual(span(7, 1, 4));
  });

  it("a TOML 1.1 multi-line inline table with a trailing comma", () => {
    const ws = load({
      "Cargo.toml": `${PKG}[dependencies]\nreqwest = {\n    version = "0.12",\n    features = ["json"],\n}\nlog = "0.4"\n`,
    });
    expect(depSpan(ws, "reqwest")).toEqual(span(6, 1, 8));
    expect(depSpan(ws, "log")).toEqual(span(10, 1, 4));
    expect(locate(ws, ["dependencies", "reqwest", "features"])).toEqual(span(8, 5, 13));
    expect(ws.members[0]?.dependencies[0]?.features).toEqual(["json"]);
  });

  it("the [dependencies.foo] table form points at the header's last key", () => {
    const ws = load({ "Cargo.toml": `${PKG}\n[dependencies.foo]\nversion = "1"\n\n[ dev-dependencies . "bar" ]\nversion = "2"\n` });
    expect(depSpan(ws, "foo")).toEqual(span(6, 15, 18));
    expect(depSpan(ws, "bar")).toEqual(span(9, 22, 27));
  });

  it("target tables: cfg expressions, triples, and the table form", () => {
    const ws = load({
      "Cargo.toml": [
        PKG,
        "[target.'cfg(unix)'.dependencies]",
        'libc = "0.2"',
        "[target.x86_64-pc-windows-gnu.dependencies]",
        'winapi = "0.3"',
        "[target.'cfg(windows)'.dependencies.windows-sys]",
        'version = "0.59"',
        "",
      ].join("\n"),
    });
    const [libc, winapi, windowsSys] = ws.members[0]?.dependencies ?? [];
    expect(libc?.keyPath).toEqual(["target", "cfg(unix)", "dependencies", "libc"]);
    expect(depSpan(ws, "libc")).toEqual(span(7, 1, 5));
    expect(winapi?.target).toBe("x86_64-pc-windows-gnu");
    expect(depSpan(ws, "winapi")).toEqual(span(9, 1, 7));
    expect(windowsSys?.keyPath).toEqual(["target", "cfg(windows)", "dependencies", "windows-sys"]);
    expect(depSpan(ws, "windows-sys")).toEqual(span(10, 37, 48));
  });

  it("CRLF line endings count lines the same and do not shift columns", () => {
    const text = `${PKG}[dependencies]\nserde = "1"\n  tokio = { version = "1" }\n`.replace(/\n/g, "\r\n");
    const ws = load({ "Cargo.toml": text });
    expect(depSpan(ws, "serde")).toEqual(span(6, 1, 6));
    expect(depSpan(ws, "tokio")).toEqual(span(7, 3, 8));
  });

  it("a UTF-8 byte order mark does not shift line 1 columns", () => {
    const ws = load({ "Cargo.toml": `\uFEFFdependencies = { serde = "1" }\n${PKG}` });
    expect(ws.members[0]?.dependencies.map((d) => d.name)).toEqual(["serde"]);
    expect(depSpan(ws, "serde")).toEqual(span(1, 18, 23));
  });

  it("columns are UTF-16 code units: é counts one, a letter outside the BMP two", () => {
    const ws = load({
      "Cargo.toml": `dependencies = { "é" = { package = "e", version = "1" }, "𝔸" = { package = "emoji", version = "1" }, serde = "1" }\n${PKG}`,
    });
    // `dependencies = { ` is 17 units; `"é"` spans 18..20.
    expect(depSpan(ws, "é")).toEqual(span(1, 18, 21));
    // `"é" = { package = "e", version = "1" }, ` is 40 units, so the 𝔸 key starts at 58 and is 4 units long.
    expect(depSpan(ws, "𝔸")).toEqual(span(1, 58, 62));
    // `"𝔸" = { package = "emoji", version = "1" }, ` is 45 units.
    expect(depSpan(ws, "serde")).toEqual(span(1, 103, 108));
  });
});

describe("override and workspace entry spans", () => {
  it("[workspace.dependencies], [patch.crates-io], [patch.'<url>'] and [replace]", () => {
    const ws = load({
      "Cargo.toml": [
        "[workspace]",
        'members = ["app"]',
        "",
        "[workspace.dependencies]",
        'serde = { version = "1", default-features = false }',
        "",
        "[patch.crates-io]",
        'serde = { path = "vendor/serde" }',
        "",
        "[patch.'https://github.com/x/y']",
        'y = { git = "https://github.com/z/y", branch = "fix" }',
        "",
        "[replace]",
        '"foo:0.1.0" = { path = "vendor/foo" }',
        "",
      ].join("\n"),
      "app/Cargo.toml": PKG,
    });
    expect(ws.workspaceDependencies.map((d) => d.keyPath)).toEqual([["workspace", "dependencies", "serde"]]);
    expect(locate(ws, ["workspace", "dependencies", "serde"])).toEqual(span(5, 1, 6));
    expect(ws.overrides.map((o) => [o.table, o.target, o.key, o.name])).toEqual([
      ["patch", "crates-io", "serde", "serde"],
      ["patch", "https://github.com/x/y", "y", "y"],
      ["replace", "foo:0.1.0", "foo:0.1.0", "foo"],
    ]);
    const spans = ws.overrides.map((o) => locate(ws, o.keyPath));
    expect(spans).toEqual([span(8, 1, 6), span(11, 1, 2), span(14, 1, 12)]);
    expect(ws.overrides[0]?.source).toEqual({ type: "path", path: join(ws.root, "vendor/serde") });
    expect(ws.overrides[1]?.source).toEqual({ type: "git", url: "https://github.com/z/y", branch: "fix" });
  });
});
