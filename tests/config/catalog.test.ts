import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { RULE_METAS } from "./rule-metas.js";

const root = resolve("fixtures/config/precedence");

describe("organisation catalog entries", () => {
  // Per test rather than at collection time, so that mutation testing sees which tests read this code.
  let config: ReturnType<typeof loadConfig>;
  beforeEach(() => {
    config = loadConfig({ workspaceRoot: root, rootManifestPath: join(root, "Cargo.toml"), memberManifests: [], cli: {}, ruleMetas: RULE_METAS });
  });

  it("maps [[catalog]] tables to catalog entries with the organisation as recommender", () => {
    expect(config.catalogEntries[0]).toEqual({
      crate: "acme-http",
      status: "discontinued",
      versions: "<3",
      since: "2026-05",
      category: "organisation",
      replacements: [
        { crate: "reqwest", recommendedBy: "organisation" },
        { crate: "ureq", recommendedBy: "organisation" },
      ],
      reason: "acme-http is no longer supported by the platform team",
      evidence: [],
      guideUrl: "https://example.com/wiki/acme-http",
    });
  });

  it("applies defaults and lets the config file win over workspace metadata for the same crate", () => {
    expect(config.catalogEntries.map((entry) => entry.crate)).toEqual(["acme-http", "acme-log"]);
    expect(config.catalogEntries[1]).toMatchObject({
      versions: "<2",
      status: "unmaintained",
      replacements: [{ crate: "tracing", recommendedBy: "organisation" }],
    });
    expect(config.catalogEntries[1]?.guideUrl).toBeUndefined();
  });
});
