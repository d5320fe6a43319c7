import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { textReporter } from "../../src/report/text.js";
import { auditResult, context, fakeCatalog, finding, location, ROOT } from "../helpers/findings.js";

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

describe("text reporter colors, --quiet and notes", () => {
  const at = (severity: "error" | "warning" | "note", line: number) => finding({ severity, crate: { name: `c${line}` }, location: location({ line }) });
  const DATA = "Data: catalog as of 2026-01-01; RustSec advisory database of 2026-01-01 (embedded, 0 advisories)";

  it("paints each level in its color, and the summary red with errors, yellow with warnings, else green", () => {
    const colored = (findings: ReturnType<typeof at>[]) => textReporter(auditResult(findings), context({ color: true }));
    const mixed = colored([at("error", 1), at("warning", 2), at("note", 3)]);
    expect(mixed).toContain("\u001b[31merror  \u001b[39m");
    expect(mixed).toContain("\u001b[33mwarning\u001b[39m");
    expect(mixed).toContain("\u001b[34mnote   \u001b[39m");
    expect(mixed).toContain("\u001b[1m\u001b[31m3 problems (1 error, 1 warning, 1 note)\u001b[39m\u001b[22m");
    expect(colored([at("warning", 2), at("note", 3)])).toContain("\u001b[1m\u001b[33m2 problems");
    expect(colored([at("note", 3)])).toContain("\u001b[1m\u001b[32m1 problem");
    expect(colored([])).toBe(`\u001b[1m\u001b[32mno problems\u001b[39m\u001b[22m\n\u001b[2m${DATA}\u001b[22m\n`);
  });

  it("says what --quiet hid, in the singular for one, and nothing when it hid nothing", () => {
    const summary = (hidden: { findings: number; notes: number }) =>
      textReporter({ ...auditResult([]), hidden: { ...hidden, below: "warning" } }, context()).split("\n")[0];
    expect(summary({ findings: 2, notes: 1 })).toBe("no problems (--quiet hid 2 findings below warning and 1 note about the run)");
    expect(summary({ findings: 1, notes: 0 })).toBe("no problems (--quiet hid 1 finding below warning and 0 notes about the run)");
    expect(summary({ findings: 0, notes: 3 })).toBe("no problems (--quiet hid 0 findings below warning and 3 notes about the run)");
    expect(summary({ findings: 0, notes: 0 })).toBe("no problems");
  });

  it("aligns the notes' levels, most severe first, with the file and line where a note has one", () => {
    const notes = [
      { level: "note" as const, message: "lockfile is old" },
      { level: "error" as const, message: "registry down", location: location({ file: join(ROOT, "crates", "a", "Cargo.toml"), line: 4 }) },
    ];
    expect(textReporter(auditResult([], notes), context())).toBe(`Notes\n  error  registry down  crates/a/Cargo.toml:4\n  note   lockfile is old\n\nno problems\n${DATA}\n`);
  });

  it("names the advisory database's commit, shortened, when it has one", () => {
    const catalog = { ...fakeCatalog(), advisoryDatabase: { source: "git", date: "2026-02-03", commit: "0123456789abcdef", count: 7 } };
    expect(textReporter(auditResult([]), context({ catalog }))).toBe(
      "no problems\nData: catalog as of 2026-01-01; RustSec advisory database of 2026-02-03 (commit 01234567, git, 7 advisories)\n",
    );
  });

  it("lists a related location without a label as `see`", () => {
    const out = textReporter(auditResult([finding({ relatedLocations: [location({ file: join(ROOT, "Cargo.lock"), line: 9 })] })]), context());
    expect(out.split("\n")[2]!.trim()).toBe("see Cargo.lock:9");
  });
});
