/**
 * Builds dist/ once before the test run (compile, then bundle), so CLI tests exercise the real binary.
 *
 * Tests and the processes they start get a private temp dir (TMPDIR, inherited by the test workers and their
 * children); after the run it must be empty, or the run fails with the names of what was left. New
 * `cargo-sunset-*` entries in the system temp dir (something that ignored TMPDIR) are listed as a warning only:
 * another process on the machine may have made them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const PACKAGE_ROOT = resolve(import.meta.dirname, "..");

function ourEntries(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.startsWith("cargo-sunset-"));
  } catch {
    return [];
  }
}

export function setup(): () => void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: PACKAGE_ROOT, stdio: ["ignore", "inherit", "inherit"] });
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: PACKAGE_ROOT, stdio: ["ignore", "inherit", "inherit"] });

  const systemTemp = tmpdir();
  const startedAt = Date.now();
  const before = new Set(ourEntries(systemTemp));
  const runTemp = mkdtempSync(join(systemTemp, "cargo-sunset-test-run-"));
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = runTemp;

  return () => {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
    const left = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true });
    // Entries made during this run only: other processes on the machine may use the temp dir too.
    const escaped = ourEntries(systemTemp).filter((name) => !before.has(name) && createdSince(join(systemTemp, name), startedAt));
    if (escaped.length > 0) console.warn(`new cargo-sunset-* entries in ${systemTemp} during the test run:\n  ${escaped.join("\n  ")}`);
    if (left.length === 0) return;
    // vitest reports an error thrown here but keeps its exit code: set it as well.
    process.exitCode = 1;
    throw new Error(`tests did not clean up after themselves; left in the test temp dir:\n  ${left.join("\n  ")}`);
  };
}

function createdSince(path: string, since: number): boolean {
  try {
    return statSync(path).birthtimeMs >= since;
  } catch {
    return false;
  }
}
