/** placeFinding: a lockfile fix moves to the `version = "..."` line of its [[package]] entry, found by a line scan. */
import { describe, expect, it } from "vitest";
import type { Location } from "../../src/engine/types.js";
import { placeFinding } from "../../src/report/lockfile-location.js";
import { finding, location } from "../helpers/findings.js";

const LOCK = "/repo/Cargo.lock";
const manifest = location({ file: "/repo/Cargo.toml", line: 7, column: 1, endColumn: 6, label: "own label" });
const entryAt = (line: number): Location => ({ file: LOCK, line, column: 1, endLine: line, endColumn: 12, label: "Cargo.lock entry" });

/** Where a yanked-version finding lands with the entry's header at `line` of `lock`. */
function placed(lock: string | undefined, line = 1, related: Location[] = []) {
  const entry = entryAt(line);
  return placeFinding(finding({ ruleId: "yanked-version", location: manifest, relatedLocations: [entry, ...related] }), () => lock);
}

describe("the version line of a lockfile entry", () => {
  it("is found below the header with its column and the quoted version's width, however it is spaced", () => {
    expect(placed('[[package]]\nname = "serde"\nversion = "1.0.100"\n').location).toEqual({ file: LOCK, line: 3, column: 11, endLine: 3, endColumn: 20 });
    expect(placed('[[package]]\nname = "serde"\n  version=  "1.0"\n').location).toEqual({ file: LOCK, line: 3, column: 13, endLine: 3, endColumn: 18 });
    expect(placed('[[package]]\r\nname = "serde"\r\nversion = "2"\r\n').location).toEqual({ file: LOCK, line: 3, column: 11, endLine: 3, endColumn: 14 });
  });

  it("is not looked for past the next table header, indented or not: the entry itself is used", () => {
    const next = '\n[[package]]\nname = "b"\nversion = "9.9.9"\n';
    expect(placed(`[[package]]\nname = "a"${next}`).location).toEqual(entryAt(1));
    expect(placed(`[[package]]\nname = "a"\n  ${next.slice(1)}`).location).toEqual(entryAt(1));
    // A `[` later in a line is no table header.
    expect(placed('[[package]]\nname = "a"\ndependencies = [\n "x",\n]\nversion = "1.2.3"\n').location).toMatchObject({ line: 6, column: 11 });
  });

  it("is only a `version` key: other keys ending in version do not count", () => {
    expect(placed('[[package]]\nname = "a"\nrust_version = "1.70"\nversion = "0.1.0"\n').location).toMatchObject({ line: 4, column: 11 });
  });

  it("is the entry itself when the lockfile cannot be read or has no version line", () => {
    expect(placed(undefined).location).toEqual(entryAt(1));
    expect(placed('[[package]]\nname = "a"\n').location).toEqual(entryAt(1));
  });
});

describe("what a moved finding keeps", () => {
  it("the Cargo.toml key as the first related location, labelled, then its other related locations without the entry", () => {
    const other = location({ file: "/repo/crates/a/Cargo.toml", line: 2, label: "also declared here" });
    const { relatedLocations } = placed('[[package]]\nversion = "1.0.0"\n', 1, [other]);
    const { label: _label, ...key } = manifest;
    expect(relatedLocations).toEqual([{ ...key, label: "Cargo.toml requirement" }, other]);
  });

  it("nothing moves for a rule fixed in Cargo.toml, for a finding already in Cargo.lock, or without an entry", () => {
    const lock = () => '[[package]]\nversion = "1.0.0"\n';
    const declining = finding({ ruleId: "declining-crate", location: manifest, relatedLocations: [entryAt(1)] });
    expect(placeFinding(declining, lock)).toEqual({ location: manifest, relatedLocations: [entryAt(1)] });
    const inLock = finding({ ruleId: "outdated-lock", location: entryAt(1) });
    expect(placeFinding(inLock, lock).location).toEqual(entryAt(1));
    const noEntry = finding({ ruleId: "outdated-lock", location: manifest, relatedLocations: [location({ file: "/repo/other/Cargo.toml" })] });
    expect(placeFinding(noEntry, lock).location).toEqual(manifest);
  });
});
