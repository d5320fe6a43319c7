/**
 * Throw-away directories for tests, the only place tests create them. Every directory made here is removed after
 * the test file that made it (an afterAll hook registered when this module is imported during collection, and
 * an exit hook as a fallback); tests/global-setup.ts fails the run if anything is left in the temp dir.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

const created = new Set<string>();

function removeCreated(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}

afterAll(removeCreated);
process.once("exit", removeCreated);

/** A new empty directory `cargo-sunset-<label>XXXXXX` in the temp dir, removed after the test file. */
export function tempDir(label = ""): string {
  const dir = mkdtempSync(join(tmpdir(), `cargo-sunset-${label}`));
  created.add(dir);
  return dir;
}

/** Removes a directory made by tempDir now (for tests that make many). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  created.delete(dir);
}

/** Writes `files` (relative path → content; Buffers written as bytes) under `root`, creating parents. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [relativePath, content] of Object.entries(files)) {
    const path = join(root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/**
 * Writes `files` (relative path → content) into a new temporary directory and returns its absolute path.
 * Parent directories are created as needed; an empty string writes an empty file.
 */
export function writeProject(files: Record<string, string | Uint8Array>, label = ""): string {
  return writeFiles(tempDir(label), files);
}
