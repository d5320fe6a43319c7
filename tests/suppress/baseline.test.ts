import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { fingerprintOf } from "../../src/engine/fingerprint.js";
import { applyBaseline, readBaseline, writeBaseline } from "../../src/suppress/baseline.js";
import { makeFinding } from "./make-finding.js";
import { tempDir as makeTempDir } from "../helpers/temp-project.js";
import { thrownBy } from "../helpers/thrown.js";

const tempDir = () => makeTempDir("baseline-");

function findingsAt(root: string, lines: { warp: number; tide: number; hyper: number }) {
  return [
    makeFinding({ ruleId: "declining-crate", crate: { name: "warp" }, file: join(root, "crates/api/Cargo.toml"), line: lines.warp, member: "api" }),
    makeFinding({ ruleId: "declining-crate", crate: { name: "tide" }, file: join(root, "Cargo.toml"), line: lines.tide }),
    makeFinding({ ruleId: "outdated-requirement", crate: { name: "hyper" }, file: join(root, "Cargo.toml"), line: lines.hyper }),
  ];
}

const configErrorOf = (run: () => unknown): ConfigError => thrownBy(ConfigError, run);

describe("fingerprintOf", () => {
  it("is the first 16 hex digits of sha256 over the parts joined by NUL", () => {
    // Reference value from `printf 'declining-crate\0warp\0Cargo.toml' | sha256sum`.
    expect(fingerprintOf(["declining-crate", "warp", "Cargo.toml"])).toBe("b4d99dee60774815");
    expect(fingerprintOf(["a", "bc"])).not.toBe(fingerprintOf(["ab", "c"]));
  });
});

describe("baseline files", () => {
  it("round-trips: sorted entries, one per line, files relative with forward slashes", () => {
    const root = tempDir();
    const path = join(root, "sunset-baseline.json");
    const findings = findingsAt(root, { warp: 7, tide: 9, hyper: 12 });
    writeBaseline(path, findings, root);
    const baseline = readBaseline(path);
    expect(baseline.schemaVersion).toBe(1);
    expect(baseline.entries.map((e) => [e.file, e.rule, e.crate])).toEqual([
      ["Cargo.toml", "declining-crate", "tide"],
      ["Cargo.toml", "outdated-requirement", "hyper"],
      ["crates/api/Cargo.toml", "declining-crate", "warp"],
    ]);
    expect(new Set(baseline.entries.map((e) => e.fingerprint))).toEqual(new Set(findings.map((f) => f.fingerprint)));
    const text = readFileSync(path, "utf8");
    expect(text.split("\n").filter((line) => line.includes('"fingerprint"'))).toHaveLength(3);
    expect(JSON.parse(text)).toEqual(baseline);
  });

  it("writes atomically: replaces an existing file and leaves no temporary files", () => {
    const root = tempDir();
    const path = join(root, "out", "baseline.json");
    writeBaseline(path, findingsAt(root, { warp: 1, tide: 2, hyper: 3 }), root);
    writeBaseline(path, [], root);
    expect(readBaseline(path).entries).toEqual([]);
    expect(readdirSync(join(root, "out"))).toEqual(["baseline.json"]);
  });

  it("keeps suppressing when lines move and only reports a new finding", () => {
    const root = tempDir();
    const path = join(root, "baseline.json");
    writeBaseline(path, findingsAt(root, { warp: 7, tide: 9, hyper: 12 }), root);
    const baseline = readBaseline(path);

    const moved = findingsAt(root, { warp: 15, tide: 3, hyper: 30 });
    const extra = makeFinding({ ruleId: "declining-crate", crate: { name: "gotham" }, file: join(root, "Cargo.toml"), line: 4 });
    const result = applyBaseline([...moved, extra], baseline);
    expect(result.suppressed).toEqual(moved);
    expect(result.kept).toEqual([extra]);
    expect(result.stale).toEqual([]);
  });

  it("lists entries whose finding is gone as stale", () => {
    const root = tempDir();
    const path = join(root, "baseline.json");
    const findings = findingsAt(root, { warp: 7, tide: 9, hyper: 12 });
    writeBaseline(path, findings, root);
    const result = applyBaseline(findings.slice(0, 2), readBaseline(path));
    expect(result.stale.map((e) => e.crate)).toEqual(["hyper"]);
  });

  it("reports invalid JSON and wrong shapes at their line and column", () => {
    const badJson = resolve("fixtures/config/baseline/bad-json.json");
    const syntax = configErrorOf(() => readBaseline(badJson));
    const line4 = readFileSync(badJson, "utf8").split("\n")[3]!;
    expect(syntax.issues).toEqual([{ file: badJson, line: 4, column: line4.indexOf('"crate"') + 1, message: 'invalid JSON: expected `}`, found `"`' }]);

    const wrongShape = resolve("fixtures/config/baseline/wrong-shape.json");
    const line5 = readFileSync(wrongShape, "utf8").split("\n")[4]!;
    expect(configErrorOf(() => readBaseline(wrongShape)).message).toBe(
      `${wrongShape}:5:${line5.indexOf("42") + 1}: entry \`fingerprint\` must be a string`,
    );

    const future = resolve("fixtures/config/baseline/future-version.json");
    const futureColumn = readFileSync(future, "utf8").indexOf(": 2") + 3;
    expect(configErrorOf(() => readBaseline(future)).issues[0]).toMatchObject({ line: 1, column: futureColumn, message: "unsupported baseline schemaVersion 2; expected 1" });
  });

  it("reports a missing baseline file", () => {
    const path = join(tempDir(), "missing.json");
    expect(configErrorOf(() => readBaseline(path)).message).toBe(`${path}: baseline file not found`);
  });

  it("reports truncated files at the end", () => {
    const path = join(tempDir(), "truncated.json");
    writeFileSync(path, '{\n  "schemaVersion": 1,\n  "entries": [');
    expect(configErrorOf(() => readBaseline(path)).issues[0]).toMatchObject({ line: 3, column: 15, message: "invalid JSON: unexpected end of file" });
  });
});
