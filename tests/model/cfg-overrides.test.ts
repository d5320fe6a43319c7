/** Target cfg expressions (`[target.'cfg(...)'.dependencies]`) and `[patch]`/`[replace]` entries of a root manifest. */
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { CfgError, normalizeTarget } from "../../src/model/cfg.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

function cfgError(target: string): string {
  try {
    return `accepted: ${normalizeTarget(target)}`;
  } catch (error) {
    if (error instanceof CfgError) return error.message;
    throw error;
  }
}

describe("normalizeTarget", () => {
  it.each([
    ["cfg(any(unix,windows))", "accepted: cfg(any(unix, windows))"],
    ['cfg(target_os="linux")', 'accepted: cfg(target_os = "linux")'],
    ['cfg( all( unix , not( target_arch = "x86" ) ) )', 'accepted: cfg(all(unix, not(target_arch = "x86")))'],
    ["cfg(all())", "accepted: cfg(all())"],
    ["x86_64-unknown-linux-gnu", "accepted: x86_64-unknown-linux-gnu"],
    ["cfg(unix", "unexpected `(` character, cfg expressions must start with `cfg(`"],
    ["unix)", "unexpected character ) in target name"],
    ["my target", "unexpected character   in target name"],
    ["cfg(unix!)", "unexpected character in cfg `unix!`"],
    ["cfg(1unix)", "unexpected character in cfg `1unix`"],
    ['cfg("unix")', "expected an identifier in cfg expression"],
    ["cfg()", "expected an identifier in cfg expression"],
    ["cfg(any(unix windows))", "expected `,` or `)` in cfg expression"],
    ["cfg(not(unix, windows))", "`not` takes exactly one cfg expression"],
    ["cfg(not())", "`not` takes exactly one cfg expression"],
    ["cfg(target_os = linux)", "expected a string after `=` in cfg expression"],
    ["cfg(target_os =)", "expected a string after `=` in cfg expression"],
    ["cfg(unix, windows)", "unexpected content after cfg expression in `cfg(unix, windows)`"],
    ["cfg(all)", "accepted: cfg(all)"],
  ])("%s", (target, outcome) => {
    expect(cfgError(target)).toBe(outcome);
  });
});

function load(files: Record<string, string>) {
  const root = writeProject(files);
  try {
    return loadWorkspace(root, { skipLockfile: true, env: { HOME: root } });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { line: error.line, column: error.column, problem: error.problem };
  }
}

const PKG = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';

describe("[patch] and [replace]", () => {
  it("reads patch entries with their name, requirement and source", () => {
    const ws = load({
      "Cargo.toml": `${PKG}\n[patch.crates-io]\nfoo = { path = "vendor/foo" }\nbar2 = { package = "bar", git = "https://example.com/bar", version = "1.2" }\n\n[replace]\n"baz:1.0.0" = { path = "vendor/baz" }\n`,
      "vendor/foo/Cargo.toml": '[package]\nname = "foo"\nversion = "1.0.0"\n',
      "vendor/baz/Cargo.toml": '[package]\nname = "baz"\nversion = "1.0.0"\n',
    });
    if (!("overrides" in ws)) throw new Error(ws.problem);
    expect(ws.overrides.map((o) => [o.table, o.target, o.key, o.name, o.req, o.source.type])).toEqual([
      ["patch", "crates-io", "foo", "foo", "*", "path"],
      ["patch", "crates-io", "bar2", "bar", "^1.2", "git"],
      ["replace", "baz:1.0.0", "baz:1.0.0", "baz", "*", "path"],
    ]);
  });

  it("rejects what cargo rejects, at the entry", () => {
    expect(load({ "Cargo.toml": `${PKG}\n[patch]\ncrates-io = 1\n` })).toEqual({ line: 7, column: 1, problem: "`patch.crates-io` must be a table" });
    expect(load({ "Cargo.toml": `${PKG}\n[patch.crates-io]\nfoo = 1\n` })).toEqual({ line: 7, column: 1, problem: "invalid `patch` entry `foo`" });
    expect(load({ "Cargo.toml": `${PKG}\n[patch.crates-io]\nfoo = { version = "^^1", path = "x" }\n` })).toMatchObject({ line: 7, column: 1 });
    const bad = load({ "Cargo.toml": `${PKG}\n[replace]\n"foo:1.0.0" = ">>1"\n` }) as { problem: string };
    expect(bad.problem.startsWith("invalid version requirement in `replace` entry `foo:1.0.0`: ")).toBe(true);
  });
});
