import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { loadConfig } from "../../src/config/load.js";
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

describe("[[catalog]] key checking", () => {
  it("rejects an unknown key at its own position and names the keys it accepts", () => {
    const { root, run } = load('[[catalog]]\ncrate = "acme-http"\nreason = "gone"\nreplacment = ["reqwest"]\n');
    const error = thrownBy(ConfigError, run);
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue!.file).toBe(join(root, "cargo-sunset.toml"));
    expect([issue!.line, issue!.column]).toEqual([4, 1]);
    expect(issue!.message).toBe(
      "unknown key `replacment` in [[catalog]]; expected one of: crate, versions, status, replacement, reason, guide, since, category",
    );
    expect(readFileSync(join(root, "cargo-sunset.toml"), "utf8").split("\n")[3]).toMatch(/^replacment/);
  });

  it("rejects an unknown key in the second entry too, and accepts every documented key", () => {
    const ok = '[[catalog]]\ncrate = "a"\nreason = "r"\nversions = "<2"\nstatus = "unmaintained"\nreplacement = ["b"]\nguide = "https://example.com/g"\nsince = "2026-01"\ncategory = "http"\n';
    expect(load(ok).run().catalogEntries).toHaveLength(1);
    const error = thrownBy(ConfigError, load(`${ok}\n[[catalog]]\ncrate = "c"\nreason = "r"\nexpires = "2027-01-01"\n`).run);
    expect(error.issues.map((issue) => [issue.line, issue.message.split(";")[0]])).toEqual([[14, "unknown key `expires` in [[catalog]]"]]);
  });
});
