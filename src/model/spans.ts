/**
 * Positions of keys in a TOML file. The fast parser (smol-toml) has no positions, so a second pass over the text
 * finds them, once per file and only for files where something is reported.
 *
 * The pass is a key scanner, not a parser: it runs on text that smol-toml has already accepted, reads keys and
 * table headers, and skips values (strings of every kind, arrays, inline tables, dates with a space) just well
 * enough to find the next key. A full position-preserving parse (toml-eslint-parser) took several times longer
 * on the first file of a run; tests compare both on every manifest in the repository and the corpus.
 *
 * Time is linear in the text: key paths are carried as joined ids (never re-joined per segment), and a lookup
 * scans only as far as the first definition of the key it asks for, so a file where one dependency is reported
 * is read up to that dependency.
 */
import type { Span } from "./types.js";

const SEP = "\u0000";

const enum Char {
  Quote = 34,
  Apostrophe = 39,
  Comma = 44,
  Dot = 46,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

const ESCAPES: Record<string, string> = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", e: "\u001b", '"': '"', "\\": "\\" };

/** Decodes the escapes of a basic-string key (`"a\u0062"` is `ab`). */
function unescapeBasic(raw: string): string {
  return raw.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u4, u8, x2, c) => {
    const hex = u4 ?? u8 ?? x2;
    return hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : (ESCAPES[c] ?? c);
  });
}

// Token patterns, matched in place (sticky): a short-lived process runs them as native code, where a loop over
// characters would run interpreted.
const BLANKS = /[ \t]*/y;
const TRIVIA = /(?:[ \t\r\n]+|#[^\n]*)*/y;
const BARE = /[^ \t\r\n.=,#[\]{}"']*/y;
const BASIC_STRING = /"(?:[^"\\\n]|\\.)*"?/y;
const SCALAR = /[^ \t\r\n,#[\]{}"'=]*/y;
const DATE_THEN_TIME = /(?<=\d{4}-\d{2}-\d{2}) (?=\d)/y;

/** A key path as the id it is looked up by, plus its length (the empty path and `[""]` differ only there). */
interface KeyPath {
  id: string;
  depth: number;
}

const ROOT: KeyPath = { id: "", depth: 0 };

function child(parent: KeyPath, name: string): KeyPath {
  return { id: parent.depth === 0 ? name : parent.id + SEP + name, depth: parent.depth + 1 };
}

/** Thrown by a scanner with a segment limit at the first segment beyond it. */
class OverlongKey {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {}
}

class KeyScanner {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Off inside arrays and under `[[...]]`, whose keys are passed over but never looked up. */
  private recording = true;
  readonly spans = new Map<string, Span>();

  /** The table the next top-level key-value belongs to (null under `[[...]]`). */
  private table: KeyPath | null = ROOT;

  constructor(
    private readonly text: string,
    private readonly segmentLimit = Infinity,
  ) {}

  private at(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  /** Advances over a match of the sticky `pattern` at pos (possibly empty). */
  private skip(pattern: RegExp): void {
    pattern.lastIndex = this.pos;
    if (pattern.test(this.text)) this.pos = pattern.lastIndex;
  }

  /** Marks the line breaks in [from, pos) as passed. */
  private countLines(from: number): void {
    for (let i = this.text.indexOf("\n", from); i >= 0 && i < this.pos; i = this.text.indexOf("\n", i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
  }

  /** Spaces and tabs only. */
  private skipBlanks(): void {
    this.skip(BLANKS);
  }

  /** Blanks, comments and line breaks (between top-level items, inside arrays and TOML 1.1 inline tables). */
  private skipTrivia(): void {
    const from = this.pos;
    this.skip(TRIVIA);
    this.countLines(from);
  }

  private remember(id: string, start: number): void {
    if (!this.recording) return;
    if (this.spans.has(id)) return;
    const column = start - this.lineStart + 1;
    this.spans.set(id, { line: this.line, column, endLine: this.line, endColumn: column + (this.pos - start) });
  }

  /** One key segment: bare, "basic" or 'literal'. Records its span under `parent` + segment; returns that path. */
  private keySegment(parent: KeyPath): KeyPath {
    const start = this.pos;
    const c = this.at();
    let name: string;
    if (c === Char.Quote) {
      const end = this.endOfBasicString(this.pos + 1);
      name = unescapeBasic(this.text.slice(this.pos + 1, end));
      this.pos = end + 1;
    } else if (c === Char.Apostrophe) {
      const end = this.text.indexOf("'", this.pos + 1);
      name = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      this.skip(BARE);
      name = this.text.slice(start, this.pos);
    }
    const path = child(parent, name);
    this.remember(path.id, start);
    return path;
  }

  /** A dotted key (`a."b".c`), each prefix recorded; returns the full path. */
  private key(prefix: KeyPath): KeyPath {
    let path = prefix;
    for (let segments = 1; ; segments++) {
      this.skipBlanks();
      if (segments > this.segmentLimit) throw new OverlongKey(this.line, this.pos - this.lineStart + 1);
      path = this.keySegment(path);
      this.skipBlanks();
      if (this.at() !== Char.Dot) return path;
      this.pos++;
    }
  }

  /** Index of the closing quote of a single-line basic string whose contents start at `from`. */
  private endOfBasicString(from: number): number {
    BASIC_STRING.lastIndex = from - 1;
    BASIC_STRING.test(this.text);
    return BASIC_STRING.lastIndex - 1;
  }

  /** Skips a multi-line string opened by three `quote`s at pos, counting its lines. */
  private skipMultilineString(quote: number): void {
    const from = this.pos;
    const delimiter = quote === Char.Quote ? '"""' : "'''";
    let close = this.text.indexOf(delimiter, this.pos + 3);
    // In a basic string, a quote after an odd number of backslashes is escaped.
    while (close >= 0 && quote === Char.Quote && this.backslashesBefore(close) % 2 === 1) close = this.text.indexOf(delimiter, close + 1);
    this.pos = close < 0 ? this.text.length : close + 3;
    // Up to two more quotes right before the delimiter belong to the contents.
    for (let extra = 0; extra < 2 && this.at() === quote; extra++) this.pos++;
    this.countLines(from);
  }

  private backslashesBefore(index: number): number {
    let count = 0;
    while (this.text.charCodeAt(index - 1 - count) === Char.Backslash) count++;
    return count;
  }

  /** Skips one value, recording the keys of an inline table under `path` (the key-value's own path). */
  private value(path: KeyPath): void {
    const c = this.at();
    if (c === Char.Quote || c === Char.Apostrophe) {
      if (this.at(1) === c && this.at(2) === c) this.skipMultilineString(c);
      else if (c === Char.Quote) this.pos = this.endOfBasicString(this.pos + 1) + 1;
      else this.pos = this.text.indexOf("'", this.pos + 1) + 1;
    } else if (c === Char.OpenBracket) {
      this.pos++;
      const recording = this.recording;
      this.recording = false;
      this.items(Char.CloseBracket, () => this.value(path));
      this.recording = recording;
    } else if (c === Char.OpenBrace) {
      this.pos++;
      this.items(Char.CloseBrace, () => this.keyValue(path));
    } else {
      this.scalar();
    }
  }

  /** `key = value` under the table (or inline table) at `prefix`. */
  private keyValue(prefix: KeyPath): void {
    const path = this.key(prefix);
    this.skipBlanks();
    this.pos++; // =
    this.skipBlanks();
    this.value(path);
  }

  /** Comma-separated items up to `close`, trivia allowed between them. */
  private items(close: number, item: () => void): void {
    for (;;) {
      this.skipTrivia();
      const c = this.at();
      if (c === close || Number.isNaN(c)) {
        this.pos++;
        return;
      }
      if (c === Char.Comma) {
        this.pos++;
        continue;
      }
      const before = this.pos;
      item();
      if (this.pos === before) this.pos++; // never stall on text the scanner does not understand
    }
  }

  /** Numbers, booleans, dates and times; a date and a time may be separated by one space. */
  private scalar(): void {
    this.skip(SCALAR);
    DATE_THEN_TIME.lastIndex = this.pos;
    if (DATE_THEN_TIME.test(this.text)) {
      this.pos++;
      this.skip(SCALAR);
    }
  }

  /** `[a.b]` records a and a.b and returns the path; `[[a]]` records nothing (its tables hold no keys we look up). */
  private header(): KeyPath | null {
    const arrayOfTables = this.at(1) === Char.OpenBracket;
    this.pos += arrayOfTables ? 2 : 1;
    this.recording = !arrayOfTables;
    const path = this.key(ROOT);
    this.skipBlanks();
    this.pos += arrayOfTables ? 2 : 1;
    return arrayOfTables ? null : path;
  }

  /** Scans top-level items until `id` has a span (then returns it) or the text ends; resumable. */
  scanUntil(id?: string): Span | undefined {
    for (;;) {
      if (id !== undefined) {
        const found = this.spans.get(id);
        if (found) return found;
      }
      this.skipTrivia();
      const c = this.at();
      if (Number.isNaN(c)) return undefined;
      const before = this.pos;
      if (c === Char.OpenBracket) {
        this.table = this.header();
      } else {
        this.recording = this.table !== null;
        this.keyValue(this.table ?? ROOT);
      }
      if (this.pos === before) this.pos++; // never stall on text the scanner does not understand
    }
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Map from joined key path to the span of the last key segment, first definition wins. */
export function indexKeySpans(text: string): Map<string, Span> {
  const scanner = new KeyScanner(withoutBom(text));
  scanner.scanUntil();
  return scanner.spans;
}

/** Position of the first key segment beyond `limit` in one key (text that smol-toml accepted), or null. */
export function findOverlongKey(text: string, limit: number): { line: number; column: number } | null {
  try {
    new KeyScanner(withoutBom(text), limit).scanUntil();
    return null;
  } catch (error) {
    if (error instanceof OverlongKey) return { line: error.line, column: error.column };
    throw error;
  }
}

/** Position of the key at `keyPath`, or of its nearest written prefix; 1:1 when none. */
export function positionOfKey(text: string, keyPath: string[]): { line: number; column: number } {
  const spans = indexKeySpans(text);
  for (let n = keyPath.length; n > 0; n--) {
    const span = spans.get(keyPath.slice(0, n).join(SEP));
    if (span) return { line: span.line, column: span.column };
  }
  return { line: 1, column: 1 };
}

/** Answers span lookups by key path, reading each file only as far as the keys asked for so far. */
export class SpanLocator {
  private readonly scanners = new Map<string, KeyScanner>();

  constructor(private readonly readText: (path: string) => string) {}

  spanOf(file: string, keyPath: string[]): Span | undefined {
    let scanner = this.scanners.get(file);
    if (!scanner) {
      scanner = new KeyScanner(withoutBom(this.readText(file)));
      this.scanners.set(file, scanner);
    }
    return scanner.scanUntil(keyPath.join(SEP));
  }
}
