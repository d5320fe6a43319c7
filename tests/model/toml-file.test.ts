/** Reading TOML files: what cargo would refuse becomes an InputError at the right place; overlays stand in for disk. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../src/errors.js";
import { currentSourceOverlay, decodeUtf8, parseTomlText, readTextFile, readTomlFile, setSourceOverlay, TomlTextError, type TomlDocument } from "../../src/model/toml-file.js";
import { tempDir } from "../helpers/index-fixture.js";

const dirs: string[] = [];
afterEach(() => {
  setSourceOverlay(null);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = tempDir("toml-file-");
  dirs.push(dir);
  return dir;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("readTextFile", () => {
  it("a missing file is an InputError at 1:1", () => {
    const path = join(scratch(), "Cargo.toml");
    const error = thrown(() => readTextFile(path));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: path, line: 1, column: 1, problem: "file not found" });
  });

  it("a path that cannot be read names the system's code", () => {
    const dir = scratch();
    mkdirSync(join(dir, "Cargo.toml"));
    expect(thrown(() => readTextFile(join(dir, "Cargo.toml")))).toMatchObject({ line: 1, column: 1, problem: "cannot read file (EISDIR)" });
  });

  it("returns the text as the file holds it, a byte-order mark included", () => {
    const path = join(scratch(), "Cargo.toml");
    writeFileSync(path, "\uFEFF[package]\n");
    expect(readTextFile(path)).toBe("\uFEFF[package]\n");
  });

  it("an overlay's text wins over the disk, and the disk is read when it has none", () => {
    const dir = scratch();
    const path = join(dir, "Cargo.toml");
    writeFileSync(path, "on disk\n");
    const overlay = { text: (p: string) => (p === path ? "in the editor\n" : undefined) };
    expect(setSourceOverlay(overlay)).toBeNull();
    expect(currentSourceOverlay()).toBe(overlay);
    expect(readTextFile(path)).toBe("in the editor\n");
    writeFileSync(join(dir, "other.toml"), "x = 1\n");
    expect(readTextFile(join(dir, "other.toml"))).toBe("x = 1\n");
    expect(setSourceOverlay(null)).toBe(overlay);
  });
});

describe("decodeUtf8", () => {
  it("an invalid byte is reported at its line and column", () => {
    const bytes = Buffer.concat([Buffer.from('a = 1\nb = "x'), Buffer.from([0xff]), Buffer.from('"\n')]);
    expect(thrown(() => decodeUtf8("Cargo.toml", bytes))).toMatchObject({ file: "Cargo.toml", line: 2, column: 7, problem: "file is not valid UTF-8" });
    expect(thrown(() => decodeUtf8("Cargo.toml", Buffer.from([0xc3])))).toMatchObject({ line: 1, column: 1, problem: "file is not valid UTF-8" });
  });

  it("keeps a byte-order mark", () => {
    expect(decodeUtf8("f", Buffer.from("\uFEFFa = 1\n")).charCodeAt(0)).toBe(0xfeff);
  });
});

describe("parseTomlText", () => {
  it("a syntax error is a TomlTextError with the parser's first line, without its prefix", () => {
    const error = thrown(() => parseTomlText("a = 1\nb = = 2\n"));
    expect(error).toBeInstanceOf(TomlTextError);
    const e = error as TomlTextError;
    expect(e.name).toBe("TomlTextError");
    expect(e.line).toBe(2);
    expect(e.problem.startsWith("Invalid TOML document")).toBe(false);
    expect(e.problem.length).toBeGreaterThan(0);
    expect(e.message).toBe(`${e.problem} (line 2, column ${e.column})`);
  });

  it("arrays nested deeper than cargo reads say so in cargo's terms", () => {
    const error = thrown(() => parseTomlText(`a = ${"[".repeat(100)}${"]".repeat(100)}\n`)) as TomlTextError;
    expect(error.problem).toBe("cannot recurse further: arrays and inline tables nest at most 80 deep");
    expect(error.line).toBe(1);
  });
});

describe("readTomlFile with an overlay's parsed documents", () => {
  it("reuses a parsed document while the text is unchanged, and parses again when it changes", () => {
    const path = join(scratch(), "Cargo.toml");
    let text = "a = 1\n";
    const parsed = new Map<string, TomlDocument>();
    setSourceOverlay({ text: () => text, parsed });
    const first = readTomlFile(path);
    expect(readTomlFile(path)).toBe(first);
    text = "a = 2\n";
    const second = readTomlFile(path);
    expect(second).not.toBe(first);
    expect(second.data).toEqual({ a: 2 });
    expect(parsed.get(path)).toBe(second);
  });

  it("a syntax error is an InputError naming the file", () => {
    setSourceOverlay({ text: () => "x = \n" });
    expect(thrown(() => readTomlFile("/p/Cargo.toml"))).toMatchObject({ file: "/p/Cargo.toml", line: 1 });
    expect((thrown(() => readTomlFile("/p/Cargo.toml")) as InputError).problem.startsWith("invalid TOML: ")).toBe(true);
  });
});
