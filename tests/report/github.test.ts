import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatCommand, githubReporter } from "../../src/report/github.js";
import { auditResult, context, finding, location, ROOT } from "../helpers/findings.js";

/** The runner's parsing (ActionCommand.cs): split properties on `,`, each on its first `=`, then unescape. */
function parseCommand(line: string) {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (value: string) =>
    value.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const properties = Object.fromEntries(
    (match[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf("=");
        return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
      }),
  );
  return { command: match[1], properties, message: unescape(match[3]!) };
}

describe("workflow command escaping", () => {
  it("escapes % first, then CR and LF, in messages", () => {
    expect(escapeData("100%\r\ndone")).toBe("100%25%0D%0Adone");
    expect(escapeData("literal %0A")).toBe("literal %250A");
    expect(escapeData("a: b, c")).toBe("a: b, c");
  });

  it("also escapes : and , in properties, but not =", () => {
    expect(escapeProperty("a:b,c=d%\n")).toBe("a%3Ab%2Cc=d%25%0A");
  });

  it("omits empty properties and the property list when none remain", () => {
    expect(formatCommand("notice", [["file", ""], ["line", undefined]], "hi")).toBe("::notice::hi");
  });

  it("round-trips hostile text through the runner's parser", () => {
    const nasty = "x%0A,y:z\r\n::error::injected";
    const line = formatCommand("warning", [["file", "a,b:c.toml"], ["title", nasty]], nasty);
    expect(line.split("\n")).toHaveLength(1);
    expect(parseCommand(line)).toEqual({ command: "warning", properties: { file: "a,b:c.toml", title: nasty }, message: nasty });
  });
});

describe("github reporter", () => {
  it("annotates each finding at its location relative to cwd, with the suggestion on a second line", () => {
    const f = finding({
      severity: "error",
      location: location({ file: join(ROOT, "crates", "app", "Cargo.toml"), line: 12, column: 1, endLine: 12, endColumn: 15 }),
      suggestion: "Use axum: it is maintained, and Tower-based",
    });
    const [line] = githubReporter(auditResult([f]), context({ cwd: join(ROOT, "crates") })).split("\n");
    expect(line).toBe(
      "::error file=app/Cargo.toml,line=12,col=1,endLine=12,endColumn=15,title=declining-crate%3A tide::" +
        "`tide` is no longer maintained%0AUse axum: it is maintained, and Tower-based",
    );
  });

  it("maps severities to error, warning and notice, errors first", () => {
    const findings = (["note", "warning", "error"] as const).map((severity, i) => finding({ severity, location: location({ line: i + 1 }) }));
    const commands = githubReporter(auditResult(findings), context())
      .split("\n")
      .filter((l) => l.startsWith("::"))
      .map((l) => parseCommand(l).command);
    expect(commands).toEqual(["error", "warning", "notice"]);
  });

  it("stays within the runner's 10 annotations per type and summarises the rest in one notice", () => {
    const many = (severity: "error" | "warning" | "note", count: number) =>
      Array.from({ length: count }, (_, i) => finding({ severity, crate: { name: `${severity}-${i}` }, location: location({ line: i + 1 }) }));
    const result = auditResult([...many("note", 30), ...many("warning", 12), ...many("error", 3)], [{ level: "note", message: "no lockfile" }]);
    const commands = githubReporter(result, context())
      .split("\n")
      .filter((l) => l.startsWith("::"))
      .map(parseCommand);
    const kinds = commands.map((c) => c.command);
    expect(kinds.filter((k) => k === "error")).toHaveLength(3);
    expect(kinds.filter((k) => k === "warning")).toHaveLength(10);
    expect(kinds.filter((k) => k === "notice")).toHaveLength(10);
    // Errors, then warnings, then notices; the last notice is the summary of what was left out.
    expect(kinds).toEqual([...Array(3).fill("error"), ...Array(10).fill("warning"), ...Array(10).fill("notice")]);
    const summary = commands.at(-1)!;
    expect(summary.properties.file).toBeUndefined();
    // 2 warnings and 30 + 1 - 9 notices were not annotated.
    expect(summary.message).toContain("24 more finding(s) and message(s) are not annotated (2 warnings, 22 notes)");
    expect(summary.message).toContain("job summary");
  });

  it("adds no summary notice when everything fits", () => {
    const out = githubReporter(auditResult(Array.from({ length: 10 }, (_, i) => finding({ severity: "note", crate: { name: `c${i}` } }))), context());
    expect(out).not.toContain("not annotated");
    expect(out.split("\n").filter((l) => l.startsWith("::notice"))).toHaveLength(10);
  });

  it("turns tool notes into notices and warnings, with a file when they have one", () => {
    const notes = [
      { level: "note" as const, message: "lockfile missing", location: location({ line: 1, file: join(ROOT, "Cargo.toml") }) },
      { level: "warning" as const, message: "crates.io: unreachable, 50% of crates skipped" },
    ];
    const lines = githubReporter(auditResult([], notes), context()).trimEnd().split("\n");
    expect(lines[0]).toBe("::warning::crates.io: unreachable, 50%25 of crates skipped");
    expect(parseCommand(lines[1]!)).toEqual({
      command: "notice",
      properties: { file: "Cargo.toml", line: "1", col: "1", endLine: "1", endColumn: "5" },
      message: "lockfile missing",
    });
  });

  it("ends with a plain summary line that is not a command", () => {
    const out = githubReporter(auditResult([finding(), finding({ severity: "error", location: location({ line: 9 }) })]), context());
    expect(out.endsWith("\n")).toBe(true);
    expect(out.trimEnd().split("\n").at(-1)).toBe("2 problems (1 error, 1 warning, 0 notes)");
  });
  it("overflows on any one type: the summary notice names only what was left out, in the singular for one", () => {
    const many = (severity: "error" | "warning" | "note", count: number) =>
      Array.from({ length: count }, (_, i) => finding({ severity, crate: { name: `${severity}-${i}` }, location: location({ line: i + 1 }) }));
    const lines = (findings: ReturnType<typeof many>) => githubReporter(auditResult(findings), context()).trimEnd().split("\n");
    const summary = (left: number, parts: string) =>
      `::notice title=cargo-sunset%3A ${left} more not annotated::${left} more finding(s) and message(s) are not annotated (${parts}): ` +
      "GitHub shows 10 annotations of each type per step. The job summary lists every finding.";

    const errors = lines([...many("error", 11), ...many("warning", 10)]);
    expect(errors.filter((l) => l.startsWith("::error"))).toHaveLength(10);
    expect(errors.filter((l) => l.startsWith("::warning"))).toHaveLength(10);
    // The first ten errors in report order are the ones shown.
    expect(errors.filter((l) => l.startsWith("::error")).map((l) => /title=declining-crate%3A (\S+)::/.exec(l)?.[1])).toEqual(
      Array.from({ length: 10 }, (_, i) => `error-${i}`),
    );
    expect(errors.at(-2)).toBe(summary(1, "1 error"));

    expect(lines([...many("error", 10), ...many("warning", 11)]).at(-2)).toBe(summary(1, "1 warning"));
    const notes = lines(many("note", 11));
    expect(notes.filter((l) => l.startsWith("::notice"))).toHaveLength(10);
    expect(notes.at(-2)).toBe(summary(2, "2 notes"));
    expect(lines([...many("error", 12), ...many("warning", 13), ...many("note", 10)]).at(-2)).toBe(summary(6, "2 errors, 3 warnings, 1 note"));

    const full = lines([...many("error", 10), ...many("warning", 10), ...many("note", 10)]);
    expect(full).toHaveLength(31);
    expect(full.join("\n")).not.toContain("not annotated");
  });
});
