/**
 * The remediation plan on a workspace whose declarations share a transitive crate: what each edit removes (a crate
 * that still arrives another way stays), the action per declaration, and the order of the edits.
 */
import { relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit.js";
import type { AuditResult } from "../../src/engine/types.js";
import { lockText } from "../helpers/rule-runner.js";
import { writeProject } from "../helpers/temp-project.js";

const MANIFEST = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\nrusoto = "0.15"\nrocket = "0.4"\nsurf = "2"\n';
const LOCK = lockText([
  { name: "app", version: "0.1.0", local: true, deps: ["tide", "rusoto", "rocket", "surf"] },
  { name: "tide", version: "0.16.0", deps: ["async-std", "http-types"] },
  { name: "http-types", version: "2.12.0" },
  { name: "surf", version: "2.3.2", deps: ["async-std"] },
  { name: "async-std", version: "1.12.0" },
  { name: "rusoto", version: "0.15.3", deps: ["hyper"] },
  { name: "hyper", version: "0.9.10", deps: ["term"] },
  { name: "term", version: "0.4.4" },
  { name: "rocket", version: "0.4.0" },
]);

let root: string;
let result: AuditResult;

beforeEach(async () => {
  root = writeProject({ "Cargo.toml": MANIFEST, "Cargo.lock": LOCK }, "plan-");
  const outcome = await runAudit({
    paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"),
    cli: { offline: true, cacheDir: root, rules: { vulnerability: "off", unsound: "off", "advisory-notice": "off" } }, registry: { env: { HOME: root } },
  });
  result = outcome.result;
});

describe("the plan of a workspace with several declining declarations", () => {
  it("finds the declining crates and what they bring", () => {
    expect(result.findings.map((f) => [f.ruleId, f.crate.name, f.severity, f.location.line])).toEqual([
      ["declining-crate", "tide", "error", 7],
      ["declining-transitive", "async-std", "warning", 7],
      ["declining-transitive", "http-types", "note", 7],
      ["declining-transitive", "hyper", "note", 8],
      ["declining-transitive", "term", "warning", 8],
      ["declining-crate", "rocket", "warning", 9],
      ["declining-crate", "surf", "error", 10],
    ]);
  });

  it("one edit per declaration, most findings first, then most severe; a crate still reached another way stays", () => {
    const plan = (result.plan ?? []).map((a) => ({
      ...a, target: { ...a.target, file: relative(root, a.target.file) },
      removes: a.removes.map((r) => `${r.crate} ${r.version} ${r.rules.join("+")}`),
    }));
    expect(plan).toEqual([
      // async-std also comes with surf: replacing tide does not remove it.
      { action: "replace", target: { crate: "tide", version: "0.16.0", file: "Cargo.toml", line: 7, column: 1 }, to: "axum",
        removes: ["tide 0.16.0 declining-crate", "http-types 2.12.0 declining-transitive"], findings: 2, severity: "error", basis: "lockfile" },
      // rusoto is not declining itself: removing it removes what it brings.
      { action: "remove", target: { crate: "rusoto", version: "0.15.3", file: "Cargo.toml", line: 8, column: 1 },
        removes: ["hyper 0.9.10 declining-transitive", "term 0.4.4 declining-transitive"], findings: 2, severity: "warning", basis: "lockfile" },
      { action: "replace", target: { crate: "surf", version: "2.3.2", file: "Cargo.toml", line: 10, column: 1 }, to: "reqwest",
        removes: ["surf 2.3.2 declining-crate"], findings: 1, severity: "error", basis: "lockfile" },
      // The catalog's verdict covers rocket <0.5: the edit is an upgrade past it.
      { action: "upgrade", target: { crate: "rocket", version: "0.4.0", file: "Cargo.toml", line: 9, column: 1 }, to: "0.5",
        removes: ["rocket 0.4.0 declining-crate"], findings: 1, severity: "warning", basis: "lockfile" },
    ]);
    expect(result.planRemoves).toBe(6);
  });
});
