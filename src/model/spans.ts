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
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Apostrophe = 39,
  Comma = 44,
  Dot = 46,
  Equals = 61,
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

/** Characters that end a bare key or a scalar value. */
function isDelimiter(c: number): boolean {
  return (
    c === Char.Space || c === Char.Tab || c === Char.Newline || c === Char.Return || c === Char.Dot || c === Char.Equals ||
    c === Char.Comma || c === Char.Hash || c === Char.OpenBracket || c === Char.CloseBracket ||
    c === Char.OpenBrace || c === Char.CloseBrace || c === Char.Quote || c === Char.Apostrophe || Number.isNaN(c)
  );
}

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

  private newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  /** Spaces and tabs only. */
  private skipBlanks(): void {
    for (let c = this.at(); c === Char.Space || c === Char.Tab; c = this.at()) this.pos++;
  }

  /** Blanks, comments and line breaks (between top-level items, inside arrays and TOML 1.1 inline tables). */
  private skipTrivia(): void {
    for (;;) {
      const c = this.at();
      if (c === Char.Space || c === Char.Tab || c === Char.Return) this.pos++;
      else if (c === Char.Newline) this.newline();
      else if (c === Char.Hash) this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    const end = this.text.indexOf("\n", this.pos);
    this.pos = end < 0 ? this.text.length : end;
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
      while (!isDelimiter(this.at())) this.pos++;
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
    let i = from;
    for (let c = this.text.charCodeAt(i); c !== Char.Quote && !Number.isNaN(c); c = this.text.charCodeAt(i)) {
      i += c === Char.Backslash ? 2 : 1;
    }
    return i;
  }

  /** Skips a multi-line string opened by three `quote`s at pos, counting its lines. */
  private skipMultilineString(quote: number): void {
    this.pos += 3;
    for (;;) {
      const c = this.at();
      if (Number.isNaN(c)) return;
      if (c === Char.Newline) this.newline();
      else if (c === Char.Backslash && quote === Char.Quote) this.pos += this.at(1) === Char.Newline ? 1 : 2;
      else if (c === quote && this.at(1) === quote && this.at(2) === quote) {
        this.pos += 3;
        // Up to two more quotes right before the delimiter belong to the contents.
        for (let extra = 0; extra < 2 && this.at() === quote; extra++) this.pos++;
        return;
      } else this.pos++;
    }
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
    while (!isDelimiter(this.at()) || this.at() === Char.Dot) this.pos++;
    const afterDate = this.at() === Char.Space && /^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(this.pos - 10, this.pos));
    if (afterDate && /\d/.test(this.text[this.pos + 1] ?? "")) {
      this.pos++;
      while (!isDelimiter(this.at()) || this.at() === Char.Dot) this.pos++;
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
