/** Edits as offsets into a file's text, applied back to front so earlier offsets stay valid. */
import type { Span } from "../model/types.js";

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Offsets of the first character of each line (after `\n`; a `\r` stays at the end of its line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Offset of a 1-based line and column (UTF-16 units, a leading byte order mark not counted), or -1 outside the text. */
export function offsetOf(text: string, starts: readonly number[], line: number, column: number): number {
  const lineStart = starts[line - 1];
  if (lineStart === undefined) return -1;
  const bom = line === 1 && text.startsWith("\uFEFF") ? 1 : 0;
  const offset = lineStart + bom + column - 1;
  return offset <= text.length ? offset : -1;
}

export function spanStartOffset(text: string, starts: readonly number[], span: Pick<Span, "line" | "column">): number {
  return offsetOf(text, starts, span.line, span.column);
}

/** End of the line's content: before its `\r\n` or `\n` (or the end of the text). */
export function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  const next = starts[line];
  if (next === undefined) return text.length;
  return text[next - 2] === "\r" ? next - 2 : next - 1;
}

/** Applies non-overlapping edits; an edit overlapping an earlier one is dropped (returned in `dropped`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; dropped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && edit.start < last.end) dropped.push(edit);
    else kept.push(edit);
  }
  let out = text;
  for (const edit of kept.reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return { text: out, dropped };
}
