/**
 * Reads Cargo.lock in the exact layout cargo writes (v3/v4, and v2 without `[metadata]`) with one pattern per
 * `[[package]]` block, several times faster than a general TOML parse of a large lockfile (the pattern runs as
 * native code; a character loop in JavaScript runs interpreted in a short-lived process). Anything outside that
 * layout (escapes, other keys, other key order, other tables, comments after values, hand edits) returns null,
 * and the caller parses the file as TOML instead, so this path never changes what is read, only how fast.
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

// String contents that need no unescaping: no quote, no backslash, none of the control characters TOML forbids.
const PLAIN = String.raw`[^"\\\u0000-\u0008\u000a-\u001f\u007f]*`;
// Names and versions must not be empty: the TOML path reports that as an error, at its position.
const PLAIN_NON_EMPTY = String.raw`[^"\\\u0000-\u0008\u000a-\u001f\u007f]+`;
const NL = String.raw`\r?\n`;

/**
 * Comment lines (without the control characters TOML forbids there) and the `version = N` line cargo writes above
 * the first `[[package]]`; a number too long to be exact is left to the TOML parser's error.
 */
const PREAMBLE = new RegExp(
  String.raw`(?:#[^\u0000-\u0008\u000a-\u001f\u007f]*${NL})*(?:version = (0|[1-9]\d{0,14})${NL})?(?:${NL})*`,
  "y",
);

/** One `[[package]]` block in cargo's key order, with the blank lines after it. */
const PACKAGE = new RegExp(
  String.raw`\[\[package\]\]${NL}name = "(${PLAIN_NON_EMPTY})"${NL}version = "(${PLAIN_NON_EMPTY})"${NL}` +
    String.raw`(?:source = "(${PLAIN})"${NL})?(?:checksum = "(${PLAIN})"${NL})?` +
    String.raw`(?:dependencies = \[${NL}((?: "${PLAIN}",${NL})*)\]${NL})?((?:${NL})*)`,
  "y",
);

export function scanLockfile(text: string): ScannedLockfile | null {
  PREAMBLE.lastIndex = 0;
  const preamble = PREAMBLE.exec(text);
  if (!preamble) return null;
  let line = 1 + countLines(preamble[0]);
  const packages: ScannedPackage[] = [];
  PACKAGE.lastIndex = PREAMBLE.lastIndex;
  while (PACKAGE.lastIndex < text.length) {
    const m = PACKAGE.exec(text);
    if (!m) return null;
    const [name, version, source, checksum, items, blank] = [m[1] as string, m[2] as string, m[3], m[4], m[5], m[6] as string];
    const dependencies = items === undefined ? [] : listItems(items);
    packages.push({ name, version, source: source ?? null, checksum: checksum ?? null, dependencies, line });
    // Header, name, version, optional source and checksum, the dependency list with its brackets, blank lines.
    line += 3 + (source === undefined ? 0 : 1) + (checksum === undefined ? 0 : 1) + (items === undefined ? 0 : 2 + dependencies.length) + countLines(blank);
  }
  return { version: preamble[1] === undefined ? null : Number(preamble[1]), packages };
}

/** The strings of the matched ` "item",` lines; contents hold no quote, so the separator is unambiguous. */
function listItems(items: string): string[] {
  if (items === "") return [];
  return items.slice(2, items.endsWith("\r\n") ? -4 : -3).split(/",\r?\n "/);
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
