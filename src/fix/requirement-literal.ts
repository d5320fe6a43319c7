/**
 * Finds the string literal holding a dependency's version requirement in a manifest's text, so an edit replaces
 * those characters alone: `tokio = "1"`, `tokio = { version = "1" }`, `[dependencies.tokio] version = "1"`.
 */
import { indexKeySpans } from "../model/spans.js";
import { lineStarts, spanStartOffset } from "./text-edits.js";
import type { Span } from "../model/types.js";

export interface RequirementLiteral {
  /** Offsets of the characters between the quotes. */
  start: number;
  end: number;
  /** The requirement as written. */
  raw: string;
}

const SEP = "\u0000";

/** Offset one past the key whose span is given: the span's end on its line. */
function keyEnd(text: string, starts: readonly number[], span: Span): number {
  return spanStartOffset(text, starts, { line: span.endLine, column: span.endColumn });
}

/** The one-line `"..."` or `'...'` literal after `key =` at `from`, or null when the value is anything else. */
function literalAfter(text: string, from: number): RequirementLiteral | null {
  const m = /^[ \t]*=[ \t]*(["'])/.exec(text.slice(from, from + 200));
  if (!m) return null;
  const quote = m[1] as string;
  const open = from + m[0].length;
  if (text.startsWith(quote.repeat(2), open)) return null; // empty or multi-line string: leave it alone
  const close = text.indexOf(quote, open);
  if (close < 0) return null;
  const raw = text.slice(open, close);
  if (/[\r\n\\]/.test(raw)) return null;
  return { start: open, end: close, raw };
}

/** The requirement literal of the entry at `keyPath`, or null when it is not a plain one-line string. */
export function findRequirementLiteral(text: string, keyPath: readonly string[], spans: Map<string, Span> = indexKeySpans(text)): RequirementLiteral | null {
  const starts = lineStarts(text);
  const versionKey = spans.get([...keyPath, "version"].join(SEP));
  if (versionKey) return literalAfter(text, keyEnd(text, starts, versionKey));
  const key = spans.get(keyPath.join(SEP));
  return key ? literalAfter(text, keyEnd(text, starts, key)) : null;
}
