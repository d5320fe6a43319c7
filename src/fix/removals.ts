/** Edits that remove an unused inline allow comment or an unused `[[ignore]]` entry, and nothing around them. */
import type { Span } from "../model/types.js";
import { lineContentEnd, lineStarts, offsetOf, type TextEdit } from "./text-edits.js";

const HEADER = /^[ \t]*\[/;

function lineText(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1];
  return start === undefined ? "" : text.slice(start, lineContentEnd(text, starts, line));
}

/** Removes whole lines `first..last` (1-based), line endings included. */
function removeLines(text: string, starts: readonly number[], first: number, last: number): TextEdit {
  // A byte order mark stays at the start of the file.
  const start = first === 1 && text.startsWith("\uFEFF") ? 1 : (starts[first - 1] as number);
  const end = starts[last] ?? text.length;
  // The last line of a file without a final newline: take the line break before it instead.
  if (starts[last] === undefined && first > 1) {
    const before = lineContentEnd(text, starts, first - 1);
    return { start: before, end, newText: "" };
  }
  return { start, end, newText: "" };
}

/** The comment at `span` (its `#` at span.column): its whole line when alone on it, else the comment and the blanks before it. */
export function removeComment(text: string, span: Span): TextEdit | null {
  const starts = lineStarts(text);
  const hash = offsetOf(text, starts, span.line, span.column);
  if (hash < 0 || text[hash] !== "#") return null;
  const lineStart = starts[span.line - 1] as number;
  const end = lineContentEnd(text, starts, span.line);
  if (text.slice(lineStart, hash).replace(/^\uFEFF/, "").trim() === "") {
    return removeLines(text, starts, span.line, span.line);
  }
  let start = hash;
  while (start > lineStart && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  return { start, end, newText: "" };
}

/**
 * The `[[ignore]]` table whose header is at `span`: the header and its keys up to the next table or the end of
 * the file, leaving comments and blank lines that lead into the next table. Null when `span` is not such a
 * header (an inline table in an `ignore = [...]` array is array-element.ts's).
 */
export function removeArrayTable(text: string, span: Span): TextEdit | null {
  const starts = lineStarts(text);
  const header = lineText(text, starts, span.line).replace(/^\uFEFF/, "");
  if (!/^[ \t]*\[\[/.test(header)) return null;
  let last = span.line;
  for (let line = span.line + 1; line <= starts.length; line++) {
    const content = lineText(text, starts, line);
    if (HEADER.test(content)) break;
    if (content.trim() !== "" && !content.trim().startsWith("#")) last = line;
  }
  // Multi-line values (arrays, multi-line strings) end on a line that may look like anything; the last line with
  // content before the next header closes the entry in every case.
  let through = last;
  const before = span.line > 1 ? lineText(text, starts, span.line - 1).trim() : "";
  const after = lineText(text, starts, last + 1);
  if ((span.line === 1 || before === "") && after.trim() === "" && last + 1 <= starts.length && starts[last] !== undefined) through = last + 1;
  return removeLines(text, starts, span.line, through);
}
