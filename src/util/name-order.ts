/**
 * The order `localeCompare` gives crate and member names (ASCII letters, digits, `-` and `_`) in the root collation,
 * without ICU: building a collator costs about 7 ms, the first time a process compares two such names. Letters
 * compare without case first (`_` < `-` < digits < letters), then lower case before upper case, left to right.
 * Names with other characters are left to `localeCompare` in English (the root collation, untailored; `"und"` would
 * resolve to the user's locale), so the order never depends on the user's locale.
 */

const CRATE_NAME = /^[A-Za-z0-9_-]*$/;

/** Primary weight: `_`, `-`, digits, then letters whatever their case. */
function primary(code: number): number {
  if (code === 95) return 0; // _
  if (code === 45) return 1; // -
  if (code >= 48 && code <= 57) return 2 + code - 48; // 0-9
  if (code >= 97) return 12 + code - 97; // a-z
  return 12 + code - 65; // A-Z
}

const isUpper = (code: number) => code >= 65 && code <= 90;

export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  if (!CRATE_NAME.test(a) || !CRATE_NAME.test(b)) return a.localeCompare(b, "en");
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = primary(a.charCodeAt(i)) - primary(b.charCodeAt(i));
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const upperA = isUpper(a.charCodeAt(i));
    if (upperA !== isUpper(b.charCodeAt(i))) return upperA ? 1 : -1;
  }
  return 0;
}
