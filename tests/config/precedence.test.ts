import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import type { CliConfigOverrides } from "../../src/config/types.js";
import { RULE_METAS } from "./rule-metas.js";

const root = resolve("fixtures/config/precedence");

function load(cli: CliConfigOverrides = {}) {
  return loadConfig({
    workspaceRoot: root,
    rootManifestPath: join(root, "Cargo.toml"),
    memberManifests: [
      { name: "api", manifestPath: join(root, "crates/api/Cargo.toml") },
      { name: "core", manifestPath: join(root, "crates/core/Cargo.toml") },
    ],
    cli,
    ruleMetas: RULE_METAS,
  });
}

describe("configuration precedence", () => {
  it("uses the rule's defaults when nothing sets it", () => {
    expect(load().ruleSetting("msrv")).toEqual({ severity: "warning", options: {} });
    expect(load().ruleSetting("removable-transitive")).toEqual({ severity: "note", options: { allow: ["serde"], includeDev: false } });
  });

  it("workspace metadata beats the defaults", () => {
    const config = load();
    expect(config.ruleSetting("outdated-lock").severity).toBe("off");
    expect(config.ruleSetting("stale-crate", "core").options).toEqual({ months: 12 });
  });

  it("the config file beats workspace metadata, and options of lower layers stay merged", () => {
    const config = load();
    expect(config.ruleSetting("declining-crate").severity).toBe("warning");
    expect(config.ruleSetting("declining-crate", "core").severity).toBe("warning");
    expect(config.ruleSetting("stale-crate", "core")).toEqual({ severity: "error", options: { months: 12 } });
  });

  it("package metadata beats the config file for that member only", () => {
    const config = load();
    expect(config.ruleSetting("declining-crate", "api").severity).toBe("error");
    expect(config.ruleSetting("stale-crate", "api")).toEqual({ severity: "error", options: { months: 6 } });
    expect(config.ruleSetting("stale-crate").options).toEqual({ months: 12 });
  });

  it("the command line beats package metadata", () => {
    const config = load({ rules: { "declining-crate": "off" } });
    expect(config.ruleSetting("declining-crate", "api").severity).toBe("off");
    expect(config.ruleSetting("stale-crate", "api").options).toEqual({ months: 6 });
  });

  it("merges registry settings: command line > config file > workspace metadata", () => {
    expect(load().registry).toEqual({
      concurrency: 4,
      cacheTtlMs: 2 * 86_400_000,
      offline: true,
      cacheDir: join(root, "target/sunset-cache"),
    });
    expect(load({ concurrency: 9, offline: false, cacheDir: "/tmp/c", cacheTtlMs: 5 }).registry).toEqual({
      concurrency: 9,
      cacheTtlMs: 5,
      offline: false,
      cacheDir: "/tmp/c",
    });
  });

  it("collects ignores of every source with their positions; package ignores are scoped to their member", () => {
    const { ignores } = load();
    const summary = ignores.map((i) => [i.crate, i.relativeFile, i.line, i.column, i.members]);
    expect(summary).toEqual([
      ["warp", "cargo-sunset.toml", 8, 1, ["api"]],
      ["gotham", "Cargo.toml", 16, 1, undefined],
      ["tide", "crates/api/Cargo.toml", 13, 1, ["api"]],
    ]);
    expect(ignores[0]).toMatchObject({
      version: "<0.4",
      rule: "declining-crate",
      reason: "moving to axum in Q1",
      until: "2027-03-31",
      tracking: "https://example.com/issues/12",
      file: join(root, "cargo-sunset.toml"),
      endLine: 8,
      endColumn: 11,
    });
    expect(ignores[2]?.until).toBe("2026-12-31");
  });

  it("lists the files that supplied configuration, lowest precedence first", () => {
    expect(load().sources).toEqual([join(root, "Cargo.toml"), join(root, "cargo-sunset.toml"), join(root, "crates/api/Cargo.toml")]);
  });

  it("rejects unknown rule ids asked of it", () => {
    expect(() => load().ruleSetting("no-such-rule")).toThrow(RangeError);
  });
});

describe("a root manifest that is also a package", () => {
  const root2 = resolve("fixtures/config/root-package");
  const manifestPath = join(root2, "Cargo.toml");
  const config = loadConfig({
    workspaceRoot: root2,
    rootManifestPath: manifestPath,
    memberManifests: [{ name: "server", manifestPath }],
    cli: {},
    ruleMetas: RULE_METAS,
  });

  it("reads both metadata tables of the one file, listing it once", () => {
    expect(config.ruleSetting("msrv").severity).toBe("note");
    expect(config.ruleSetting("msrv", "server").severity).toBe("off");
    expect(config.sources).toEqual([manifestPath]);
  });

  it("locates ignores written as inline tables", () => {
    expect(config.ignores.map((i) => [i.crate, i.line, i.column])).toEqual([["warp", 11, 3]]);
  });
});
