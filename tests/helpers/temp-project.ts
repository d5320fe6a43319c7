/** Throw-away project trees for tests: files written into a fresh temporary directory. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Writes `files` (relative path → content) into a new temporary directory and returns its absolute path.
 * Parent directories are created as needed; an empty string writes an empty file.
 */
export function writeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cargo-sunset-"));
  for (const [relativePath, content] of Object.entries(files)) {
    const path = join(root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}
