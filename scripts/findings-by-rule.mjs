// Findings by rule for every repository of ../shared/corpus (a corpus of real Cargo trees beside the project, when
// present), through the shipped binary with `check --offline --format json`. For each repository it prints the
// count before grouping (one per affected member, the unit the findings had before shared declarations were
// grouped) and after (one per rule, crate and declaration), by rule.
// Usage: node scripts/findings-by-rule.mjs [--no-build] [REPO...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = resolve(projectRoot, "../shared/corpus");
const BIN = join(projectRoot, "dist/cargo-sunset.mjs");
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));

if (!existsSync(corpusDir)) {
  console.log("no corpus beside the project (../shared/corpus): nothing to count");
  process.exit(0);
}
if (!args.includes("--no-build") || !existsSync(BIN)) {
  const built = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const repos = readdirSync(corpusDir)
  .filter((name) => statSync(join(corpusDir, name)).isDirectory() && existsSync(join(corpusDir, name, "Cargo.toml")))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
const rows = [];
for (const repo of repos) {
  const run = spawnSync(process.execPath, [BIN, join(corpusDir, repo), "--offline", "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    rows.push({ repo, error: `exit ${run.status}: ${run.stderr.split("\n")[0]}` });
    continue;
  }
  const byRule = {};
  let before = 0;
  for (const f of report.findings) {
    const members = f.members?.length ?? 1;
    before += members;
    const r = (byRule[f.ruleId] ??= { before: 0, after: 0 });
    r.before += members;
    r.after += 1;
  }
  rows.push({ repo, before, after: report.findings.length, plan: report.plan?.length ?? 0, byRule });
}
const width = Math.max(...rows.map((r) => r.repo.length));
console.log(`${"repository".padEnd(width)}  before  after  plan  by rule (before→after)`);
for (const row of rows) {
  if (row.error) {
    console.log(`${row.repo.padEnd(width)}  ${row.error}`);
    continue;
  }
  const rules = Object.entries(row.byRule).sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => `${id} ${c.before}→${c.after}`).join(", ");
  console.log(`${row.repo.padEnd(width)}  ${String(row.before).padStart(6)}  ${String(row.after).padStart(5)}  ${String(row.plan).padStart(4)}  ${rules}`);
}
