/**
 * A small JSON parser that remembers where each value starts. Node 20's JSON.parse errors carry no
 * position, and shape errors need one too, so that a hand-edited file can be fixed at the right line.
 */

export interface TextPosition {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  value: unknown;
  /** Start of the value at `path`, or of the nearest enclosing value written in the text. */
  positionOf(path: ReadonlyArray<string | number>): TextPosition;
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: Record<string, unknown> = { true: true, false: false, null: null };

/** Arrays and objects nest at most this deep: far beyond any file the tool writes, and the parser recurses. */
export const JSON_NESTING_LIMIT = 128;

export function parseJsonWithPositions(rawText: string): LocatedJson {
  const text = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  const starts = new Map<string, number>();
  let at = 0;

  const positionAt = (index: number): TextPosition => {
    const before = text.slice(0, index).split("\n");
    return { line: before.length, column: (before[before.length - 1] ?? "").length + 1 };
  };
  const fail = (message: string): never => {
    const { line, column } = positionAt(at);
    throw new JsonSyntaxError(message, line, column);
  };
  const skipSpace = () => {
    while (at < text.length && " \t\r\n".includes(text[at] as string)) at += 1;
  };
  const unexpected = () => fail(at >= text.length ? "unexpected end of file" : `unexpected character \`${text[at]}\``);
  const expect = (char: string) => {
    skipSpace();
    if (text[at] !== char) fail(at >= text.length ? `expected \`${char}\` before the end of file` : `expected \`${char}\`, found \`${text[at]}\``);
    at += 1;
  };
  const token = (pattern: RegExp): string | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return null;
    at += match[0].length;
    return match[0];
  };

  function parseValue(path: Array<string | number>): unknown {
    skipSpace();
    starts.set(JSON.stringify(path), at);
    const char = text[at];
    if ((char === "{" || char === "[") && path.length >= JSON_NESTING_LIMIT) fail(`arrays and objects nest more than ${JSON_NESTING_LIMIT} deep`);
    if (char === "{") return parseObject(path);
    if (char === "[") return parseArray(path);
    if (char === '"') return JSON.parse(token(STRING) ?? unexpected());
    const number = token(NUMBER);
    if (number !== null) return Number(number);
    for (const [word, value] of Object.entries(LITERALS)) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    return unexpected();
  }

  function parseObject(path: Array<string | number>): Record<string, unknown> {
    const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>; // a `__proto__` key stays data
    at += 1;
    skipSpace();
    if (text[at] === "}") {
      at += 1;
      return result;
    }
    while (true) {
      skipSpace();
      if (text[at] !== '"') unexpected();
      const key = JSON.parse(token(STRING) ?? unexpected()) as string;
      expect(":");
      result[key] = parseValue([...path, key]);
      skipSpace();
      if (text[at] !== ",") break;
      at += 1;
    }
    expect("}");
    return result;
  }

  function parseArray(path: Array<string | number>): unknown[] {
    const result: unknown[] = [];
    at += 1;
    skipSpace();
    if (text[at] === "]") {
      at += 1;
      return result;
    }
    while (true) {
      result.push(parseValue([...path, result.length]));
      skipSpace();
      if (text[at] !== ",") break;
      at += 1;
    }
    expect("]");
    return result;
  }

  const value = parseValue([]);
  skipSpace();
  if (at < text.length) unexpected();
  return {
    value,
    positionOf(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        const start = starts.get(JSON.stringify(path.slice(0, length)));
        if (start !== undefined) return positionAt(start);
      }
      return { line: 1, column: 1 };
    },
  };
}
