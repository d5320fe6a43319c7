/** Finds files that ship beside the code (rule docs, catalog data) whether run from src/ or dist/. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** Directory holding cargo-sunset's package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !readFileSync(join(dir, "package.json"), "utf8").includes('"name": "cargo-sunset"')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cargo-sunset package root not found");
    dir = parent;
  }
  cached = dir;
  return dir;
}

export interface PackageInfo {
  name: string;
  version: string;
  /** package.json `homepage`, without a trailing slash. */
  homepage: string;
}

let info: PackageInfo | undefined;

/** Name, version and home page of cargo-sunset, from its package.json (read once). */
export function packageInfo(): PackageInfo {
  if (info) return info;
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { name: string; version: string; homepage?: string };
  if (!manifest.homepage) throw new Error("package.json of cargo-sunset has no homepage");
  info = { name: manifest.name, version: manifest.version, homepage: manifest.homepage.replace(/\/+$/, "") };
  return info;
}

/** The tool's own version, from package.json. */
export function toolVersion(): string {
  return packageInfo().version;
}

/** The documentation page at `docs` (relative to the package), without front matter; undefined while it is not written. */
export function readShippedDoc(docs: string): string | undefined {
  const path = join(packageRoot(), docs);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8").replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "").trim();
  return text || undefined;
}
