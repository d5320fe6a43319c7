/**
 * The plan as the reporters word it, JSON fields that appear only when set, and the Markdown-to-text conversion
 * used for SARIF rule help: exact output on hand-built results.
 */
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AuditResult, PlanAction } from "../../src/engine/types.js";
import { jsonReporter } from "../../src/report/json.js";
import { markdownReporter } from "../../src/report/markdown.js";
import { absolutizeLinks, markdownToText } from "../../src/report/markdown-text.js";
import { describeAction, planHeadline } from "../../src/report/plan.js";
import { textReporter } from "../../src/report/text.js";
import { auditResult, context, finding, ROOT } from "../helpers/findings.js";

function action(crate: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    action: "replace", target: { crate, version: "1.0.0", file: join(ROOT, "Cargo.toml"), line: 7, column: 1 }, to: "axum",
    removes: [{ crate, version: "1.0.0", rules: ["declining-crate"] }], findings: 1, severity: "warning", basis: "lockfile", ...overrides,
  };
}

describe("plan wording", () => {
  it("says what each kind of edit does", () => {
    const cwd = ROOT;
    expect(describeAction(action("tide"), cwd)).toBe("replace tide 1.0.0 (Cargo.toml:7) with axum, per `cargo-sunset --explain tide`");
    expect(describeAction(action("tide", { to: undefined }), cwd)).toBe("replace tide 1.0.0 (Cargo.toml:7)");
    expect(describeAction(action("rocket", { action: "upgrade", to: "0.5" }), cwd)).toBe("upgrade rocket 1.0.0 (Cargo.toml:7) to 0.5, per `cargo-sunset --explain rocket`");
    expect(describeAction(action("hyper", { action: "upgrade", to: "1.0.0", basis: "registry" }), cwd)).toBe("upgrade hyper 1.0.0 (Cargo.toml:7) to 1.0.0 (registry data shows 1.0.0 drops them)");
    const unversioned = action("rusoto", { action: "remove", target: { crate: "rusoto", file: join(ROOT, "crates", "a", "Cargo.toml"), line: 3, column: 1 } });
    expect(describeAction(unversioned, cwd)).toBe("remove or replace rusoto (crates/a/Cargo.toml:3)");
  });

  it("headline: changes, findings removed and the total including hidden ones, singular and plural", () => {
    const one: AuditResult = { ...auditResult([finding()]), plan: [action("tide")], planRemoves: 1 };
    expect(planHeadline(one)).toBe("1 change removes 1 of 1 finding");
    const two: AuditResult = { ...auditResult([finding(), finding()]), plan: [action("a"), action("b")], planRemoves: 2, hidden: { findings: 3, notes: 0, below: "warning" } };
    expect(planHeadline(two)).toBe("2 changes remove 2 of 5 findings");
    expect(planHeadline(auditResult([]))).toBe("0 changes remove 0 of 0 findings");
  });

  let result: AuditResult;
  beforeEach(() => {
    const plan = Array.from({ length: 12 }, (_, i) => action(`c${i}`, {
      findings: i === 0 ? 2 : 1,
      removes: i === 0 ? [{ crate: "c0", version: "1.0.0", rules: ["declining-crate"] }, { crate: "dep", rules: ["declining-transitive"] }] : [{ crate: `c${i}`, version: "1.0.0", rules: ["declining-crate"] }],
    }));
    result = { ...auditResult([finding()]), plan, planRemoves: 13 };
  });

  it("text: numbered lines, at most ten, then how many more", () => {
    const lines = textReporter(result, context()).split("\n");
    const start = lines.indexOf("Plan: 12 changes remove 13 of 1 finding");
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 3)).toEqual([
      "  1. replace c0 1.0.0 (Cargo.toml:7) with axum, per `cargo-sunset --explain c0`: removes c0 1.0.0, dep (2 findings)",
      "  2. replace c1 1.0.0 (Cargo.toml:7) with axum, per `cargo-sunset --explain c1`: removes c1 1.0.0 (1 finding)",
    ]);
    expect(lines[start + 10]).toMatch(/^ {2}10\. replace c9 /);
    expect(lines[start + 11]).toBe("  and 2 more (--format json lists every one)");
    expect(lines[start + 12]).toBe("");
  });

  it("text: no 'more' line for ten edits or fewer, and no plan block without edits", () => {
    const ten = textReporter({ ...result, plan: result.plan!.slice(0, 10) }, context());
    expect(ten).not.toContain("more (--format json");
    expect(ten).toContain("  10. replace c9 ");
    expect(textReporter({ ...result, plan: [] }, context())).not.toContain("Plan:");
  });

  it("markdown: a table of every edit", () => {
    const md = markdownReporter({ ...result, plan: result.plan!.slice(0, 2) }, context());
    expect(md).toContain([
      "### Plan: 2 changes remove 13 of 1 finding",
      "",
      "| # | Change | Removes | Findings | Basis |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | replace c0 1.0.0 (Cargo.toml:7) with axum, per `cargo-sunset --explain c0` | c0 1.0.0, dep | 2 | lockfile |",
      "| 2 | replace c1 1.0.0 (Cargo.toml:7) with axum, per `cargo-sunset --explain c1` | c1 1.0.0 | 1 | lockfile |",
    ].join("\n"));
    expect(markdownReporter({ ...result, plan: [] }, context())).not.toContain("### Plan");
  });

  it("json: every edit with a relative file; `to` only when set", () => {
    const json = JSON.parse(jsonReporter({ ...result, plan: [result.plan![0]!, action("x", { action: "remove", to: undefined })] }, context()));
    expect(json.plan).toEqual([
      { action: "replace", target: { crate: "c0", version: "1.0.0", file: "Cargo.toml", line: 7, column: 1 }, to: "axum",
        removes: [{ crate: "c0", version: "1.0.0", rules: ["declining-crate"] }, { crate: "dep", rules: ["declining-transitive"] }], findings: 2, severity: "warning", basis: "lockfile" },
      { action: "remove", target: { crate: "x", version: "1.0.0", file: "Cargo.toml", line: 7, column: 1 },
        removes: [{ crate: "x", version: "1.0.0", rules: ["declining-crate"] }], findings: 1, severity: "warning", basis: "lockfile" },
    ]);
  });
});

describe("json finding fields", () => {
  it("carries optional fields only when the finding has them", () => {
    const full = finding({
      crate: { name: "tide", version: "0.16.0", versions: ["0.15.0", "0.16.0"], req: "^0.16" },
      suggestion: "Use axum", member: "api", members: ["api", "web"], messageId: "declining",
    });
    const bare = finding({ crate: { name: "tide" } });
    const json = JSON.parse(jsonReporter({ ...auditResult([full, bare]), hidden: { findings: 1, notes: 2, below: "warning" } }, context()));
    const [a, b] = json.findings;
    expect(a.crate).toEqual({ name: "tide", version: "0.16.0", versions: ["0.15.0", "0.16.0"], req: "^0.16" });
    expect([a.suggestion, a.member, a.members, a.messageId]).toEqual(["Use axum", "api", ["api", "web"], "declining"]);
    expect(b.crate).toEqual({ name: "tide" });
    expect(Object.keys(b).sort()).toEqual(["crate", "fingerprint", "location", "message", "relatedLocations", "ruleId", "severity"]);
    expect(Object.keys(b.location).sort()).toEqual(["column", "endColumn", "endLine", "file", "line"]);
    expect(json.summary).toEqual({ errors: 0, warnings: 2, notes: 0, total: 2, workspaces: 1, hidden: { findings: 1, notes: 2, below: "warning" } });
    expect(JSON.parse(jsonReporter(auditResult([]), context())).summary).toEqual({ errors: 0, warnings: 0, notes: 0, total: 0, workspaces: 1 });
  });

  it("notes: location only when set, relative", () => {
    const json = JSON.parse(jsonReporter(auditResult([], [
      { level: "note", message: "n" },
      { level: "warning", message: "w", location: { file: join(ROOT, "Cargo.toml"), line: 2, column: 1, endLine: 2, endColumn: 4 } },
    ]), context()));
    expect(json.notes).toEqual([
      { level: "warning", message: "w", location: { file: "Cargo.toml", line: 2, column: 1, endLine: 2, endColumn: 4 } },
      { level: "note", message: "n" },
    ]);
  });
});

describe("Markdown for rule help", () => {
  const base = "https://example.com/rules/x.md";

  it("resolves relative links (with titles), leaves absolute links and fenced code alone", () => {
    const md = [
      "See [the guide](../guides/a.md) and ![logo](img.png \"Logo\").",
      "Absolute: [site](https://x.org/p) and [mail](mailto:a@b.c).",
      "```",
      "[not a link](a.md)",
      "```",
      "After [b](b.md).",
    ].join("\n");
    expect(absolutizeLinks(md, base)).toBe([
      "See [the guide](https://example.com/guides/a.md) and ![logo](https://example.com/rules/img.png \"Logo\").",
      "Absolute: [site](https://x.org/p) and [mail](mailto:a@b.c).",
      "```",
      "[not a link](a.md)",
      "```",
      "After [b](https://example.com/rules/b.md).",
    ].join("\n"));
  });

  it("turns Markdown into plain text", () => {
    const md = [
      "## Why it matters ##",
      "#NoHeading",
      "Use `serde` and **bold** or __strong__ and *em* or _em_, not snake_case_name.",
      "A [link](https://a.b/c \"t\") and [https://a.b](https://a.b).",
      "* star item",
      "  + nested plus",
      "> quoted",
      ">quoted too",
      "~~~",
      "code *kept*",
      "~~~",
      "| a | b |",
    ].join("\n");
    expect(markdownToText(md)).toBe([
      "WHY IT MATTERS",
      "#NoHeading",
      "Use serde and bold or strong and em or em, not snake_case_name.",
      "A link (https://a.b/c) and https://a.b.",
      "- star item",
      "  - nested plus",
      "quoted",
      "quoted too",
      "    code *kept*",
      "| a | b |",
    ].join("\n"));
  });
});
