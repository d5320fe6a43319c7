/** Positions of keys and values in configuration files, for error messages that point at the right place. */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { parseTomlDocument } from "../../src/config/toml-document.js";
import { thrownBy } from "../helpers/thrown.js";

const TEXT = [
  "top = 1",
  "[rules]",
  'stale-crate = { severity = "error", months = 12 }',
  "[[ignore]]",
  'crate = "warp"',
  'members = ["api", "web"]',
  "[a.b.c]",
  "d = true",
].join("\n");

describe("TOML document positions", () => {
  const doc = () => parseTomlDocument(TEXT, "/ws/cargo-sunset.toml");

  it("parses the values and keeps the file name", () => {
    expect(doc().file).toBe("/ws/cargo-sunset.toml");
    expect(doc().value).toEqual({
      top: 1,
      rules: { "stale-crate": { severity: "error", months: 12 } },
      ignore: [{ crate: "warp", members: ["api", "web"] }],
      a: { b: { c: { d: true } } },
    });
  });

  it("gives the key and the value span of a top-level pair", () => {
    expect(doc().keySpan(["top"])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(doc().valueSpan(["top"])).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 8 });
  });

  it("indexes pairs inside inline tables", () => {
    expect(doc().keySpan(["rules", "stale-crate", "months"])).toEqual({ line: 3, column: 37, endLine: 3, endColumn: 43 });
    expect(doc().valueSpan(["rules", "stale-crate", "months"])).toEqual({ line: 3, column: 46, endLine: 3, endColumn: 48 });
    expect(doc().valueSpan(["rules", "stale-crate"])).toEqual({ line: 3, column: 15, endLine: 3, endColumn: 50 });
  });

  it("indexes array elements by position, and array-of-tables headers including the closing brackets", () => {
    expect(doc().valueSpan(["ignore", 0, "members", 1])).toEqual({ line: 6, column: 19, endLine: 6, endColumn: 24 });
    expect(doc().keySpan(["ignore", 0, "members", 0])).toEqual({ line: 6, column: 12, endLine: 6, endColumn: 17 });
    expect(doc().keySpan(["ignore", 0])).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 11 });
    expect(doc().keySpan(["rules"])).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 8 });
  });

  it("places an implicit table at its first written descendant, and an unknown path at 1:1", () => {
    expect(doc().keySpan(["a", "b"]).line).toBe(7);
    expect(doc().keySpan(["a"]).line).toBe(7);
    expect(doc().keySpan(["nowhere"])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(doc().valueSpan(["ignore", 3])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it("skips a byte order mark so the first line's columns are right", () => {
    const bom = parseTomlDocument("\uFEFFtop = 1\n", "f.toml");
    expect(bom.value).toEqual({ top: 1 });
    expect(bom.valueSpan(["top"])).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 8 });
  });

  it("turns a syntax error into one ConfigError at the parser's position, without the parser's prefix", () => {
    const error = thrownBy(ConfigError, () => parseTomlDocument("a = 1\nb = \n", "f.toml"));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.file).toBe("f.toml");
    expect(error.issues[0]!.line).toBe(2);
    expect(error.issues[0]!.message).toMatch(/^invalid TOML: /);
    expect(error.issues[0]!.message).not.toContain("Invalid TOML document");
    expect(error.issues[0]!.message).not.toContain("\n");
  });
});
