#!/usr/bin/env node
/**
 * Mutation score per folder from a Stryker report: by default reports/stryker-incremental.json, which `npm run mutate`
 * keeps for every file ever mutated (reports/mutation/mutation.json holds the last run only). A file whose source
 * changed since its results were recorded is marked stale: rerun `npm run mutate` to refresh it.
 * Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage); ignored mutants and
 * mutants that do not compile are left out. `--survivors` also lists every surviving mutant with its position.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const args = process.argv.slice(2);
const listSurvivors = args.includes("--survivors");
const reportPath = resolve(args.find((a) => !a.startsWith("--")) ?? "reports/stryker-incremental.json");

let report;
try {
  report = JSON.parse(readFileSync(reportPath, "utf8"));
} catch (error) {
  console.error(`mutation-summary: cannot read ${reportPath}: ${error.message}`);
  process.exit(1);
}

const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const folders = new Map();
const survivors = [];
const empty = () => ({ mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 });

const stale = new Set();
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const path = relative(process.cwd(), resolve(file)).split("\\").join("/");
  const folder = dirname(path);
  const counts = folders.get(folder) ?? empty();
  folders.set(folder, counts);
  if (!existsSync(path) || readFileSync(path, "utf8") !== source) stale.add(folder);
  for (const mutant of mutants) {
    counts.mutants += 1;
    if (mutant.status === "Killed") counts.killed += 1;
    else if (mutant.status === "Timeout") counts.timeout += 1;
    else if (mutant.status === "Survived") counts.survived += 1;
    else if (mutant.status === "NoCoverage") counts.noCoverage += 1;
    else counts.other += 1;
    if (UNDETECTED.has(mutant.status)) {
      const { line, column } = mutant.location.start;
      survivors.push(`${path}:${line}:${column}  ${mutant.status === "NoCoverage" ? "no coverage" : "survived"}  ${mutant.mutatorName}${mutant.replacement !== undefined ? `  → ${oneLine(mutant.replacement)}` : ""}`);
    }
  }
}

const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(1)}%`;
};

const rows = [...folders.entries()].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((sum, [, c]) => {
  for (const key of Object.keys(sum)) sum[key] += c[key];
  return sum;
}, empty());
const header = ["folder", "score", "mutants", "killed", "timeout", "survived", "no cov", "ignored/errors"];
const table = [header, ...rows.map(([folder, c]) => line(folder, c)), line("all", total)];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log("\nMutation score per folder");
for (const [i, row] of table.entries()) {
  if (i === 1 || i === table.length - 1) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  "));
}
if (listSurvivors) {
  console.log(`\n${survivors.length} undetected mutants`);
  for (const s of survivors) console.log(s);
}

function line(folder, c) {
  return [stale.has(folder) ? `${folder} (stale)` : folder, score(c), c.mutants, c.killed, c.timeout, c.survived, c.noCoverage, c.other].map(String);
}

function oneLine(text) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
