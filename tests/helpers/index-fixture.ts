/** Temporary directories for registry tests: a sparse index tree, a cache dir, a project with .cargo/config.toml. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { sparsePath } from "./index-server.js";

export interface IndexLine {
  vers: string;
  yanked?: boolean;
  rust_version?: string;
  pubtime?: string;
  deps?: Array<Record<string, unknown>>;
  features?: Record<string, string[]>;
}

export function indexLine(name: string, line: IndexLine): string {
  return JSON.stringify({ name, deps: [], cksum: "0".repeat(64), features: {}, yanked: false, ...line });
}

/** Writes `{ crate: [versions] }` in the sparse layout under a new temp directory; returns it. */
export function writeIndex(crates: Record<string, IndexLine[]>, config: Record<string, unknown> = { dl: "https://example.invalid/dl" }): string {
  const root = tempDir("index-");
  writeFileSync(join(root, "config.json"), JSON.stringify(config));
  for (const [name, lines] of Object.entries(crates)) {
    const file = join(root, sparsePath(name));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, lines.map((line) => indexLine(name, line)).join("\n") + "\n");
  }
  return root;
}

const created: string[] = [];

export function tempDir(prefix = "sunset-"): string {
  const dir = mkdtempSync(join(tmpdir(), `cargo-sunset-${prefix}`));
  created.push(dir);
  return dir;
}

/** Writes files given as `{ "relative/path": "content" }` under `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
