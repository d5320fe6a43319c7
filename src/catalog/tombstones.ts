/**
 * Tombstone releases: versions published only to tell users a crate is over, which must never be suggested as an
 * upgrade target. Two kinds: a `+deprecated` build-metadata shell (rinja 0.4.0+deprecated, askama_axum
 * 0.5.0+deprecated, serde_yaml 0.9.34+deprecated), and a release whose code is a `compile_error!` (bincode 3.0.0).
 */

/** Releases whose crate root is a `compile_error!`, by crate (as the releases' own READMEs say). */
const COMPILE_ERROR_RELEASES: Readonly<Record<string, readonly string[]>> = {
  // bincode 3.0.0: "containing only this README, as well as a lib.rs containing only a compiler error"
  // (https://docs.rs/crate/bincode/3.0.0/source/README.md).
  bincode: ["3.0.0"],
};

export function isTombstone(crate: string, version: string): boolean {
  const plus = version.indexOf("+");
  if (plus !== -1 && /(^|\.)deprecated($|\.)/i.test(version.slice(plus + 1))) return true;
  return COMPILE_ERROR_RELEASES[crate]?.includes(version) ?? false;
}
