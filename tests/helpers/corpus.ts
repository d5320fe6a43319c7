/** The shared corpus of real Cargo trees, when it exists beside the project. */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const CORPUS_DIR = resolve(import.meta.dirname, "../../../shared/corpus");
export const HAS_CORPUS = existsSync(CORPUS_DIR);

if (!HAS_CORPUS) console.warn(`corpus tests skipped: ${CORPUS_DIR} does not exist`);

/** Names of corpus entries (folders with an expected/ oracle). */
export function corpusEntries(): string[] {
  if (!HAS_CORPUS) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(CORPUS_DIR, e.name, "expected")))
    .map((e) => e.name)
    .sort();
}
