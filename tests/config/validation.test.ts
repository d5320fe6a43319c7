import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { loadConfig } from "../../src/config/load.js";
import type { CliConfigOverrides } from "../../src/config/types.js";
import { RULE_METAS } from "./rule-metas.js";
import { thrownBy } from "../helpers/thrown.js";

function loadFixture(name: string, members: Array<{ name: string; path: string }> = [], cli: CliConfigOverrides = {}, configPath?: string) {
  const root = resolve("fixtures/config", name);
  return loadConfig({
    workspaceRoot: root,
    rootManifestPath: join(root, "Cargo.toml"),
    memberManifests: members.map((m) => ({ name: m.name, manifestPath: join(root, m.path) })),
    configPath,
    cli,
    ruleMetas: RULE_METAS,
  });
}

const configErrorOf = (run: () => unknown): ConfigError => thrownBy(ConfigError, run);

/** Position of `needle` on a 1-based line of a fixture, as a 1-based column. */
function at(file: string, line: number, needle: string): string {
  const text = readFileSync(file, "utf8").split("\n")[line - 1] ?? "";
  expect(text).toContain(needle);
  return `${line}:${text.indexOf(needle) + 1}`;
}

describe("config validation", () => {
  const file = resolve("fixtures/config/invalid/cargo-sunset.toml");
  // Per test rather than at collection time, so that mutation testing sees which tests read this code.
  let error: ConfigError;
  let positions: string[];
  beforeEach(() => {
    error = configErrorOf(() => loadFixture("invalid"));
    positions = error.issues.map((issue) => `${issue.line}:${issue.column}`);
  });

  it("reports every problem of the file at once, top to bottom", () => {
    expect(error.issues.every((issue) => issue.file === file)).toBe(true);
    expect(positions).toEqual([
      at(file, 2, '"fatal"'),
      at(file, 3, "monhts"),
      at(file, 4, "no-such-rule"),
      at(file, 5, "months"),
      at(file, 6, '"tokio"'),
      at(file, 10, "0"),
      at(file, 11, '"soon"'),
      at(file, 12, '"yes"'),
      at(file, 13, "proxy"),
      at(file, 17, '">=0.3,,"'),
      at(file, 18, '"declinig-crate"'),
      at(file, 19, '""'),
      at(file, 20, '"2027-02-30"'),
      at(file, 21, '"ftp:'),
      at(file, 22, "expires"),
      at(file, 24, "[[ignore]]"),
      at(file, 30, '"gone"'),
      at(file, 32, '"not a url"'),
      at(file, 34, "[telemetry]"),
    ]);
  });

  it("says what is wrong in each problem", () => {
    const byPosition = new Map(error.issues.map((issue) => [`${issue.line}:${issue.column}`, issue.message]));
    const message = (line: number, needle: string) => byPosition.get(at(file, line, needle));
    expect(message(2, '"fatal"')).toMatch(/severity must be one of "error", "warning", "note", "off", found "fatal"/);
    expect(message(3, "monhts")).toMatch(/unknown option `monhts` for rule `stale-crate`; expected one of: severity, months/);
    expect(message(4, "no-such-rule")).toBe("unknown rule `no-such-rule`");
    expect(message(5, "months")).toMatch(/unknown option `months` for rule `msrv`/);
    expect(message(6, '"tokio"')).toMatch(/option `allow` of rule `removable-transitive` must be an array, found "tokio"/);
    expect(message(10, "0")).toMatch(/`concurrency` must be an integer of at least 1, found 0/);
    expect(message(11, '"soon"')).toMatch(/`cache-ttl` must be a duration/);
    expect(message(12, '"yes"')).toMatch(/`offline` must be true or false/);
    expect(message(13, "proxy")).toMatch(/unknown key `proxy` in \[registry\]/);
    expect(message(17, '">=0.3,,"')).toMatch(/`version` is not a valid cargo requirement: empty comparator/);
    expect(message(18, '"declinig-crate"')).toBe("unknown rule `declinig-crate`");
    expect(message(19, '""')).toBe("`reason` must not be empty");
    expect(message(20, '"2027-02-30"')).toMatch(/`until` must be a date written YYYY-MM-DD, found "2027-02-30"/);
    expect(message(21, '"ftp:')).toMatch(/`tracking` must be an http\(s\) URL/);
    expect(message(22, "expires")).toMatch(/unknown key `expires` in \[\[ignore\]\]; expected one of: crate, version/);
    expect(message(24, "[[ignore]]")).toBe("[[ignore]] needs `reason`");
    expect(message(30, '"gone"')).toMatch(/`status` must be one of deprecated/);
    expect(message(32, '"not a url"')).toMatch(/`guide` must be an http\(s\) URL/);
    expect(message(34, "[telemetry]")).toMatch(/unknown key `telemetry` at the top level/);
  });

  it("formats the error as file:line:col: problem lines", () => {
    const lines = error.message.split("\n");
    expect(lines).toHaveLength(error.issues.length);
    expect(lines[0]).toBe(`${file}:${positions[0]}: ${error.issues[0]?.message}`);
    expect(error.describe(() => "cargo-sunset.toml").split("\n")[2]).toBe(`cargo-sunset.toml:${positions[2]}: unknown rule \`no-such-rule\``);
  });

  it("reports a TOML syntax error at the parser's line and column", () => {
    const syntax = configErrorOf(() => loadFixture("bad-syntax"));
    expect(syntax.issues).toHaveLength(1);
    const issue = syntax.issues[0];
    expect(issue?.file).toBe(resolve("fixtures/config/bad-syntax/cargo-sunset.toml"));
    expect(issue?.line).toBe(3);
    expect(issue?.column).toBe(45);
    expect(issue?.message).toMatch(/^invalid TOML/);
  });

  it("validates Cargo.toml metadata with positions in that manifest, and rejects run-wide settings in package metadata", () => {
    const metadata = configErrorOf(() => loadFixture("metadata-invalid", [{ name: "web", path: "crates/web/Cargo.toml" }]));
    const root = resolve("fixtures/config/metadata-invalid/Cargo.toml");
    const web = resolve("fixtures/config/metadata-invalid/crates/web/Cargo.toml");
    const found = metadata.issues.map((issue) => [issue.file, `${issue.line}:${issue.column}`, issue.message.split(/[;,]/)[0]]);
    expect(found).toEqual([
      [root, at(root, 5, '"loud"'), 'severity must be one of "error"'],
      [root, at(root, 6, '"many"'), "`concurrency` must be an integer of at least 1"],
      [web, at(web, 10, "registry"), "[package.metadata.cargo-sunset.registry] applies to the whole run"],
      [web, at(web, 14, "members"), "`members` is not allowed in package metadata: these ignores apply to this package only"],
    ]);
  });

  it("checks command-line rule settings", () => {
    const cli = configErrorOf(() => loadFixture("dot-cargo", [], { rules: { "declining-crat": "error" }, concurrency: 0 }));
    expect(cli.message).toBe("command line: unknown rule `declining-crat`\ncommand line: concurrency must be an integer of at least 1");
  });

  it("finds .cargo/cargo-sunset.toml, refuses two config files, and reports a missing --config file", () => {
    expect(loadFixture("dot-cargo").ruleSetting("msrv").severity).toBe("off");
    expect(configErrorOf(() => loadFixture("both")).message).toMatch(/both .*cargo-sunset\.toml and .*\.cargo\/cargo-sunset\.toml exist/);
    const missing = resolve("fixtures/config/dot-cargo/nope.toml");
    expect(configErrorOf(() => loadFixture("dot-cargo", [], {}, missing)).message).toBe(`${missing}: config file not found`);
    const explicit = loadFixture("dot-cargo", [], {}, resolve("fixtures/config/both/.cargo/cargo-sunset.toml"));
    expect(explicit.ruleSetting("msrv").severity).toBe("error");
  });
});
