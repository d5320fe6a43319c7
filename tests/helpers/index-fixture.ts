/** Temporary directories for registry tests: a sparse index tree, a cache dir, a project with .cargo/config.toml. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sparsePath } from "./index-server.js";
import { removeTempDir, tempDir as makeTempDir } from "./temp-project.js";

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
  const dir = makeTempDir(prefix);
  created.push(dir);
  return dir;
}

export { writeFiles } from "./temp-project.js";

/** Removes the directories made so far (they are removed after the file in any case). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) removeTempDir(dir);
}
