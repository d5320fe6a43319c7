import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/errors.js
var UsageError = class extends Error {
  name = "UsageError";
};
var InputError = class extends Error {
  file;
  line;
  column;
  problem;
  name = "InputError";
  constructor(file, line, column, problem) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
  /** The same error with the file shown relative to `cwd` (or as given when outside it). */
  describe(relativize) {
    return `${relativize(this.file)}:${this.line}:${this.column}: ${this.problem}`;
  }
};

// dist/src/model/spans.js
var SEP = "\0";
var Char;
(function(Char2) {
  Char2[Char2["Quote"] = 34] = "Quote";
  Char2[Char2["Apostrophe"] = 39] = "Apostrophe";
  Char2[Char2["Comma"] = 44] = "Comma";
  Char2[Char2["Dot"] = 46] = "Dot";
  Char2[Char2["OpenBracket"] = 91] = "OpenBracket";
  Char2[Char2["Backslash"] = 92] = "Backslash";
  Char2[Char2["CloseBracket"] = 93] = "CloseBracket";
  Char2[Char2["OpenBrace"] = 123] = "OpenBrace";
  Char2[Char2["CloseBrace"] = 125] = "CloseBrace";
})(Char || (Char = {}));
var ESCAPES = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", e: "\x1B", '"': '"', "\\": "\\" };
function unescapeBasic(raw) {
  return raw.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u4, u8, x2, c) => {
    const hex = u4 ?? u8 ?? x2;
    return hex !== void 0 ? String.fromCodePoint(parseInt(hex, 16)) : ESCAPES[c] ?? c;
  });
}
var BLANKS = /[ \t]*/y;
var TRIVIA = /(?:[ \t\r\n]+|#[^\n]*)*/y;
var BARE = /[^ \t\r\n.=,#[\]{}"']*/y;
var BASIC_STRING = /"(?:[^"\\\n]|\\.)*"?/y;
var SCALAR = /[^ \t\r\n,#[\]{}"'=]*/y;
var DATE_THEN_TIME = /(?<=\d{4}-\d{2}-\d{2}) (?=\d)/y;
var ROOT = { id: "", depth: 0 };
function child(parent, name) {
  return { id: parent.depth === 0 ? name : parent.id + SEP + name, depth: parent.depth + 1 };
}
var OverlongKey = class {
  line;
  column;
  constructor(line, column) {
    this.line = line;
    this.column = column;
  }
};
var KeyScanner = class {
  text;
  segmentLimit;
  pos = 0;
  line = 1;
  lineStart = 0;
  /** Off inside arrays and under `[[...]]`, whose keys are passed over but never looked up. */
  recording = true;
  spans = /* @__PURE__ */ new Map();
  /** The table the next top-level key-value belongs to (null under `[[...]]`). */
  table = ROOT;
  constructor(text, segmentLimit = Infinity) {
    this.text = text;
    this.segmentLimit = segmentLimit;
  }
  at(offset = 0) {
    return this.text.charCodeAt(this.pos + offset);
  }
  /** Advances over a match of the sticky `pattern` at pos (possibly empty). */
  skip(pattern) {
    pattern.lastIndex = this.pos;
    if (pattern.test(this.text))
      this.pos = pattern.lastIndex;
  }
  /** Marks the line breaks in [from, pos) as passed. */
  countLines(from) {
    for (let i = this.text.indexOf("\n", from); i >= 0 && i < this.pos; i = this.text.indexOf("\n", i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
  }
  /** Spaces and tabs only. */
  skipBlanks() {
    this.skip(BLANKS);
  }
  /** Blanks, comments and line breaks (between top-level items, inside arrays and TOML 1.1 inline tables). */
  skipTrivia() {
    const from = this.pos;
    this.skip(TRIVIA);
    this.countLines(from);
  }
  remember(id, start) {
    if (!this.recording)
      return;
    if (this.spans.has(id))
      return;
    const column = start - this.lineStart + 1;
    this.spans.set(id, { line: this.line, column, endLine: this.line, endColumn: column + (this.pos - start) });
  }
  /** One key segment: bare, "basic" or 'literal'. Records its span under `parent` + segment; returns that path. */
  keySegment(parent) {
    const start = this.pos;
    const c = this.at();
    let name;
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
  key(prefix) {
    let path = prefix;
    for (let segments = 1; ; segments++) {
      this.skipBlanks();
      if (segments > this.segmentLimit)
        throw new OverlongKey(this.line, this.pos - this.lineStart + 1);
      path = this.keySegment(path);
      this.skipBlanks();
      if (this.at() !== Char.Dot)
        return path;
      this.pos++;
    }
  }
  /** Index of the closing quote of a single-line basic string whose contents start at `from`. */
  endOfBasicString(from) {
    BASIC_STRING.lastIndex = from - 1;
    BASIC_STRING.test(this.text);
    return BASIC_STRING.lastIndex - 1;
  }
  /** Skips a multi-line string opened by three `quote`s at pos, counting its lines. */
  skipMultilineString(quote) {
    const from = this.pos;
    const delimiter = quote === Char.Quote ? '"""' : "'''";
    let close = this.text.indexOf(delimiter, this.pos + 3);
    while (close >= 0 && quote === Char.Quote && this.backslashesBefore(close) % 2 === 1)
      close = this.text.indexOf(delimiter, close + 1);
    this.pos = close < 0 ? this.text.length : close + 3;
    for (let extra = 0; extra < 2 && this.at() === quote; extra++)
      this.pos++;
    this.countLines(from);
  }
  backslashesBefore(index) {
    let count = 0;
    while (this.text.charCodeAt(index - 1 - count) === Char.Backslash)
      count++;
    return count;
  }
  /** Skips one value, recording the keys of an inline table under `path` (the key-value's own path). */
  value(path) {
    const c = this.at();
    if (c === Char.Quote || c === Char.Apostrophe) {
      if (this.at(1) === c && this.at(2) === c)
        this.skipMultilineString(c);
      else if (c === Char.Quote)
        this.pos = this.endOfBasicString(this.pos + 1) + 1;
      else
        this.pos = this.text.indexOf("'", this.pos + 1) + 1;
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
  keyValue(prefix) {
    const path = this.key(prefix);
    this.skipBlanks();
    this.pos++;
    this.skipBlanks();
    this.value(path);
  }
  /** Comma-separated items up to `close`, trivia allowed between them. */
  items(close, item) {
    for (; ; ) {
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
      if (this.pos === before)
        this.pos++;
    }
  }
  /** Numbers, booleans, dates and times; a date and a time may be separated by one space. */
  scalar() {
    this.skip(SCALAR);
    DATE_THEN_TIME.lastIndex = this.pos;
    if (DATE_THEN_TIME.test(this.text)) {
      this.pos++;
      this.skip(SCALAR);
    }
  }
  /** `[a.b]` records a and a.b and returns the path; `[[a]]` records nothing (its tables hold no keys we look up). */
  header() {
    const arrayOfTables = this.at(1) === Char.OpenBracket;
    this.pos += arrayOfTables ? 2 : 1;
    this.recording = !arrayOfTables;
    const path = this.key(ROOT);
    this.skipBlanks();
    this.pos += arrayOfTables ? 2 : 1;
    return arrayOfTables ? null : path;
  }
  /** Scans top-level items until `id` has a span (then returns it) or the text ends; resumable. */
  scanUntil(id) {
    for (; ; ) {
      if (id !== void 0) {
        const found = this.spans.get(id);
        if (found)
          return found;
      }
      this.skipTrivia();
      const c = this.at();
      if (Number.isNaN(c))
        return void 0;
      const before = this.pos;
      if (c === Char.OpenBracket) {
        this.table = this.header();
      } else {
        this.recording = this.table !== null;
        this.keyValue(this.table ?? ROOT);
      }
      if (this.pos === before)
        this.pos++;
    }
  }
};
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function indexKeySpans(text) {
  const scanner = new KeyScanner(withoutBom(text));
  scanner.scanUntil();
  return scanner.spans;
}
function findOverlongKey(text, limit) {
  try {
    new KeyScanner(withoutBom(text), limit).scanUntil();
    return null;
  } catch (error) {
    if (error instanceof OverlongKey)
      return { line: error.line, column: error.column };
    throw error;
  }
}
function positionOfKey(text, keyPath) {
  const spans = indexKeySpans(text);
  for (let n = keyPath.length; n > 0; n--) {
    const span = spans.get(keyPath.slice(0, n).join(SEP));
    if (span)
      return { line: span.line, column: span.column };
  }
  return { line: 1, column: 1 };
}
var SpanLocator = class {
  readText;
  scanners = /* @__PURE__ */ new Map();
  constructor(readText) {
    this.readText = readText;
  }
  spanOf(file, keyPath) {
    let scanner = this.scanners.get(file);
    if (!scanner) {
      scanner = new KeyScanner(withoutBom(this.readText(file)));
      this.scanners.set(file, scanner);
    }
    return scanner.scanUntil(keyPath.join(SEP));
  }
};

// dist/src/model/toml-file.js
import { readFileSync } from "node:fs";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// dist/src/model/toml-file.js
var overlay = null;
function setSourceOverlay(next) {
  const previous = overlay;
  overlay = next;
  return previous;
}
function currentSourceOverlay() {
  return overlay;
}
var TOML_RECURSION_LIMIT = 80;
var I64_MIN = -(2n ** 63n);
var I64_MAX = 2n ** 63n - 1n;
var TomlTextError = class extends Error {
  problem;
  line;
  column;
  name = "TomlTextError";
  constructor(problem, line, column) {
    super(`${problem} (line ${line}, column ${column})`);
    this.problem = problem;
    this.line = line;
    this.column = column;
  }
};
function readTextFile(path) {
  const overridden = overlay?.text(path);
  if (overridden !== void 0)
    return overridden;
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = error.code;
    throw new InputError(path, 1, 1, code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(error)})`);
  }
  return decodeUtf8(path, bytes);
}
function decodeUtf8(path, bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(bad, 0)).split("\n");
    throw new InputError(path, before.length, (before[before.length - 1] ?? "").length + 1, "file is not valid UTF-8");
  }
}
function parseTomlText(text) {
  let data;
  try {
    data = parse(text, { maxDepth: TOML_RECURSION_LIMIT, integersAsBigInt: "asNeeded" });
  } catch (error) {
    if (!(error instanceof TomlError))
      throw error;
    const first = (error.message.split("\n")[0] ?? "invalid TOML").replace(/^Invalid TOML document: /, "");
    const problem2 = /excessively nested/.test(first) ? `cannot recurse further: arrays and inline tables nest at most ${TOML_RECURSION_LIMIT} deep` : first;
    throw new TomlTextError(problem2, error.line, error.column);
  }
  const problem = deepProblem(data);
  if (problem?.kind === "depth") {
    const at = findOverlongKey(text, TOML_RECURSION_LIMIT);
    if (at)
      throw new TomlTextError(`recursion limit: a key has at most ${TOML_RECURSION_LIMIT} dotted segments`, at.line, at.column);
  } else if (problem?.kind === "integer") {
    const at = positionOfKey(text, problem.path);
    throw new TomlTextError("integer out of range (TOML integers are 64-bit)", at.line, at.column);
  }
  return data;
}
function deepProblem(root) {
  const stack = [{ value: root, depth: 0, path: [] }];
  let deep = false;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop();
    if (typeof value === "bigint") {
      if (value < I64_MIN || value > I64_MAX)
        return { kind: "integer", path };
    } else if (Array.isArray(value)) {
      for (const item of value)
        stack.push({ value: item, depth: depth + 1, path });
    } else if (isTable(value)) {
      if (depth > TOML_RECURSION_LIMIT)
        deep = true;
      for (const [key, item] of Object.entries(value))
        stack.push({ value: item, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return deep ? { kind: "depth" } : null;
}
function parseToml(path, text) {
  try {
    return { path, text, data: parseTomlText(text) };
  } catch (error) {
    if (error instanceof TomlTextError)
      throw new InputError(path, error.line, error.column, `invalid TOML: ${error.problem}`);
    throw error;
  }
}
function readTomlFile(path) {
  const text = readTextFile(path);
  const memo = overlay?.parsed;
  const known = memo?.get(path);
  if (known && known.text === text)
    return known;
  const doc = parseToml(path, text);
  memo?.set(path, doc);
  return doc;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// dist/src/util/atomic-write.js
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var OutputWriteError = class extends Error {
  file;
  problem;
  name = "OutputWriteError";
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
  describe(relativize) {
    return `error: cannot write ${relativize(this.file)}: ${this.problem}`;
  }
};
var TEMP_NAME = /^\.cargo-sunset-(\d+)-[0-9a-f]{8}\.tmp$/;
var LEGACY_TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
var STALE_AFTER_MS = 60 * 60 * 1e3;
var REASONS = {
  EISDIR: "it is a directory",
  ENOTDIR: "a parent of it is a file, not a directory",
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded"
};
function reasonOf(error) {
  const code = error.code;
  return (code && REASONS[code]) ?? (code ? `${code}` : String(error));
}
function tempPathFor(path) {
  return join(dirname(path), `.cargo-sunset-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}
function processIsGone(pid) {
  if (pid === process.pid)
    return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
function removeStaleTempFiles(dir, now = Date.now()) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name) ?? LEGACY_TEMP_NAME.exec(name);
    if (!match)
      continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile())
        continue;
      if (processIsGone(Number(match[1])) || now - stat.mtimeMs > STALE_AFTER_MS) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    } catch {
    }
  }
  return removed;
}
function writeFileAtomic(path, content) {
  const dir = dirname(path);
  makeParents(path, dir);
  if (isDirectory(path))
    throw new OutputWriteError(path, REASONS.EISDIR);
  removeStaleTempFiles(dir);
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new OutputWriteError(path, reasonOf(error));
  }
}
function makeParents(path, dir) {
  const missing = [];
  let existing = dir;
  for (; ; ) {
    try {
      if (!statSync(existing).isDirectory())
        throw new OutputWriteError(path, REASONS.ENOTDIR);
      break;
    } catch (error) {
      if (error instanceof OutputWriteError)
        throw error;
      const code = error.code;
      if (code === "ENOTDIR")
        throw new OutputWriteError(path, REASONS.ENOTDIR);
      if (code !== "ENOENT" || dirname(existing) === existing)
        throw new OutputWriteError(path, reasonOf(error));
      missing.push(existing);
      existing = dirname(existing);
    }
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new OutputWriteError(path, `cannot create ${level} (${reasonOf(error)})`);
    }
  }
}
function appendFileAtomic(path, content) {
  let existing = "";
  try {
    existing = readFileSync2(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT")
      throw new OutputWriteError(path, reasonOf(error));
  }
  writeFileAtomic(path, existing + content);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// dist/src/model/cargo-semver.js
var RequirementError = class extends Error {
};
var COMPARATOR_RE = /^(=|>=|<=|>|<|~|\^)?\s*(\d+|\*|x|X)(?:\.(\d+|\*|x|X))?(?:\.(\d+|\*|x|X))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseNumber2(part, text) {
  if (part === void 0)
    return void 0;
  if (part === "*" || part === "x" || part === "X")
    return "*";
  if (part.length > 1 && part.startsWith("0"))
    throw new RequirementError(`invalid leading zero in \`${text}\``);
  return Number(part);
}
function parseComparator(text) {
  const m = COMPARATOR_RE.exec(text);
  if (!m)
    throw new RequirementError(`unexpected character in version requirement \`${text}\``);
  const explicitOp = m[1];
  const parts = [parseNumber2(m[2], text), parseNumber2(m[3], text), parseNumber2(m[4], text)];
  const firstWild = parts.indexOf("*");
  if (firstWild === 0) {
    if (explicitOp !== void 0 || parts[1] !== void 0)
      throw new RequirementError(`invalid wildcard in \`${text}\``);
    return { op: "*", wildcard: true };
  }
  if (firstWild > 0 && parts.slice(firstWild).some((p) => p !== "*" && p !== void 0)) {
    throw new RequirementError(`invalid wildcard in \`${text}\``);
  }
  const pre = m[5];
  if (pre !== void 0 && (parts[2] === void 0 || firstWild >= 0)) {
    throw new RequirementError(`pre-release needs a full version in \`${text}\``);
  }
  const nums = parts.map((p) => p === "*" ? void 0 : p);
  return {
    op: explicitOp ?? "^",
    major: nums[0],
    minor: nums[1],
    patch: nums[2],
    pre,
    wildcard: firstWild > 0 && explicitOp === void 0
  };
}
function parseRequirement(raw) {
  const text = raw.trim();
  if (text === "")
    throw new RequirementError("empty version requirement");
  const pieces = text.split(",").map((p) => p.trim());
  if (pieces.some((p) => p === ""))
    throw new RequirementError(`empty comparator in \`${raw}\``);
  const comparators = pieces.map(parseComparator);
  if (comparators.length > 1 && comparators.some((c) => c.op === "*")) {
    throw new RequirementError("wildcard req (`*`) must be the only comparator");
  }
  return comparators;
}
function formatComparator(c) {
  if (c.op === "*")
    return "*";
  let version = String(c.major);
  if (c.minor !== void 0)
    version += `.${c.minor}`;
  else if (c.wildcard)
    return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.patch !== void 0)
    version += `.${c.patch}`;
  else if (c.wildcard)
    return `${c.op === "^" ? "" : c.op}${version}.*`;
  if (c.pre)
    version += `-${c.pre}`;
  return `${c.op}${version}`;
}
function normalizeRequirement(raw) {
  return parseRequirement(raw).map(formatComparator).join(", ");
}
var PRE_IDENTIFIER = String.raw`(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)`;
var VERSION_RE = new RegExp(String.raw`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(${PRE_IDENTIFIER}(?:\.${PRE_IDENTIFIER})*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$`);
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
  if (!m)
    return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] === void 0 ? [] : m[4].split(".") };
}
var NUMERIC = /^\d+$/;
function comparePre(a, b) {
  if (a.length === 0 || b.length === 0)
    return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y)
      continue;
    const xNum = NUMERIC.test(x);
    const yNum = NUMERIC.test(y);
    if (xNum && yNum)
      return Number(x) - Number(y) || x.length - y.length;
    if (xNum !== yNum)
      return xNum ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}
var preOf = (c) => c.pre === void 0 ? [] : c.pre.split(".");
function matchesExact(c, v) {
  if (v.major !== c.major)
    return false;
  if (c.minor !== void 0 && v.minor !== c.minor)
    return false;
  if (c.patch !== void 0 && v.patch !== c.patch)
    return false;
  return comparePre(v.pre, preOf(c)) === 0;
}
function matchesBeyond(c, v, direction) {
  if (v.major !== c.major)
    return Math.sign(v.major - c.major) === direction;
  if (c.minor === void 0)
    return false;
  if (v.minor !== c.minor)
    return Math.sign(v.minor - c.minor) === direction;
  if (c.patch === void 0)
    return false;
  if (v.patch !== c.patch)
    return Math.sign(v.patch - c.patch) === direction;
  return Math.sign(comparePre(v.pre, preOf(c))) === direction;
}
function matchesTilde(c, v) {
  if (v.major !== c.major)
    return false;
  if (c.minor !== void 0 && v.minor !== c.minor)
    return false;
  if (c.patch !== void 0 && v.patch !== c.patch)
    return v.patch > c.patch;
  return comparePre(v.pre, preOf(c)) >= 0;
}
function matchesCaret(c, v) {
  const major = c.major;
  if (v.major !== major)
    return false;
  if (c.minor === void 0)
    return true;
  const minor = c.minor;
  if (c.patch === void 0)
    return major > 0 ? v.minor >= minor : v.minor === minor;
  const patch = c.patch;
  if (major > 0) {
    if (v.minor !== minor)
      return v.minor > minor;
    if (v.patch !== patch)
      return v.patch > patch;
  } else if (minor > 0) {
    if (v.minor !== minor)
      return false;
    if (v.patch !== patch)
      return v.patch > patch;
  } else if (v.minor !== minor || v.patch !== patch) {
    return false;
  }
  return comparePre(v.pre, preOf(c)) >= 0;
}
function matchesComparator(c, v) {
  if (c.op === "*")
    return true;
  if (c.wildcard)
    return matchesExact(c, v);
  switch (c.op) {
    case "=":
      return matchesExact(c, v);
    case ">":
      return matchesBeyond(c, v, 1);
    case ">=":
      return matchesExact(c, v) || matchesBeyond(c, v, 1);
    case "<":
      return matchesBeyond(c, v, -1);
    case "<=":
      return matchesExact(c, v) || matchesBeyond(c, v, -1);
    case "~":
      return matchesTilde(c, v);
    case "^":
      return matchesCaret(c, v);
  }
}
function admitsPreRelease(comparators, v) {
  return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== void 0);
}
function matches(comparators, v) {
  return comparators.every((c) => matchesComparator(c, v)) && (v.pre.length === 0 || admitsPreRelease(comparators, v));
}
function satisfies(version, req) {
  const v = parseVersion(version);
  if (!v)
    return false;
  try {
    return matches(parseRequirement(req), v);
  } catch {
    return false;
  }
}
function isValidRequirement(req) {
  try {
    parseRequirement(req);
    return true;
  } catch {
    return false;
  }
}
var formatVersion = (v) => `${v.major}.${v.minor}.${v.patch}${v.pre.length > 0 ? `-${v.pre.join(".")}` : ""}`;
function lowerBound(c) {
  if (c.op === "*" || c.op === "<" || c.op === "<=")
    return null;
  const v = { major: c.major, minor: c.minor ?? 0, patch: c.patch ?? 0, pre: preOf(c) };
  if (c.op !== ">" || c.wildcard)
    return v;
  if (c.minor === void 0)
    return { major: v.major + 1, minor: 0, patch: 0, pre: [] };
  if (c.patch === void 0)
    return { major: v.major, minor: v.minor + 1, patch: 0, pre: [] };
  return v.pre.length > 0 ? { ...v, pre: [...v.pre, "0"] } : { ...v, patch: v.patch + 1 };
}
function lowestAdmitted(req) {
  let comparators;
  try {
    comparators = parseRequirement(req);
  } catch {
    return null;
  }
  const candidates = [{ major: 0, minor: 0, patch: 0, pre: ["0"] }, { major: 0, minor: 0, patch: 0, pre: [] }];
  for (const c of comparators) {
    const bound = lowerBound(c);
    if (!bound)
      continue;
    candidates.push(bound);
    if (bound.pre.length > 0)
      candidates.push({ ...bound, pre: [] });
  }
  let lowest = null;
  for (const v of candidates) {
    if (matches(comparators, v) && (!lowest || compareVersions(v, lowest) < 0))
      lowest = v;
  }
  return lowest ? formatVersion(lowest) : null;
}
function rustVersionToSemver(rustVersion) {
  const parts = rustVersion.trim().split(".");
  while (parts.length < 3)
    parts.push("0");
  const v = parts.slice(0, 3).join(".");
  return parseVersion(v) ? v : null;
}

export {
  UsageError,
  InputError,
  indexKeySpans,
  positionOfKey,
  SpanLocator,
  RequirementError,
  parseRequirement,
  normalizeRequirement,
  parseVersion,
  satisfies,
  isValidRequirement,
  lowestAdmitted,
  rustVersionToSemver,
  parse,
  setSourceOverlay,
  currentSourceOverlay,
  TomlTextError,
  readTextFile,
  parseTomlText,
  parseToml,
  readTomlFile,
  isTable,
  OutputWriteError,
  writeFileAtomic,
  appendFileAtomic
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
