/**
 * The edit that removes one element (an inline table) of a TOML array, e.g. an unused entry of
 * `ignore = [{ ... }, { ... }]`, keeping the other elements, the comments and the layout:
 * - an element on lines of its own goes with those lines (a comment after it on its last line is about it);
 * - one written among others on a line goes with its comma and the blanks after it (the last one: with the comma
 *   and blanks before it, so a trailing comma style stays);
 * - an array left without elements and without comments becomes `[]`, its key kept.
 * Null when the element is laid out in a way this does not handle (a comma on another line): a person removes it.
 * Several elements of one array are removed by `removeArrayElements`, which runs these removals one after another.
 */
import { parseTOML } from "toml-eslint-parser";
import type { Span } from "../model/types.js";
import { lineContentEnd, lineStarts, offsetOf, type TextEdit } from "./text-edits.js";

interface Node {
  type: string;
  range: [number, number];
  body?: Node[];
  value?: Node;
  elements?: Node[];
}

/** The array holding an element that starts at `offset`, and the element's index in it. */
function findArray(node: Node | undefined, offset: number): { array: Node; index: number } | null {
  if (!node || node.range[0] > offset || node.range[1] <= offset) return null;
  if (node.type === "TOMLArray") {
    const index = (node.elements ?? []).findIndex((e) => e.range[0] === offset);
    if (index >= 0) return { array: node, index };
  }
  for (const child of [...(node.body ?? []), ...(node.elements ?? []), ...(node.value ? [node.value] : [])]) {
    const found = findArray(child, offset);
    if (found) return found;
  }
  return null;
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (isBlank(text[at])) at++;
  return at;
}

function blanksBefore(text: string, from: number): number {
  let at = from;
  while (at > 0 && isBlank(text[at - 1])) at--;
  return at;
}

/** Whole lines `first..last` (1-based) with their line endings; the last line of a file takes the break before it. */
function wholeLines(text: string, starts: readonly number[], first: number, last: number): [number, number] {
  const end = starts[last];
  if (end !== undefined) return [starts[first - 1] as number, end];
  return [first > 1 ? lineContentEnd(text, starts, first - 1) : (starts[first - 1] as number), text.length];
}

export function removeArrayElement(rawText: string, span: Span): TextEdit | null {
  const bom = rawText.startsWith("\uFEFF") ? 1 : 0;
  const text = rawText.slice(bom);
  const starts = lineStarts(text);
  const start = offsetOf(text, starts, span.line, span.column);
  if (start < 0 || text[start] !== "{") return null;
  let program: Node;
  try {
    program = parseTOML(text, { tomlVersion: "1.1" }) as unknown as Node;
  } catch {
    return null;
  }
  const found = findArray(program, start);
  if (!found) return null;
  const { array, index } = found;
  const elements = array.elements ?? [];
  const element = elements[index] as Node;
  const end = element.range[1];
  const next = elements[index + 1];
  const previous = elements[index - 1];
  // The element's own comma, on its line after it.
  const afterBlanks = skipBlanks(text, end);
  const comma = text[afterBlanks] === "," ? afterBlanks + 1 : undefined;
  if (next && comma === undefined) return null;

  let cut: [number, number];
  const firstLine = span.line;
  const lastLine = span.endLine;
  const lineStart = starts[firstLine - 1] as number;
  const restOfLine = text.slice(comma ?? end, lineContentEnd(text, starts, lastLine));
  const alone = text.slice(lineStart, start).trim() === "" && (restOfLine.trim() === "" || restOfLine.trim().startsWith("#"));
  if (alone) {
    cut = wholeLines(text, starts, firstLine, lastLine);
  } else if (next) {
    const after = skipBlanks(text, comma as number);
    // Nothing left on the line after it: take the blanks before it too, so no trailing blanks remain.
    const endsLine = text[after] === "\n" || text[after] === "\r" || text[after] === undefined;
    cut = [endsLine ? blanksBefore(text, start) : start, after];
  } else if (previous && !text.slice(previous.range[1], start).includes("#")) {
    cut = [previous.range[1], end];
  } else {
    cut = [blanksBefore(text, start), comma ?? end];
  }
  if (elements.length === 1) {
    const open = array.range[0] + 1;
    const close = array.range[1] - 1;
    const left = text.slice(open, cut[0]) + text.slice(cut[1], close);
    if (left.trim() === "") cut = [open, close];
  }
  return { start: cut[0] + bom, end: cut[1] + bom, newText: "" };
}

/**
 * Edits that remove several elements. The elements of one array are removed together, the last one first, each
 * from the array that the later removals left: two neighbours' own cuts would overlap. All of them stay inside the
 * array, so the result is one edit per array, over the array. `refused` lists the spans that nothing removes.
 */
export function removeArrayElements(rawText: string, spans: readonly Span[]): { edits: TextEdit[]; refused: Span[] } {
  const bom = rawText.startsWith("\uFEFF") ? 1 : 0;
  const text = rawText.slice(bom);
  const starts = lineStarts(text);
  let program: Node;
  try {
    program = parseTOML(text, { tomlVersion: "1.1" }) as unknown as Node;
  } catch {
    return { edits: [], refused: [...spans] };
  }
  const refused: Span[] = [];
  const byArray = new Map<Node, { span: Span; offset: number }[]>();
  for (const span of spans) {
    const offset = offsetOf(text, starts, span.line, span.column);
    const array = offset >= 0 ? findArray(program, offset)?.array : undefined;
    if (!array) {
      refused.push(span);
      continue;
    }
    byArray.set(array, [...(byArray.get(array) ?? []), { span, offset }]);
  }
  const edits: TextEdit[] = [];
  for (const [array, elements] of byArray) {
    let working = text;
    for (const { span } of elements.sort((a, b) => b.offset - a.offset)) {
      const edit = removeArrayElement(working, span);
      if (!edit) refused.push(span);
      else working = working.slice(0, edit.start) + edit.newText + working.slice(edit.end);
    }
    const [start, end] = array.range;
    const newText = working.slice(start, end - (text.length - working.length));
    if (newText !== text.slice(start, end)) edits.push({ start: start + bom, end: end + bom, newText });
  }
  return { edits, refused };
}
