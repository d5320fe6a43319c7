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

/** The tool's own version, from package.json. */
export function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
