/** Cargo.lock texts cargo would reject, read by the general TOML path (the scanner hands such files to it). */
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseLockfile, readLockfile } from "../../src/model/lockfile.js";
import { setSourceOverlay } from "../../src/model/toml-file.js";

afterEach(() => setSourceOverlay(null));

function errorOf(text: string, scan = false): InputError {
  try {
    parseLockfile("Cargo.lock", text, { scan });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no error");
}

const both = [false, true];

describe("rejected lockfiles", () => {
  it("a version key that is not a number, at its line", () => {
    for (const scan of both) {
      expect(errorOf('# comment\nversion = "4"\n', scan)).toMatchObject({
        line: 2, column: 1, problem: 'lock file version `4` is not supported (expected 3 or 4, or no version key)',
      });
    }
  });

  it("a version cargo does not write", () => {
    for (const scan of both) expect(errorOf("version = 5\n", scan)).toMatchObject({ line: 1, column: 1, problem: "lock file version `5` is not supported (expected 3 or 4, or no version key)" });
  });

  it("`package` that is not an array of tables", () => {
    expect(errorOf("version = 4\npackage = 3\n")).toMatchObject({ line: 1, column: 1, problem: "`package` must be an array of tables (`[[package]]`)" });
    expect(errorOf('version = 4\npackage = ["x"]\n')).toMatchObject({ line: 1, problem: "invalid `[[package]]` entry" });
  });

  it("an entry without a name or version, at its header (indented headers too)", () => {
    expect(errorOf('version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\n\n  [[ package ]]\nname = "b"\n')).toMatchObject({
      line: 7, column: 1, problem: "`[[package]]` entry without a `name` and `version`",
    });
  });

  it("dependencies that are not an array of strings", () => {
    expect(errorOf('version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = "b"\n')).toMatchObject({
      line: 3, problem: "`dependencies` of `a 1.0.0` must be an array of strings",
    });
    expect(errorOf('version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = ["b", 1]\n')).toMatchObject({
      line: 3, problem: "`dependencies` of `a 1.0.0` must be an array of strings",
    });
  });

  it("an edge to a package the lockfile does not define, at the edge", () => {
    for (const scan of both) {
      expect(errorOf('version = 4\n\n[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = [\n "b 2.0.0",\n]\n', scan)).toMatchObject({
        line: 7, column: 2, problem: "`a 1.0.0` depends on `b 2.0.0`, which the lockfile does not define",
      });
    }
  });
});

describe("v1 lockfiles", () => {
  it("the [root] table is a package at its own line, edges with a source in parentheses resolve", () => {
    const text = [
      "[[package]]",
      'name = "b"',
      'version = "1.0.0"',
      'source = "git+https://example.com/b#abc"',
      "",
      "[root]",
      'name = "a"',
      'version = "0.1.0"',
      'dependencies = [',
      ' "b 1.0.0 (git+https://example.com/b)",',
      "]",
      "",
    ].join("\n");
    const lock = parseLockfile("Cargo.lock", text, { scan: false });
    const root = lock.packages.find((p) => p.name === "a");
    expect(root).toMatchObject({ line: 6, extra: { table: "root" }, dependencies: ["b 1.0.0 (git+https://example.com/b#abc)"] });
    expect(lock.version).toBeNull();
  });

  it("an edge of a lone name that two packages share picks the path package", () => {
    const text = 'version = 3\n\n[[package]]\nname = "a"\nversion = "0.1.0"\ndependencies = ["b 1.0.0"]\n\n[[package]]\nname = "b"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "b"\nversion = "1.0.0"\n';
    expect(parseLockfile("Cargo.lock", text, { scan: false }).packages[0]?.dependencies).toEqual(["b 1.0.0"]);
  });
});

describe("readLockfile with an overlay's parsed documents", () => {
  it("keeps the parsed lockfile while the text is unchanged", () => {
    let text = 'version = 4\n\n[[package]]\nname = "a"\nversion = "0.1.0"\n';
    setSourceOverlay({ text: () => text, parsed: new Map() });
    const first = readLockfile("/p/Cargo.lock");
    expect(readLockfile("/p/Cargo.lock")).toBe(first);
    text = text.replace("0.1.0", "0.2.0");
    const second = readLockfile("/p/Cargo.lock");
    expect(second).not.toBe(first);
    expect(second.packages[0]?.version).toBe("0.2.0");
    setSourceOverlay({ text: () => text });
    expect(readLockfile("/p/Cargo.lock")).not.toBe(second);
  });
});
