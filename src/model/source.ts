/** Source strings as cargo prints them in `cargo metadata` and Cargo.lock. */
import type { DependencySource } from "./types.js";

export const CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";

/** `cargo metadata`'s `source` of a dependency: null for path dependencies. Named registries keep their name. */
export function metadataSource(source: DependencySource): string | null {
  switch (source.type) {
    case "path":
      return null;
    case "git": {
      const ref = source.branch !== undefined ? `?branch=${source.branch}` : source.tag !== undefined ? `?tag=${source.tag}` : source.rev !== undefined ? `?rev=${source.rev}` : "";
      return `git+${source.url}${ref}`;
    }
    default:
      return source.registry ? `registry+${source.registry}` : CRATES_IO_SOURCE;
  }
}
