/** GitHub Actions workflow commands (`::error file=...::message`), escaped exactly as actions/toolkit does. */
import { SEVERITIES, type Finding, type Location, type Severity, type ToolNote } from "../engine/types.js";
import { placeFinding } from "./lockfile-location.js";
import { toPosixRelative } from "./paths.js";
import { countSeverities, describeCounts, sortFindings, sortNotes } from "./severity.js";
import type { Reporter, ReportContext } from "./types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", note: "notice" };

/** Message escaping of actions/toolkit `escapeData` (`%` first so escapes are not escaped again). */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property escaping of actions/toolkit `escapeProperty`: also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

type Properties = Array<[name: string, value: string | number | undefined]>;

/** One workflow command line; empty properties are left out as the toolkit does. */
export function formatCommand(command: string, properties: Properties, message: string): string {
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** The runner shows at most 10 annotations of each type per step and drops the rest silently. */
export const ANNOTATIONS_PER_TYPE = 10;

interface Annotation {
  level: Severity;
  line: string;
}

/**
 * Errors, then warnings, then notices, at most ten of each; when any were left out, the last notice says how many
 * and where the full list is (the job summary, written beside this output, and the SARIF report).
 */
export const githubReporter: Reporter = (result, ctx) => {
  const all: Annotation[] = [
    ...sortFindings(result.findings).map((finding) => ({ level: finding.severity, line: findingCommand(finding, ctx) })),
    ...sortNotes(result.notes).map((note) => ({ level: note.level, line: noteCommand(note, ctx) })),
  ];
  const byLevel = (level: Severity) => all.filter((a) => a.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  const notices = byLevel("note");
  const overflow = errors.length > ANNOTATIONS_PER_TYPE || warnings.length > ANNOTATIONS_PER_TYPE || notices.length > ANNOTATIONS_PER_TYPE;
  const noticeRoom = overflow ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE;
  const shown = [...errors.slice(0, ANNOTATIONS_PER_TYPE), ...warnings.slice(0, ANNOTATIONS_PER_TYPE), ...notices.slice(0, noticeRoom)];
  const lines = shown.map((a) => a.line);
  if (overflow) {
    const left = { error: errors.length - ANNOTATIONS_PER_TYPE, warning: warnings.length - ANNOTATIONS_PER_TYPE, note: notices.length - noticeRoom };
    const parts = SEVERITIES.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? "" : "s"}`);
    const total = all.length - shown.length;
    lines.push(
      formatCommand("notice", [["title", `${ctx.tool.name}: ${total} more not annotated`]], `${total} more finding(s) and message(s) are not annotated (${parts.join(", ")}): GitHub shows ${ANNOTATIONS_PER_TYPE} annotations of each type per step. The job summary lists every finding.`),
    );
  }
  // The log also gets a plain count.
  lines.push(describeCounts(countSeverities(result.findings)));
  return lines.join("\n") + "\n";
};

function findingCommand(finding: Finding, ctx: ReportContext): string {
  const message = finding.suggestion ? `${finding.message}\n${finding.suggestion}` : finding.message;
  const title = `${finding.ruleId}: ${finding.crate.name}`;
  const { location } = placeFinding(finding, ctx.readLockfile);
  return formatCommand(COMMAND[finding.severity], [...locationProperties(location, ctx), ["title", title]], message);
}

function noteCommand(note: ToolNote, ctx: ReportContext): string {
  return formatCommand(COMMAND[note.level], note.location ? locationProperties(note.location, ctx) : [], note.message);
}

function locationProperties(location: Location, ctx: ReportContext): Properties {
  return [
    ["file", toPosixRelative(location.file, ctx.cwd)],
    ["line", location.line],
    ["col", location.column],
    ["endLine", location.endLine],
    ["endColumn", location.endColumn],
  ];
}
