/** Where a crate's file lives in a sparse index (cargo's `make_dep_path`). */
import { InvalidCrateNameError } from "./errors.js";

/**
 * crates.io allows ASCII alphanumerics, `-` and `_`; other registries may allow any Unicode
 * alphanumeric. Anything else (`/`, `.`, spaces) could reach outside the index, so it is refused.
 */
const CRATE_NAME = /^[\p{L}\p{N}_-]{1,128}$/u;

export function isValidCrateName(name: string): boolean {
  return CRATE_NAME.test(name);
}

/** Relative path of the crate's index file, lower-cased: `1/a`, `2/ab`, `3/a/abc`, `se/rd/serde`. */
export function indexPath(name: string): string {
  if (!isValidCrateName(name)) throw new InvalidCrateNameError(name);
  const lower = name.toLowerCase();
  const chars = Array.from(lower);
  switch (chars.length) {
    case 1:
      return `1/${lower}`;
    case 2:
      return `2/${lower}`;
    case 3:
      return `3/${chars[0]}/${lower}`;
    default:
      return `${chars.slice(0, 2).join("")}/${chars.slice(2, 4).join("")}/${lower}`;
  }
}

/** Absolute URL of the crate's index file; non-ASCII segments are percent-encoded. */
export function indexFileUrl(indexUrl: string, name: string): string {
  const path = indexPath(name);
  // The common case (ASCII names, a parsed base URL without query) needs no URL parse per crate.
  if (/^[a-z0-9_/-]+$/.test(path) && /^https?:\/\/[^?#]*\/$/.test(indexUrl)) return indexUrl + path;
  return new URL(path.split("/").map(encodeURIComponent).join("/"), withTrailingSlash(indexUrl)).href;
}

export function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
