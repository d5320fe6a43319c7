/** GitHub Actions workflow commands (`::error file=...::message`), escaped exactly as actions/toolkit does. */
import type { Finding, Location, Severity, ToolNote } from "../engine/types.js";
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

export const githubReporter: Reporter = (result, ctx) => {
  const lines = sortFindings(result.findings).map((finding) => findingCommand(finding, ctx));
  lines.push(...sortNotes(result.notes).map((note) => noteCommand(note, ctx)));
  // Runners show only a few annotations per step, so the log also gets a plain count.
  lines.push(describeCounts(countSeverities(result.findings)));
  return lines.join("\n") + "\n";
};

function findingCommand(finding: Finding, ctx: ReportContext): string {
  const message = finding.suggestion ? `${finding.message}\n${finding.suggestion}` : finding.message;
  const title = `${finding.ruleId}: ${finding.crate.name}`;
  return formatCommand(COMMAND[finding.severity], [...locationProperties(finding.location, ctx), ["title", title]], message);
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
