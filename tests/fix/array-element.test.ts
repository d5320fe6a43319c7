/** Removing one inline table of an `ignore = [...]` array: exact bytes before and after, every layout. */
import { describe, expect, it } from "vitest";
import { parseTomlDocument } from "../../src/config/toml-document.js";
import { removeArrayElement, removeArrayElements } from "../../src/fix/array-element.js";
import { applyEdits } from "../../src/fix/text-edits.js";

/** The text without the `index`-th element of the array at `path`, located as the configuration check locates it. */
function without(text: string, index: number, path: string[] = ["ignore"]): string | null {
  const span = parseTomlDocument(text, "/p/cargo-sunset.toml").keySpan([...path, index]);
  const edit = removeArrayElement(text, span);
  return edit && applyEdits(text, [edit]).text;
}

const A = '{ crate = "a", reason = "r" }';
const B = '{ crate = "b", reason = "s" }';
const C = '{ crate = "c", reason = "t" }';

describe("removeArrayElement", () => {
  it("single-line arrays: the element with its comma, or with the comma before it when it is last", () => {
    const text = `ignore = [${A}, ${B}, ${C}]\nx = 1\n`;
    expect(without(text, 0)).toBe(`ignore = [${B}, ${C}]\nx = 1\n`);
    expect(without(text, 1)).toBe(`ignore = [${A}, ${C}]\nx = 1\n`);
    expect(without(text, 2)).toBe(`ignore = [${A}, ${B}]\nx = 1\n`);
    expect(without(`ignore = [ ${A}, ${B}, ]\n`, 1)).toBe(`ignore = [ ${A}, ]\n`);
    expect(without(`ignore = [ ${A}, ${B}, ]\n`, 0)).toBe(`ignore = [ ${B}, ]\n`);
  });

  it("an array left empty becomes [] and keeps its key", () => {
    expect(without(`ignore = [${A}]\n`, 0)).toBe("ignore = []\n");
    expect(without(`ignore = [ ${A}, ]\n`, 0)).toBe("ignore = []\n");
    expect(without(`ignore = [\n  ${A},\n]\n`, 0)).toBe("ignore = []\n");
    // A comment inside stays, and so does the layout around it.
    expect(without(`ignore = [\n  # none left\n  ${A},\n]\n`, 0)).toBe("ignore = [\n  # none left\n]\n");
  });

  it("multi-line arrays: the element's own lines, its trailing comment with them; comments between elements stay", () => {
    const text = `ignore = [\n  # first\n  ${A}, # about a\n  # second\n  ${B},\n  {\n    crate = "c", reason = "t"\n  }\n]\n`;
    expect(without(text, 0)).toBe(`ignore = [\n  # first\n  # second\n  ${B},\n  {\n    crate = "c", reason = "t"\n  }\n]\n`);
    expect(without(text, 1)).toBe(`ignore = [\n  # first\n  ${A}, # about a\n  # second\n  {\n    crate = "c", reason = "t"\n  }\n]\n`);
    // Inline tables are one line in TOML 1.0; 1.1 lets them span lines, and the whole element goes.
    expect(without(text, 2)).toBe(`ignore = [\n  # first\n  ${A}, # about a\n  # second\n  ${B},\n]\n`);
  });

  it("an element sharing a line with others, and one after a comment", () => {
    expect(without(`ignore = [\n  ${A}, ${B},\n  ${C},\n]\n`, 0)).toBe(`ignore = [\n  ${B},\n  ${C},\n]\n`);
    expect(without(`ignore = [\n  ${A}, ${B},\n  ${C},\n]\n`, 1)).toBe(`ignore = [\n  ${A},\n  ${C},\n]\n`);
    expect(without(`ignore = [${A}, # keep\n ${B}]\n`, 1)).toBe(`ignore = [${A}, # keep\n]\n`);
  });

  it("keeps CRLF line endings and a byte order mark", () => {
    const text = `\uFEFFignore = [\r\n  ${A},\r\n  ${B},\r\n]\r\nx = 1\r\n`;
    expect(without(text, 0)).toBe(`\uFEFFignore = [\r\n  ${B},\r\n]\r\nx = 1\r\n`);
    expect(without(text, 1)).toBe(`\uFEFFignore = [\r\n  ${A},\r\n]\r\nx = 1\r\n`);
    expect(without(`\uFEFFignore = [${A}, ${B}]\r\n`, 0)).toBe(`\uFEFFignore = [${B}]\r\n`);
  });

  it("under [package.metadata.cargo-sunset] as in cargo-sunset.toml", () => {
    const text = `[package]\nname = "p"\n\n[package.metadata.cargo-sunset]\nignore = [\n  ${A},\n  ${B},\n]\n`;
    expect(without(text, 1, ["package", "metadata", "cargo-sunset", "ignore"])).toBe(`[package]\nname = "p"\n\n[package.metadata.cargo-sunset]\nignore = [\n  ${A},\n]\n`);
  });

  it("leaves what it does not handle (a comma on the next line, a span that is not an inline table) alone", () => {
    expect(without(`ignore = [\n  ${A}\n  , ${B}\n]\n`, 0)).toBeNull();
    expect(removeArrayElement(`ignore = [${A}]\n`, { line: 1, column: 1, endLine: 1, endColumn: 7 })).toBeNull();
  });
});

describe("removeArrayElements", () => {
  /** The text without the elements at `indexes` of the array at `path`, and the indexes nothing removed. */
  function withoutAll(text: string, indexes: number[], path: string[] = ["ignore"]): { text: string; refused: number[] } {
    const document = parseTomlDocument(text, "/p/cargo-sunset.toml");
    const spans = indexes.map((i) => document.keySpan([...path, i]));
    const { edits, refused } = removeArrayElements(text, spans);
    const applied = applyEdits(text, edits);
    expect(applied.dropped).toEqual([]);
    return { text: applied.text, refused: refused.map((s) => indexes[spans.indexOf(s)] as number) };
  }

  it("removes neighbours of one array together, whose own cuts would overlap", () => {
    expect(withoutAll(`ignore = [${A}, ${B}]\n`, [0, 1])).toEqual({ text: "ignore = []\n", refused: [] });
    expect(withoutAll(`ignore = [${A}, ${B}, ${C}]\n`, [1, 2])).toEqual({ text: `ignore = [${A}]\n`, refused: [] });
    expect(withoutAll(`ignore = [${A}, ${B}, ${C}]\n`, [0, 2])).toEqual({ text: `ignore = [${B}]\n`, refused: [] });
    expect(withoutAll(`ignore = [\n  ${A},\n  ${B}, # b\n  ${C},\n]\n`, [2, 0])).toEqual({ text: `ignore = [\n  ${B}, # b\n]\n`, refused: [] });
  });

  it("one edit per array: elements of two arrays in one file, with text between them left alone", () => {
    const text = `[workspace.metadata.cargo-sunset]\nignore = [${A}, ${B}]\n\n# between\n[package.metadata.cargo-sunset]\nignore = [${C}, ${A}]\n`;
    const document = parseTomlDocument(text, "/p/Cargo.toml");
    const spans = [document.keySpan(["workspace", "metadata", "cargo-sunset", "ignore", 1]), document.keySpan(["package", "metadata", "cargo-sunset", "ignore", 0])];
    const { edits, refused } = removeArrayElements(text, spans);
    expect(refused).toEqual([]);
    expect(edits).toHaveLength(2);
    expect(applyEdits(text, edits).text).toBe(`[workspace.metadata.cargo-sunset]\nignore = [${A}]\n\n# between\n[package.metadata.cargo-sunset]\nignore = [${A}]\n`);
  });

  it("refuses what removeArrayElement refuses and still removes the rest", () => {
    // B's comma is on the next line: left for a person; A goes.
    const text = `ignore = [\n  ${A},\n  ${B}\n  , ${C},\n]\n`;
    expect(withoutAll(text, [0, 1])).toEqual({ text: `ignore = [\n  ${B}\n  , ${C},\n]\n`, refused: [1] });
  });
});
