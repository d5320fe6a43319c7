/**
 * Reads Cargo.lock in the exact layout cargo writes (v3/v4 and v2 without `[metadata]`), line by line, several
 * times faster than a general TOML parse of a large lockfile. Anything outside that layout (escapes, other keys
 * or tables, comments after values, hand edits) returns null, and the caller parses the file as TOML instead,
 * so this path never changes what is read, only how fast.
 */

/** One `[[package]]` entry as written. */
export interface ScannedPackage {
  name: string;
  version: string;
  source: string | null;
  checksum: string | null;
  dependencies: string[];
  /** 1-based line of the `[[package]]` header. */
  line: number;
}

export interface ScannedLockfile {
  version: number | null;
  packages: ScannedPackage[];
}

// Characters a TOML basic string may not hold unescaped (a tab may stand), the backslash that would start an escape,
// and a carriage return not ending a line. One search over the whole text rules them all out.
const NOT_PLAIN = /[\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)/;
const FIELDS = ["name", "version", "source", "checksum"] as const;
type Field = (typeof FIELDS)[number];
const QUOTE = 34;

/** The contents of a `"..."` spanning exactly `[start, end)` of `text`, or null when it is anything else. */
function plainString(text: string, start: number, end: number): string | null {
  if (end - start < 2 || text.charCodeAt(start) !== QUOTE || text.charCodeAt(end - 1) !== QUOTE) return null;
  return text.indexOf('"', start + 1) === end - 1 ? text.slice(start + 1, end - 1) : null;
}

export function scanLockfile(text: string): ScannedLockfile | null {
  if (NOT_PLAIN.test(text)) return null;
  const packages: ScannedPackage[] = [];
  let version: number | null = null;
  // The `[[package]]` being read: its header line (0 before the first) and fields.
  let header = 0;
  let fields: Record<Field, string | null> = { name: null, version: null, source: null, checksum: null };
  let dependencies: string[] | null = null;
  let inArray = false;
  let missingComma = false;

  const finish = (): boolean => {
    if (header === 0) return true;
    if (fields.name === null || fields.version === null) return false;
    packages.push({
      name: fields.name, version: fields.version, source: fields.source, checksum: fields.checksum,
      dependencies: dependencies ?? [], line: header,
    });
    return true;
  };

  let lineNumber = 0;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf("\n", at);
    const next = newline < 0 ? text.length : newline + 1;
    // The line is [at, end), without its line ending.
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const start = at;
    at = next;
    lineNumber++;
    if (inArray) {
      if (end - start === 1 && text.charCodeAt(start) === 93 /* ] */) {
        inArray = false;
        continue;
      }
      // One quoted item per line after spaces; items are separated by commas, only the last may go without.
      let quote = start;
      while (text.charCodeAt(quote) === 32) quote++;
      const hasComma = text.charCodeAt(end - 1) === 44;
      const item = plainString(text, quote, hasComma ? end - 1 : end);
      if (item === null || missingComma) return null;
      missingComma = !hasComma;
      dependencies?.push(item);
      continue;
    }
    if (end === start || text.charCodeAt(start) === 35 /* # */) continue;
    const line = text.slice(start, end);
    if (line === "[[package]]") {
      if (!finish()) return null;
      header = lineNumber;
      fields = { name: null, version: null, source: null, checksum: null };
      dependencies = null;
      continue;
    }
    if (header === 0) {
      const top = /^version = (0|[1-9]\d*)$/.exec(line);
      if (!top || version !== null) return null;
      version = Number(top[1]);
      continue;
    }
    if (line === "dependencies = [") {
      if (dependencies) return null;
      dependencies = [];
      inArray = true;
      missingComma = false;
      continue;
    }
    const key = FIELDS.find((f) => line.startsWith(f) && line.startsWith(" = ", f.length));
    const value = key === undefined ? null : plainString(line, key.length + 3, line.length);
    if (key === undefined || value === null || fields[key] !== null) return null;
    fields[key] = value;
  }
  if (inArray || !finish()) return null;
  return { version, packages };
}
