import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJsonWithPositions } from "../../src/suppress/json-positions.js";
import { thrownBy } from "../helpers/thrown.js";

const syntaxError = (text: string) => {
  const error = thrownBy(JsonSyntaxError, () => parseJsonWithPositions(text));
  return [error.line, error.column, error.message];
};

describe("parseJsonWithPositions values", () => {
  it("parses what JSON.parse parses: objects, arrays, strings with escapes, numbers, literals", () => {
    const text = '{ "a": [1, -2.5e3, "x\\"y\\u00e9"], "b": { }, "c": [ ], "t": true, "f": false, "n": null }';
    expect(parseJsonWithPositions(text).value).toEqual(JSON.parse(text));
  });

  it("skips a byte order mark", () => {
    expect(parseJsonWithPositions('\uFEFF{"a": 1}').value).toEqual({ a: 1 });
    expect(parseJsonWithPositions('\uFEFF{\n  "a": 1}').positionOf(["a"])).toEqual({ line: 2, column: 8 });
  });

  it("parses literals inside arrays and keeps a __proto__ key as data", () => {
    expect(parseJsonWithPositions("[null,true,false]").value).toEqual([null, true, false]);
    const value = parseJsonWithPositions('{"__proto__": {"x": 1}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
  });
});

describe("parseJsonWithPositions positions", () => {
  const json = () => parseJsonWithPositions('{\n  "entries": [\n    { "rule": "x" },\n    7\n  ]\n}\n');

  it("gives the 1-based line and column where each value starts", () => {
    expect(json().positionOf([])).toEqual({ line: 1, column: 1 });
    expect(json().positionOf(["entries"])).toEqual({ line: 2, column: 14 });
    expect(json().positionOf(["entries", 0])).toEqual({ line: 3, column: 5 });
    expect(json().positionOf(["entries", 0, "rule"])).toEqual({ line: 3, column: 15 });
    expect(json().positionOf(["entries", 1])).toEqual({ line: 4, column: 5 });
  });

  it("falls back to the nearest enclosing value for a path that is not written", () => {
    expect(json().positionOf(["entries", 0, "crate"])).toEqual({ line: 3, column: 5 });
    expect(json().positionOf(["entries", 5, "file"])).toEqual({ line: 2, column: 14 });
    expect(json().positionOf(["missing"])).toEqual({ line: 1, column: 1 });
  });
});

describe("parseJsonWithPositions syntax errors", () => {
  it("names the unexpected character and where it is", () => {
    expect(syntaxError('{"a": tru}')).toEqual([1, 7, "unexpected character `t`"]);
    expect(syntaxError('{"a": 1,\n  b: 2}')).toEqual([2, 3, "unexpected character `b`"]);
    expect(syntaxError("[1 2]")).toEqual([1, 4, "expected `]`, found `2`"]);
    expect(syntaxError('{"a" 1}')).toEqual([1, 6, "expected `:`, found `1`"]);
  });

  it("says when the file ends too early", () => {
    expect(syntaxError("")).toEqual([1, 1, "unexpected end of file"]);
    expect(syntaxError('{"a": ')).toEqual([1, 7, "unexpected end of file"]);
    expect(syntaxError('{"a": 1')).toEqual([1, 8, "expected `}` before the end of file"]);
    expect(syntaxError("[1,\n")).toEqual([2, 1, "unexpected end of file"]);
  });

  it("rejects anything after the value, and an empty key list with a trailing comma", () => {
    expect(syntaxError("{} x")).toEqual([1, 4, "unexpected character `x`"]);
    expect(syntaxError("[1] [2]")).toEqual([1, 5, "unexpected character `[`"]);
    expect(syntaxError('{"a": 1,}')).toEqual([1, 9, "unexpected character `}`"]);
  });
});
