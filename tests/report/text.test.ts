import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { textReporter } from "../../src/report/text.js";
import { auditResult, context, finding, location, ROOT } from "../helpers/findings.js";

const ANSI = /\u001b\[/;

describe("text reporter", () => {
  const findings = [
    finding({ location: location({ file: join(ROOT, "crates", "b", "Cargo.toml"), line: 12, column: 5 }) }),
    finding({
      ruleId: "outdated-major",
      crate: { name: "hyper" },
      severity: "error",
      message: "hyper 0.14 is two majors behind",
      location: location({ line: 3 }),
      suggestion: "Upgrade to hyper 1",
      relatedLocations: [location({ file: join(ROOT, "Cargo.lock"), line: 40, label: "Cargo.lock entry" })],
    }),
    finding({ severity: "note", location: location({ line: 120, column: 17 }) }),
  ];
  // Per test rather than at collection time, so that mutation testing sees which tests read this code.
  let out: string;
  let lines: string[];
  beforeEach(() => {
    out = textReporter(auditResult(findings), context());
    lines = out.split("\n");
  });

  it("groups findings under relative POSIX file headings, sorted", () => {
    expect(lines.filter((l) => l && !l.startsWith(" "))).toEqual([
      "Cargo.toml",
      "crates/b/Cargo.toml",
      "3 problems (1 error, 1 warning, 1 note)",
      "Data: catalog as of 2026-01-01; RustSec advisory database of 2026-01-01 (embedded, 0 advisories)",
    ]);
  });

  it("aligns position, severity, message and rule id within a file", () => {
    const rows = lines.slice(1, lines.indexOf(""));
    const findingRows = rows.filter((l) => /^\s+\d+:\d+/.test(l));
    expect(findingRows).toHaveLength(2);
    expect(findingRows[0]).toMatch(/^ {2}3:1 {5}error {2}hyper 0\.14 is two majors behind {2}outdated-major$/);
    const ruleColumns = findingRows.map((row, i) => row.lastIndexOf(i === 0 ? "outdated-major" : "declining-crate"));
    expect(new Set(ruleColumns).size).toBe(1);
    expect(findingRows[1]!.indexOf("note")).toBe(findingRows[0]!.indexOf("error"));
  });

  it("indents the suggestion and related locations under the message", () => {
    const messageColumn = lines[1]!.indexOf("hyper 0.14");
    const suggestion = lines.find((l) => l.includes("Upgrade to hyper 1"))!;
    expect(suggestion.indexOf("Upgrade")).toBe(messageColumn);
    const related = lines.find((l) => l.includes("Cargo.lock:40"))!;
    expect(related.trim()).toBe("Cargo.lock entry: Cargo.lock:40");
    expect(related.indexOf("Cargo.lock entry")).toBe(messageColumn);
  });

  it("prints tool notes after the findings and before the summary", () => {
    const text = textReporter(auditResult(findings, [{ level: "warning", message: "crates.io unreachable" }]), context());
    const notes = text.indexOf("Notes\n  warning  crates.io unreachable");
    expect(notes).toBeGreaterThan(text.indexOf("crates/b/Cargo.toml"));
    expect(notes).toBeLessThan(text.indexOf("3 problems"));
  });

  it("says 'no problems' for a clean run", () => {
    expect(textReporter(auditResult([]), context())).toBe("no problems\nData: catalog as of 2026-01-01; RustSec advisory database of 2026-01-01 (embedded, 0 advisories)\n");
  });

  it("colors only when asked", () => {
    expect(out).not.toMatch(ANSI);
    expect(textReporter(auditResult(findings), context({ color: true }))).toMatch(ANSI);
  });
});
