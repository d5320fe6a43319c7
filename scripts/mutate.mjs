#!/usr/bin/env node
/**
 * `npm run mutate [-- folders] [-- --corpus] [-- stryker options]`: mutation testing of the core with StrykerJS, then the
 * score per folder.
 * Incremental: reports/stryker-incremental.json remembers every mutant's result, so a rerun only tests mutants in
 * code or tests that changed. Name folders to mutate only those (`npm run mutate -- src/suppress src/engine`); other
 * arguments go to Stryker as they are (`-- --force` retests everything).
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const tempDir = join(root, ".stryker-tmp");

// `--corpus`: also run the corpus tests. Stryker copies the project into .stryker-tmp/sandbox-*/, and the corpus tests
// look for ../shared/corpus beside the project, which from a sandbox is .stryker-tmp/shared: link it there. Their
// oracles catch model mutants, but each corpus audit is slow, so they are left out by default (they then skip).
const withCorpus = process.argv.includes("--corpus");
const shared = resolve(root, "..", "shared");
const link = join(tempDir, "shared");
if (withCorpus && existsSync(shared)) {
  mkdirSync(tempDir, { recursive: true });
  if (!lstatExists(link)) symlinkSync(shared, link, "dir");
}

// Stryker rewrites the incremental file with the files of this run only; a run narrowed with --mutate would forget
// the rest. Keep the other files' results (Stryker re-tests any whose source or tests changed since).
const incrementalFile = join(root, "reports/stryker-incremental.json");
const previous = readReport(incrementalFile);

// Folder arguments become one --mutate list (Stryker keeps only the last --mutate it is given).
const args = process.argv.slice(2).filter((arg) => arg !== "--corpus");
const folders = args.filter((arg) => !arg.startsWith("-") && existsSync(resolve(root, arg)));
const passed = args.filter((arg) => !folders.includes(arg));
const mutate = folders.length === 0 ? [] : ["--mutate", [...folders.map((f) => `${f.replace(/\/+$/, "")}/**/*.ts`), "!**/types.ts", "!src/report/sarif-types.ts"].join(",")];

const stryker = spawnSync(process.execPath, [join(root, "node_modules/@stryker-mutator/core/bin/stryker.js"), "run", ...mutate, ...passed], {
  cwd: root,
  stdio: "inherit",
});
if (previous) mergeReports(previous, readReport(incrementalFile));
if (lstatExists(link)) rmSync(link, { force: true });
rmdirIfEmpty(tempDir);
const summary = spawnSync(process.execPath, [join(root, "scripts/mutation-summary.mjs")], { cwd: root, stdio: "inherit" });
process.exit(stryker.status !== 0 ? (stryker.status ?? 1) : (summary.status ?? 0));

function lstatExists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function rmdirIfEmpty(path) {
  if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
}

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

/** Adds to `current` the files and test files of `previous` that this run did not cover and that still exist. */
function mergeReports(previous, current) {
  if (!current) return;
  for (const key of ["files", "testFiles"]) {
    const merged = { ...(current[key] ?? {}) };
    for (const [file, entry] of Object.entries(previous[key] ?? {})) {
      if (!(file in merged) && existsSync(resolve(root, file))) merged[file] = entry;
    }
    current[key] = merged;
  }
  writeFileSync(incrementalFile, JSON.stringify(current, null, 2), "utf8");
}
