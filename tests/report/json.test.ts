import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { jsonReporter } from "../../src/report/json.js";
import { auditResult, context, finding, location, ROOT } from "../helpers/findings.js";

describe("json reporter", () => {
  const withEverything = finding({
    severity: "error",
    location: location({ file: join(ROOT, "crates", "app", "Cargo.toml"), line: 7, column: 1, endLine: 7, endColumn: 9 }),
    relatedLocations: [location({ file: join(ROOT, "Cargo.toml"), line: 30, label: "workspace dependency" })],
    suggestion: "Migrate to axum",
    member: "app",
  });
  const bare = finding({ crate: { name: "warp" }, location: location({ line: 2 }) });
  // Per test rather than at collection time, so that mutation testing sees which tests read this code.
  let output: string;
  let report: any; // parsed JSON, read field by field below
  beforeEach(() => {
    output = jsonReporter(auditResult([withEverything, bare], [{ level: "note", message: "offline" }]), context({ tool: { name: "cargo-sunset", version: "9.8.7", informationUri: "https://example.test/x" } }));
    report = JSON.parse(output);
  });

  it("is pretty-printed with a trailing newline", () => {
    expect(output.endsWith("}\n")).toBe(true);
    expect(output).toContain('\n  "schemaVersion": 1,');
  });

  it("has the versioned top-level shape", () => {
    expect(Object.keys(report)).toEqual(["schemaVersion", "tool", "findings", "plan", "notes", "summary", "data"]);
    expect(report.data).toEqual({ catalog: { asOf: "2026-01-01" }, advisoryDatabase: { source: "embedded", date: "2026-01-01", advisories: 0 } });
    expect(report.tool).toEqual({ name: "cargo-sunset", version: "9.8.7" });
    expect(report.summary).toEqual({ errors: 1, warnings: 1, notes: 0, total: 2, workspaces: 1 });
    expect(report.notes).toEqual([{ level: "note", message: "offline" }]);
  });

  it("writes findings sorted, with POSIX paths relative to cwd", () => {
    expect(report.findings.map((f: { location: { file: string } }) => f.location.file)).toEqual(["Cargo.toml", "crates/app/Cargo.toml"]);
    expect(report.findings[1]).toEqual({
      ruleId: "declining-crate",
      severity: "error",
      message: withEverything.message,
      crate: { name: "tide", version: "0.16.0", req: "^0.16" },
      location: { file: "crates/app/Cargo.toml", line: 7, column: 1, endLine: 7, endColumn: 9 },
      relatedLocations: [{ file: "Cargo.toml", line: 30, column: 1, endLine: 30, endColumn: 5, label: "workspace dependency" }],
      suggestion: "Migrate to axum",
      member: "app",
      fingerprint: withEverything.fingerprint,
    });
  });

  it("leaves out optional fields that are absent", () => {
    expect(Object.keys(report.findings[0])).toEqual(["ruleId", "severity", "message", "crate", "location", "relatedLocations", "fingerprint"]);
    expect(report.findings[0].crate).toEqual({ name: "warp" });
  });

  it("carries the advisory of a finding as it is", () => {
    const advisory = { id: "RUSTSEC-2024-0001", kind: "unmaintained" as const, title: "gone", date: "2024-01-01", url: "https://rustsec.org/advisories/RUSTSEC-2024-0001", aliases: [], patched: [] };
    const out = JSON.parse(jsonReporter(auditResult([finding({ ruleId: "unmaintained", advisory })]), context())) as { findings: Array<{ advisory?: unknown }> };
    expect(out.findings[0]!.advisory).toEqual(advisory);
  });
});
