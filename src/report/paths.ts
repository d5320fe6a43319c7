/** Path presentation shared by the reporters: relative, POSIX, never platform separators. */
import { isAbsolute, relative, sep } from "node:path";

/**
 * Answers already computed, by base and file: a report of thousands of findings names the same few hundred
 * manifests over and over, and `path.relative` is the costly part. Bounded so a long-lived process (the language
 * server) cannot grow it without limit.
 */
const relativeCache = new Map<string, string>();
const RELATIVE_CACHE_LIMIT = 10_000;

/** `file` relative to `base`, with `/` separators. Files outside `base` keep their `../` prefix. */
export function toPosixRelative(file: string, base: string): string {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const key = `${base}\u0000${file}`;
  const known = relativeCache.get(key);
  if (known !== undefined) return known;
  const rel = relative(base, file);
  const result = (rel === "" ? "." : rel).split(sep).join("/");
  if (relativeCache.size >= RELATIVE_CACHE_LIMIT) relativeCache.clear();
  relativeCache.set(key, result);
  return result;
}

/** True when a relative path leaves its base (or is absolute, e.g. on another drive). */
export function isOutside(relativePath: string): boolean {
  return relativePath === ".." || relativePath.startsWith("../") || isAbsolute(relativePath);
}
