/** Path presentation shared by the reporters: relative, POSIX, never platform separators. */
import { isAbsolute, relative, sep } from "node:path";

/** `file` relative to `base`, with `/` separators. Files outside `base` keep their `../` prefix. */
export function toPosixRelative(file: string, base: string): string {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const rel = relative(base, file);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/** True when a relative path leaves its base (or is absolute, e.g. on another drive). */
export function isOutside(relativePath: string): boolean {
  return relativePath === ".." || relativePath.startsWith("../") || isAbsolute(relativePath);
}
