/**
 * Positions of keys in a TOML file. The fast parser (smol-toml) has no positions, so a second pass over the text
 * finds them, once per file and only for files where something is reported.
 *
 * The pass is a key scanner, not a parser: it runs on text that smol-toml has already accepted, reads keys and
 * table headers, and skips values (strings of every kind, arrays, inline tables, dates with a space) just well
 * enough to find the next key. A full position-preserving parse (toml-eslint-parser) took several times longer
 * on the first file of a run; tests compare both on every manifest in the repository and the corpus.
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

class KeyScanner {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Off inside arrays and under `[[...]]`, whose keys are passed over but never looked up. */
  private recording = true;
  readonly spans = new Map<string, Span>();

  constructor(private readonly text: string) {}

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

  private remember(path: string[], start: number): void {
    if (!this.recording) return;
    const id = path.join(SEP);
    if (this.spans.has(id)) return;
    const column = start - this.lineStart + 1;
    this.spans.set(id, { line: this.line, column, endLine: this.line, endColumn: column + (this.pos - start) });
  }

  /** One key segment: bare, "basic" or 'literal'. Records its span under `path` + segment. */
  private keySegment(path: string[]): void {
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
    path.push(name);
    this.remember(path, start);
  }

  /** A dotted key (`a."b".c`), each prefix recorded; returns the full path. */
  private key(prefix: string[]): string[] {
    const path = [...prefix];
    for (;;) {
      this.skipBlanks();
      this.keySegment(path);
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
  private value(path: string[]): void {
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
  private keyValue(prefix: string[]): void {
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
  private header(): string[] | null {
    const arrayOfTables = this.at(1) === Char.OpenBracket;
    this.pos += arrayOfTables ? 2 : 1;
    this.recording = !arrayOfTables;
    const path = this.key([]);
    this.skipBlanks();
    this.pos += arrayOfTables ? 2 : 1;
    return arrayOfTables ? null : path;
  }

  scan(): Map<string, Span> {
    let table: string[] | null = [];
    for (;;) {
      this.skipTrivia();
      const c = this.at();
      if (Number.isNaN(c)) return this.spans;
      const before = this.pos;
      if (c === Char.OpenBracket) {
        table = this.header();
      } else {
        this.recording = table !== null;
        this.keyValue(table ?? []);
      }
      if (this.pos === before) this.pos++; // never stall on text the scanner does not understand
    }
  }
}

/** Map from joined key path to the span of the last key segment, first definition wins. */
export function indexKeySpans(text: string): Map<string, Span> {
  return new KeyScanner(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).scan();
}

/** Lazily indexes files and answers span lookups by key path. */
export class SpanLocator {
  private readonly indexes = new Map<string, Map<string, Span>>();

  constructor(private readonly readText: (path: string) => string) {}

  spanOf(file: string, keyPath: string[]): Span | undefined {
    let index = this.indexes.get(file);
    if (!index) {
      index = indexKeySpans(this.readText(file));
      this.indexes.set(file, index);
    }
    return index.get(keyPath.join(SEP));
  }
}
