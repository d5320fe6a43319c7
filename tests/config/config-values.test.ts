/** Every kind of value the configuration accepts or rejects, through loadConfig: exact messages and positions. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { loadConfig } from "../../src/config/load.js";
import { parseDuration, parseSize } from "../../src/config/duration.js";
import { thrownBy } from "../helpers/thrown.js";
import { writeProject } from "../helpers/temp-project.js";
import { RULE_METAS } from "./rule-metas.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function load(config: string) {
  const root = writeProject({ "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n', "cargo-sunset.toml": config });
  roots.push(root);
  return { root, run: () => loadConfig({ workspaceRoot: root, rootManifestPath: join(root, "Cargo.toml"), memberManifests: [], cli: {}, ruleMetas: RULE_METAS }) };
}

const accepted = (config: string) => load(config).run();
/** `line:column message` of every problem of `config`. */
const problems = (config: string) => thrownBy(ConfigError, load(config).run).issues.map((i) => `${i.line}:${i.column} ${i.message}`);

describe("durations", () => {
  it("reads every unit and a number of seconds", () => {
    expect(["45s", "30m", "1h", "2d", "1w", " 3 h ", "0s"].map(parseDuration)).toEqual([45_000, 1_800_000, 3_600_000, 172_800_000, 604_800_000, 10_800_000, 0]);
    expect([90, 0].map(parseDuration)).toEqual([90_000, 0]);
  });

  it("rejects anything else", () => {
    expect(["1.5h", "h", "1", "1y", "-1h", "1hx", "x1h", "", "1 h 2m"].map(parseDuration)).toEqual(Array(9).fill(null));
    expect([-1, 1.5, true, null, undefined, [], {}].map(parseDuration)).toEqual(Array(7).fill(null));
  });

  it("sets the registry TTL from `cache-ttl`", () => {
    expect(accepted('[registry]\ncache-ttl = "2d"\n').registry.cacheTtlMs).toBe(172_800_000);
    expect(accepted("[registry]\ncache-ttl = 0\n").registry.cacheTtlMs).toBe(0);
  });
});

describe("[registry] values", () => {
  it("keeps valid settings and resolves a relative cache-dir against the workspace root", () => {
    const { root, run } = load('[registry]\nconcurrency = 3\noffline = true\ncache-dir = "cache"\n');
    expect(run().registry).toEqual({ concurrency: 3, offline: true, cacheDir: join(root, "cache") });
    expect(accepted('[registry]\ncache-dir = "/abs/cache"\n').registry.cacheDir).toBe("/abs/cache");
  });

  it("rejects wrong types with the value found", () => {
    expect(problems('[registry]\nconcurrency = 2.5\noffline = "no"\ncache-dir = "  "\n')).toEqual([
      "2:15 `concurrency` must be an integer of at least 1, found 2.5",
      "3:11 `offline` must be true or false, found \"no\"",
      '4:13 `cache-dir` must be a non-empty path, found "  "',
    ]);
    expect(problems('registry = "fast"\n')).toEqual(['1:12 [registry] must be a table, found "fast"']);
  });

  it("sets the registry client's limits", () => {
    const config = accepted('[registry]\ntimeout = "3s"\nrun-timeout = 120\nmax-file-size = "8MiB"\nmax-download = "1GB"\n');
    expect(config.registry).toEqual({ timeoutMs: 3_000, runTimeoutMs: 120_000, maxFileBytes: 8 * 1024 * 1024, maxRunBytes: 1e9 });
  });

  it("rejects limits of zero or of the wrong kind", () => {
    expect(problems('[registry]\ntimeout = "0s"\nrun-timeout = "soon"\nmax-file-size = 0\nmax-download = "1TB"\n')).toEqual([
      '2:11 `timeout` must be a duration above zero such as "10s", "2m" or a number of seconds, found "0s"',
      '3:15 `run-timeout` must be a duration above zero such as "10s", "2m" or a number of seconds, found "soon"',
      '4:17 `max-file-size` must be a size above zero such as "20MB", "512KiB" or a number of bytes, found 0',
      '5:16 `max-download` must be a size above zero such as "20MB", "512KiB" or a number of bytes, found "1TB"',
    ]);
  });
});

describe("sizes", () => {
  it("reads decimal and binary units and a number of bytes", () => {
    expect(["512", "512b", "2kB", "2KiB", "20MB", "20MiB", "1gib", " 3 MB "].map(parseSize)).toEqual([512, 512, 2_000, 2_048, 20e6, 20 * 1024 ** 2, 1024 ** 3, 3e6]);
    expect(parseSize(4096)).toBe(4096);
  });

  it("rejects anything else", () => {
    expect(["", "MB", "1.5MB", "-1MB", "0", "1TB", "1 M B"].map(parseSize)).toEqual(Array(7).fill(null));
    expect([0, -1, 1.5, true, null].map(parseSize)).toEqual(Array(5).fill(null));
  });
});

describe("[rules] values", () => {
  it("accepts a severity string or a table with options of the default's kind", () => {
    const config = accepted('[rules]\nmsrv = "off"\nstale-crate = { severity = "error", months = 12 }\nremovable-transitive = { allow = ["x"] }\n');
    expect(config.ruleSetting("msrv").severity).toBe("off");
    expect(config.ruleSetting("stale-crate")).toMatchObject({ severity: "error", options: { months: 12 } });
    expect(config.ruleSetting("removable-transitive")).toMatchObject({ options: { allow: ["x"] } });
  });

  it("names the kind an option must have", () => {
    expect(problems('[rules]\nstale-crate = { months = "12" }\nremovable-transitive = { includeDev = 1 }\n')).toEqual([
      '2:26 option `months` of rule `stale-crate` must be a number, found "12"',
      "3:39 option `includeDev` of rule `removable-transitive` must be a boolean, found 1",
    ]);
    expect(problems("[rules]\nremovable-transitive = { allow = { x = 1 } }\n")).toEqual([
      "2:34 option `allow` of rule `removable-transitive` must be an array, found a table",
    ]);
  });

  it("rejects a rule value that is neither a severity nor a table, and a bad severity inside a table", () => {
    expect(problems("[rules]\nmsrv = 3\nstale-crate = [1]\ndeclining-crate = { severity = true }\n")).toEqual([
      "2:8 rule `msrv` must be a severity string or a table, found 3",
      "3:15 rule `stale-crate` must be a severity string or a table, found an array",
      '4:32 severity must be one of "error", "warning", "note", "off", found true',
    ]);
    expect(problems("rules = 1\n")).toEqual(["1:9 [rules] must be a table, found 1"]);
  });
});

describe("[[ignore]] values", () => {
  it("accepts a TOML local date or a date string for `until`, and members as an array", () => {
    const [a, b] = accepted(
      '[[ignore]]\ncrate = "warp"\nreason = "r"\nuntil = 2027-01-31\nmembers = ["api"]\n\n[[ignore]]\ncrate = "tide"\nreason = "r"\nuntil = "2027-02-28"\ntracking = "https://example.com/1"\n',
    ).ignores;
    expect([a!.until, a!.members, b!.until]).toEqual(["2027-01-31", ["api"], "2027-02-28"]);
  });

  it("rejects dates that are not calendar days, and other values for `until`", () => {
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\nuntil = "2027-1-31"\n')).toEqual(['4:9 `until` must be a date written YYYY-MM-DD, found "2027-1-31"']);
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\nuntil = "x2027-01-31"\n')).toHaveLength(1);
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\nuntil = "2027-01-31x"\n')).toHaveLength(1);
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\nuntil = "2027-13-01"\n')).toHaveLength(1);
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\nuntil = 2027-01-31T10:00:00Z\n')).toEqual([
      "4:9 `until` must be a date written YYYY-MM-DD, found the date-time 2027-01-31T10:00:00.000Z",
    ]);
  });

  it("rejects a crate that is not a string, members that are not names, and a tracking URL of another scheme", () => {
    expect(problems('[[ignore]]\ncrate = 1\nreason = "r"\nmembers = "api"\ntracking = "mailto:x@example.com"\n')).toEqual([
      "2:9 `crate` must be a string, found 1",
      '4:11 `members` must be an array of package names, found "api"',
      '5:12 `tracking` must be an http(s) URL, found "mailto:x@example.com"',
    ]);
    expect(problems('[[ignore]]\ncrate = "w"\nreason = "r"\ntracking = "not a url"\n')).toEqual(['4:12 `tracking` must be an http(s) URL, found "not a url"']);
    expect(accepted('[[ignore]]\ncrate = "w"\nreason = "r"\ntracking = "http://example.com/1"\n').ignores).toHaveLength(1);
  });

  it("wants an array of tables", () => {
    expect(problems('ignore = "warp"\n')).toEqual(['1:10 `ignore` must be an array of tables ([[ignore]]), found "warp"']);
    expect(problems('ignore = ["warp"]\n')).toEqual(['1:11 each ignore must be a table, found "warp"']);
  });
});

describe("[[catalog]] values", () => {
  it("applies the defaults of an entry that gives only a crate and a reason", () => {
    expect(accepted('[[catalog]]\ncrate = "acme"\nreason = "gone"\n').catalogEntries).toEqual([
      { crate: "acme", status: "deprecated", versions: "*", category: "organisation", replacements: [], reason: "gone", evidence: [] },
    ]);
  });

  it("takes one replacement as a string or several as an array, with the organisation as recommender", () => {
    const [one, two] = accepted(
      '[[catalog]]\ncrate = "a"\nreason = "r"\nreplacement = "b"\ncategory = "http"\n\n[[catalog]]\ncrate = "c"\nreason = "r"\nreplacement = ["d", "e"]\nsince = "2026-01-15"\n',
    ).catalogEntries;
    expect(one).toMatchObject({ replacements: [{ crate: "b", recommendedBy: "organisation" }], category: "http" });
    expect(one!.since).toBeUndefined();
    expect(two).toMatchObject({ replacements: [{ crate: "d", recommendedBy: "organisation" }, { crate: "e", recommendedBy: "organisation" }], since: "2026-01-15" });
  });

  it("reports every bad field of an entry and drops the entry", () => {
    expect(
      problems('[[catalog]]\ncrate = "a"\nreason = "r"\nversions = "1.x.y"\nstatus = "dead"\nreplacement = [1]\nguide = "ftp://x"\nsince = "2026"\n'),
    ).toEqual([
      '4:12 `versions` is not a valid cargo requirement: "1.x.y"',
      '5:10 `status` must be one of deprecated, discontinued, unmaintained, superseded, declining, healthy, found "dead"',
      "6:15 `replacement` must be a string or an array of strings, found an array",
      '7:9 `guide` must be an http(s) URL, found "ftp://x"',
      '8:9 `since` must be written YYYY-MM or YYYY-MM-DD, found "2026"',
    ]);
  });

  it("checks `since` against the whole pattern", () => {
    expect(problems('[[catalog]]\ncrate = "a"\nreason = "r"\nsince = "x2026-01"\n')).toHaveLength(1);
    expect(problems('[[catalog]]\ncrate = "a"\nreason = "r"\nsince = "2026-01-1"\n')).toHaveLength(1);
    expect(problems('[[catalog]]\ncrate = "a"\nreason = "r"\nsince = "2026-01-01x"\n')).toHaveLength(1);
    expect(problems('[[catalog]]\ncrate = "a"\nreason = "r"\nsince = "2026-01-aa"\n')).toHaveLength(1);
    expect(accepted('[[catalog]]\ncrate = "a"\nreason = "r"\nsince = "2026-01"\n').catalogEntries[0]!.since).toBe("2026-01");
  });

  it("needs a crate and a non-blank reason, reported at the entry", () => {
    expect(problems('[[catalog]]\nreason = "r"\n\n[[catalog]]\ncrate = "b"\nreason = " "\n\n[[catalog]]\ncrate = "c"\n')).toEqual([
      "1:1 [[catalog]] needs `crate`",
      "6:10 `reason` must not be empty",
      "8:1 [[catalog]] needs `reason`",
    ]);
  });

  it("wants an array of tables", () => {
    expect(problems("catalog = 3\n")).toEqual(["1:11 `catalog` must be an array of tables ([[catalog]]), found 3"]);
    expect(problems("catalog = [true]\n")).toEqual(["1:12 each catalog entry must be a table, found true"]);
  });
});
