/** Builds dist/ once before the test run (compile, then bundle), so CLI tests exercise the real binary. */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const PACKAGE_ROOT = resolve(import.meta.dirname, "..");

export function setup(): void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: PACKAGE_ROOT, stdio: ["ignore", "inherit", "inherit"] });
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: PACKAGE_ROOT, stdio: ["ignore", "inherit", "inherit"] });
}
