import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { applyBaseline, readBaseline, serializeBaseline } from "../../src/suppress/baseline.js";
import { thrownBy } from "../helpers/thrown.js";
import { makeFinding } from "./make-finding.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function baselineFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cargo-sunset-baseline-"));
  dirs.push(dir);
  const path = join(dir, "baseline.json");
  writeFileSync(path, text);
  return path;
}

/** [line, column, message] of the one problem reading `text` as a baseline reports. */
function problem(text: string): [number, number, string] {
  const error = thrownBy(ConfigError, () => readBaseline(baselineFile(text)));
  expect(error.issues).toHaveLength(1);
  const [issue] = error.issues;
  return [issue!.line, issue!.column, issue!.message];
}

const entry = '{ "fingerprint": "f", "rule": "r", "crate": "c", "file": "Cargo.toml" }';

describe("baseline shape errors", () => {
  it("wants a JSON object at the top", () => {
    expect(problem("[]")).toEqual([1, 1, "a baseline must be a JSON object"]);
    expect(problem("\n null")).toEqual([2, 2, "a baseline must be a JSON object"]);
    expect(problem('"entries"')).toEqual([1, 1, "a baseline must be a JSON object"]);
  });

  it("wants `entries` to be an array, at its value or at the object when it is missing", () => {
    expect(problem('{ "schemaVersion": 1 }')).toEqual([1, 1, "`entries` must be an array"]);
    expect(problem('{ "schemaVersion": 1,\n  "entries": {} }')).toEqual([2, 14, "`entries` must be an array"]);
  });

  it("wants each entry to be an object", () => {
    expect(problem(`{ "schemaVersion": 1, "entries": [${entry},\n 3] }`)).toEqual([2, 2, "each entry must be an object"]);
    expect(problem('{ "schemaVersion": 1, "entries": [null] }')).toEqual([1, 35, "each entry must be an object"]);
    expect(problem('{ "schemaVersion": 1, "entries": [[]] }')).toEqual([1, 35, "each entry must be an object"]);
  });

  it("accepts a well-formed baseline", () => {
    expect(readBaseline(baselineFile(`{ "schemaVersion": 1, "entries": [${entry}] }`))).toEqual({
      schemaVersion: 1,
      entries: [{ fingerprint: "f", rule: "r", crate: "c", file: "Cargo.toml" }],
    });
  });

  it("reports a baseline path that cannot be read as a file with the system's code", () => {
    const dir = mkdtempSync(join(tmpdir(), "cargo-sunset-baseline-"));
    dirs.push(dir);
    const error = thrownBy(ConfigError, () => readBaseline(dir));
    expect(error.issues.map((issue) => [issue.file, issue.line, issue.column, issue.message])).toEqual([[dir, 0, 0, "cannot read baseline (EISDIR)"]]);
  });
});

describe("baseline writing and matching", () => {
  it("writes an empty baseline as an empty array", () => {
    expect(serializeBaseline({ schemaVersion: 1, entries: [] })).toBe('{\n  "schemaVersion": 1,\n  "entries": []\n}\n');
  });

  it("starts every outcome empty", () => {
    expect(applyBaseline([], { schemaVersion: 1, entries: [] })).toEqual({ kept: [], suppressed: [], stale: [] });
    const finding = makeFinding({ ruleId: "declining-crate", crate: { name: "tide" }, file: "/p/Cargo.toml", line: 3 });
    expect(applyBaseline([finding], { schemaVersion: 1, entries: [] })).toEqual({ kept: [finding], suppressed: [], stale: [] });
  });
});
