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

// What a TOML basic string may not hold unescaped, plus the backslash that would start an escape.
const NOT_PLAIN = /["\\\u0000-\u0008\u000a-\u001f\u007f]/;
const FIELDS = ["name", "version", "source", "checksum"] as const;
type Field = (typeof FIELDS)[number];

/** The contents of a `"..."` running from `start` to the end of `line`, or null when it is anything else. */
function plainString(line: string, start: number): string | null {
  if (line.length - start < 2 || line.charCodeAt(start) !== 34 || line.charCodeAt(line.length - 1) !== 34) return null;
  const value = line.slice(start + 1, -1);
  return NOT_PLAIN.test(value) ? null : value;
}

export function scanLockfile(text: string): ScannedLockfile | null {
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
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    at = end + 1;
    lineNumber++;
    if (inArray) {
      if (line === "]") {
        inArray = false;
        continue;
      }
      // One quoted item per line; items are separated by commas, only the last may go without.
      const indent = line.length - line.trimStart().length;
      const hasComma = line.endsWith(",");
      const item = plainString(hasComma ? line.slice(0, -1) : line, indent);
      if (item === null || missingComma || line.charCodeAt(0) === 9) return null;
      missingComma = !hasComma;
      dependencies?.push(item);
      continue;
    }
    if (line === "" || line.startsWith("#")) continue;
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
    const value = key === undefined ? null : plainString(line, key.length + 3);
    if (key === undefined || value === null || fields[key] !== null) return null;
    fields[key] = value;
  }
  if (inArray || !finish()) return null;
  return { version, packages };
}
