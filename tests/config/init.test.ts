import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-project.js";
import { starterConfig } from "../../src/config/init.js";
import { loadConfig } from "../../src/config/load.js";
import { RULE_METAS } from "./rule-metas.js";

function loadText(text: string) {
  const dir = tempDir("init-");
  writeFileSync(join(dir, "cargo-sunset.toml"), text);
  return loadConfig({ workspaceRoot: dir, rootManifestPath: join(dir, "Cargo.toml"), memberManifests: [], cli: {}, ruleMetas: RULE_METAS });
}

/** Uncomments the example lines (`# key = ...` and `# [[table]]`), keeping prose comments. */
function uncommentExamples(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^# (\[\[?[a-z]|[a-z][a-z-]* = )/.test(line) ? line.slice(2) : line))
    .join("\n");
}

describe("starter config", () => {
  const text = starterConfig(RULE_METAS);

  it("lists every rule with its default severity and options, commented out", () => {
    for (const meta of RULE_METAS) expect(text).toMatch(new RegExp(`^# ${meta.id} = .*"${meta.defaultSeverity}"`, "m"));
    expect(text).toContain('# stale-crate = { severity = "note", months = 36 }');
    expect(text).toContain('# removable-transitive = { severity = "note", allow = ["serde"], includeDev = false }');
  });

  it("loads as it is and changes nothing", () => {
    const config = loadText(text);
    expect(config.ruleSetting("yanked-version").severity).toBe("error");
    expect(config.ignores).toEqual([]);
    expect(config.registry).toEqual({});
  });

  it("still loads with every example uncommented, keeping the defaults", () => {
    const config = loadText(uncommentExamples(text));
    for (const meta of RULE_METAS) {
      expect(config.ruleSetting(meta.id)).toEqual({ severity: meta.defaultSeverity, options: meta.defaultOptions ?? {} });
    }
    expect(config.ignores.map((ignore) => [ignore.crate, ignore.until])).toEqual([["warp", "2027-03-31"]]);
    expect(config.catalogEntries.map((entry) => entry.crate)).toEqual(["acme-http"]);
    expect(config.registry.cacheTtlMs).toBe(3_600_000);
  });
});
