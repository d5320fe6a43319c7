import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { outdatedRequirement } from "../../rules/outdated-requirement.js";
import { crateInfo, fakeRegistry } from "../helpers/fake-registry.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { lineOf, lockText, manifestOf, runRule, writeProject } from "../helpers/rule-runner.js";

afterEach(removeTempDirs);

const WARP = crateInfo("warp", ["0.2.0", "0.2.5", "0.3.0", "0.3.7"]);

function manifest(deps: string, extra = ""): string {
  return `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}\n${extra}`;
}

describe("outdated-requirement", () => {
  it("reports a 0.x requirement one incompatible release behind, at the dependency key", () => {
    const toml = manifest(`serde = "1"\nwarp = "0.2"`);
    const root = writeProject({ "Cargo.toml": toml });
    const findings = runRule(outdatedRequirement, root, fakeRegistry([WARP, crateInfo("serde", ["1.0.0", "1.0.210"])]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("outdated-requirement");
    expect(f?.severity).toBe("warning");
    expect(f?.messageId).toBe("behind");
    expect(f?.message).toBe("warp ^0.2 does not admit 0.3.7, the newest release: 1 incompatible release behind (0.3)");
    expect(f?.suggestion).toContain('warp = "0.3"');
    expect(f?.location).toMatchObject({ file: manifestOf(root), line: lineOf(toml, "warp"), column: 1, endColumn: 5 });
  });

  it("counts every published breaking series between the requirement and the newest release", () => {
    const hyper = crateInfo("hyper", ["0.10.16", "0.11.27", "0.12.36", "0.13.10", "0.14.28", "1.0.0", "1.5.1"]);
    const root = writeProject({ "Cargo.toml": manifest(`hyper = { version = "0.10", features = ["full"] }`) });
    const [f] = runRule(outdatedRequirement, root, fakeRegistry([hyper]));
    expect(f?.message).toContain("does not admit 1.5.1");
    expect(f?.message).toContain("5 incompatible releases behind (0.11, 0.12, 0.13, 0.14, 1)");
    expect(f?.suggestion).toContain('hyper = "1.5"');
  });

  it("keeps the precision and operator the requirement was written with", () => {
    const tokio = crateInfo("tokio", ["0.2.22", "1.0.0", "1.40.0"]);
    const root = writeProject({ "Cargo.toml": manifest(`tokio = "0.2.22"\nwarp = "=0.2.5"`) });
    const findings = runRule(outdatedRequirement, root, fakeRegistry([tokio, WARP]));
    expect(findings.map((f) => f.suggestion)).toEqual([
      expect.stringContaining('tokio = "1.40.0"'),
      expect.stringContaining('warp = "=0.3.7"'),
    ]);
  });

  it("ignores yanked and pre-release versions when picking the newest", () => {
    const serde = crateInfo("serde", ["1.0.0", "1.0.210", { version: "2.0.0", yanked: true }, "3.0.0-alpha.1"]);
    const root = writeProject({ "Cargo.toml": manifest(`serde = "1.0"`) });
    expect(runRule(outdatedRequirement, root, fakeRegistry([serde]))).toEqual([]);
  });

  it("explains an upper bound that excludes a compatible release", () => {
    const log = crateInfo("log", ["0.4.0", "0.4.14", "0.4.22"]);
    const root = writeProject({ "Cargo.toml": manifest(`log = ">=0.4, <0.4.15"`) });
    const [f] = runRule(outdatedRequirement, root, fakeRegistry([log]));
    expect(f?.message).toContain("does not admit 0.4.22");
    expect(f?.messageId).toBe("upperBound");
    expect(f?.suggestion).toContain('log = "0.4"');
  });

  it("leaves requirements ahead of every release alone", () => {
    const root = writeProject({ "Cargo.toml": manifest(`axum = "0.9.0-rc.1"`) });
    expect(runRule(outdatedRequirement, root, fakeRegistry([crateInfo("axum", ["0.7.9", "0.8.1"])]))).toEqual([]);
  });

  it("lowers the severity for dev-dependencies and reports renamed keys where they are written", () => {
    const toml = manifest(`web = { package = "warp", version = "0.2" }`, `\n[dev-dependencies]\nwarp = "0.2"\n`);
    const root = writeProject({ "Cargo.toml": toml });
    const findings = runRule(outdatedRequirement, root, fakeRegistry([WARP]));
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity])).toEqual([
      [lineOf(toml, "web ="), 1, "warning"],
      [lineOf(toml, 'warp = "0.2"'), 1, "note"],
    ]);
    expect(findings[0]?.suggestion).toContain('web = "0.3"');
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it("points at the member line and the [workspace.dependencies] entry for inherited requirements", () => {
    const rootToml = `[workspace]\nmembers = ["api"]\n\n[workspace.dependencies]\nwarp = "0.2"\n`;
    const apiToml = `[package]\nname = "api"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp.workspace = true\n`;
    const root = writeProject({ "Cargo.toml": rootToml, "api/Cargo.toml": apiToml });
    const [f] = runRule(outdatedRequirement, root, fakeRegistry([WARP]));
    expect(f?.member).toBe("api");
    expect(f?.location).toMatchObject({ line: lineOf(apiToml, "warp.workspace"), column: 1 });
    expect(f?.location.file.endsWith("api/Cargo.toml")).toBe(true);
    expect(f?.relatedLocations).toContainEqual(expect.objectContaining({ file: manifestOf(root), line: lineOf(rootToml, "warp ="), label: "workspace dependency" }));
    expect(f?.suggestion).toContain("[workspace.dependencies]");
  });

  it("adds the Cargo.lock entry when the dependency is locked", () => {
    const lock = lockText([{ name: "app", version: "0.1.0", local: true, deps: ["warp"] }, { name: "warp", version: "0.2.5" }]);
    const root = writeProject({ "Cargo.toml": manifest(`warp = "0.2"`), "Cargo.lock": lock });
    const [f] = runRule(outdatedRequirement, root, fakeRegistry([WARP]));
    expect(f?.crate).toEqual({ name: "warp", req: "^0.2", version: "0.2.5" });
    expect(f?.relatedLocations).toContainEqual(expect.objectContaining({ line: lineOf(lock, 'name = "warp"') - 1, label: "Cargo.lock entry" }));
  });

  it("skips crates without registry data and git or path dependencies", () => {
    const deps = [`warp = "0.2"`, `tide = { git = "https://github.com/http-rs/tide" }`, `local = { path = "local" }`].join("\n");
    const root = writeProject({
      "Cargo.toml": manifest(deps),
      "local/Cargo.toml": `[package]\nname = "local"\nversion = "0.1.0"\n`,
    });
    const registry = fakeRegistry([crateInfo("tide", ["0.16.0"]), crateInfo("local", ["9.0.0"]), { ...crateInfo("warp", []), notFound: true }]);
    expect(runRule(outdatedRequirement, root, registry)).toEqual([]);
  });
});

describe("outdated-requirement: how far behind", () => {
  const series = (minors: number[]) => crateInfo("warp", minors.map((m) => `0.${m}.0`));

  it("lists up to six incompatible series in full, and past six the first five, an ellipsis and the newest", () => {
    const root = writeProject({ "Cargo.toml": manifest(`warp = "0.1"`) });
    const [six] = runRule(outdatedRequirement, root, fakeRegistry([series([1, 2, 3, 4, 5, 6, 7])]));
    const [seven] = runRule(outdatedRequirement, root, fakeRegistry([series([1, 2, 3, 4, 5, 6, 7, 8])]));
    expect(six?.message).toBe("warp ^0.1 does not admit 0.7.0, the newest release: 6 incompatible releases behind (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)");
    expect(seven?.message).toBe("warp ^0.1 does not admit 0.8.0, the newest release: 7 incompatible releases behind (0.2, 0.3, 0.4, 0.5, 0.6, …, 0.8)");
    expect(seven?.suggestion).toBe('Change the requirement to warp = "0.8" and review the changelog for breaking changes.');
  });

  it("an upper bound that excludes a compatible release: no distance, no changelog warning", () => {
    const root = writeProject({ "Cargo.toml": manifest(`warp = ">=0.3.0, <0.3.5"`) });
    const [f] = runRule(outdatedRequirement, root, fakeRegistry([crateInfo("warp", ["0.3.0", "0.3.7"])]));
    expect(f?.messageId).toBe("upperBound");
    expect(f?.message).toBe("warp >=0.3.0, <0.3.5 does not admit 0.3.7, the newest release: the requirement's upper bound excludes it although it is semver-compatible");
    expect(f?.suggestion?.endsWith(" and review the changelog for breaking changes.")).toBe(false);
  });
});

describe("outdated-requirement: one finding per requirement to change", () => {
  it("an entry several members inherit is one finding at the entry, naming them; dev-only only when every one is", () => {
    const rootToml = `[workspace]\nmembers = ["api", "cli", "web"]\n\n[workspace.dependencies]\nwarp = "0.2"\n`;
    const member = (name: string, table = "dependencies") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[${table}]\nwarp.workspace = true\n`;
    const mixed = writeProject({ "Cargo.toml": rootToml, "api/Cargo.toml": member("api"), "cli/Cargo.toml": member("cli", "dev-dependencies"), "web/Cargo.toml": member("web") });
    const findings = runRule(outdatedRequirement, mixed, fakeRegistry([WARP]));
    expect(findings.map((f) => [f.members, f.location.file, f.location.line, f.severity])).toEqual([[["api", "cli", "web"], manifestOf(mixed), 5, "warning"]]);
    expect(findings[0]?.relatedLocations.filter((l) => l.label === "inherited here")).toHaveLength(3);
    expect(findings[0]?.suggestion).toBe('Change the requirement in [workspace.dependencies] to warp = "0.3" and review the changelog for breaking changes.');
    const devOnly = writeProject({ "Cargo.toml": rootToml, "api/Cargo.toml": member("api", "dev-dependencies"), "cli/Cargo.toml": member("cli", "dev-dependencies"), "web/Cargo.toml": member("web", "build-dependencies") });
    expect(runRule(outdatedRequirement, devOnly, fakeRegistry([WARP])).map((f) => f.severity)).toEqual(["note"]);
  });

  it("members' own declarations stay one finding each, and a shared finding has its own fingerprint", () => {
    const rootToml = `[workspace]\nmembers = ["api", "cli"]\n\n[workspace.dependencies]\nwarp = "0.2"\n`;
    const own = `[package]\nname = "api"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp = "0.2"\n`;
    const inherits = `[package]\nname = "cli"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp.workspace = true\n`;
    const root = writeProject({ "Cargo.toml": rootToml, "api/Cargo.toml": own, "cli/Cargo.toml": inherits });
    const findings = runRule(outdatedRequirement, root, fakeRegistry([WARP]));
    expect(findings.map((f) => [f.member, f.location.file.endsWith(join("api", "Cargo.toml")) || f.location.file.endsWith(join("cli", "Cargo.toml"))])).toEqual([
      ["api", true],
      ["cli", true],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it("one member inheriting an entry twice keeps a finding at each of its lines", () => {
    const rootToml = `[workspace]\nmembers = ["api"]\n\n[workspace.dependencies]\nwarp = "0.2"\n`;
    const api = `[package]\nname = "api"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nwarp.workspace = true\n\n[dev-dependencies]\nwarp.workspace = true\n`;
    const root = writeProject({ "Cargo.toml": rootToml, "api/Cargo.toml": api });
    const findings = runRule(outdatedRequirement, root, fakeRegistry([WARP]));
    expect(findings.map((f) => [f.member, f.location.file.endsWith(join("api", "Cargo.toml")), f.location.line])).toEqual([
      ["api", true, 7],
      ["api", true, 10],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
