// Checks that the committed bundle (dist/cargo-sunset.mjs and dist/chunks/) is what `npm run build` makes of the
// sources: run it right after a build. The npm package, the pre-commit hook and the GitHub Action all run the
// committed bundle without building, so a stale bundle would ship old code. Exit 0 when dist/ is unchanged (or
// when this is not a git checkout), 1 with the list of differing files otherwise.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const git = (...args) => spawnSync("git", args, { cwd: root, encoding: "utf8" });

if (git("rev-parse", "--is-inside-work-tree").stdout.trim() !== "true") {
  console.log("check-dist: not a git checkout, nothing to compare");
  process.exit(0);
}
const status = git("status", "--porcelain", "--untracked-files=all", "--", "dist");
if (status.status !== 0) {
  console.error(`check-dist: git status failed: ${status.stderr.trim()}`);
  process.exit(2);
}
const changed = status.stdout.split("\n").filter(Boolean);
if (changed.length === 0) {
  console.log("check-dist: dist/ matches the sources");
  process.exit(0);
}
console.error("check-dist: the committed bundle in dist/ does not match the sources:");
for (const line of changed) console.error(`  ${line}`);
console.error("Run `npm run build` and commit dist/ (after a merge, rebuild instead of merging dist/ by hand).");
process.exit(1);
