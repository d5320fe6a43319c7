#!/usr/bin/env node
/**
 * `npm run fuzz [-- --runs N --seed S --cli N]`: the fuzz properties of tests/fuzz.test.ts with many more inputs,
 * seeded (the seed is printed, so any run can be repeated), with counts by reader and outcome. Exits 1 when any
 * input broke the contract and prints those inputs' beginnings. Needs `npm run build` first.
 */
import { cliOutcome, fc, fixtureSeeds, isProblem, loadReaders, manifestText, lockfileText, configText, baselineText, mutated, readerOutcome } from "./fuzz-harness.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg("runs", 2000);
const cliRuns = arg("cli", 40);
const seed = arg("seed", Date.now() % 2 ** 31);

const readers = await loadReaders();
const seeds = fixtureSeeds();
const plans = [
  ["manifest (generated)", "manifest", manifestText],
  ["manifest (mutated fixtures)", "manifest", mutated(seeds.manifest)],
  ["lockfile (generated)", "lockfile", lockfileText],
  ["lockfile (mutated fixtures)", "lockfile", mutated(seeds.lockfile)],
  ["cargo-sunset.toml (generated)", "config", configText],
  ["cargo-sunset.toml (mutated fixtures)", "config", mutated(seeds.config)],
  ["baseline (generated)", "baseline", baselineText],
  ["baseline (mutated)", "baseline", mutated(seeds.baseline)],
  [".cargo/config.toml (generated)", "cargoConfig", manifestText],
];

console.log(`seed ${seed}, ${runs} inputs per reader, ${cliRuns} CLI runs per input kind`);
const problems = [];
const started = performance.now();
for (const [label, kind, arbitrary] of plans) {
  const counts = {};
  for (const text of fc.sample(arbitrary, { seed, numRuns: runs })) {
    const outcome = await readerOutcome(readers, kind, text);
    const key = isProblem(outcome) ? "PROBLEM" : outcome;
    counts[key] = (counts[key] ?? 0) + 1;
    if (isProblem(outcome)) problems.push({ label, outcome, text });
  }
  console.log(`${label.padEnd(40)} ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
for (const [label, kind, arbitrary] of [["CLI check, manifest", "manifest", fc.oneof(manifestText, mutated(seeds.manifest))], ["CLI check, lockfile", "lockfile", mutated(seeds.lockfile)], ["CLI check, config", "config", fc.oneof(configText, mutated(seeds.config))], ["CLI check, baseline", "baseline", baselineText]]) {
  const counts = {};
  const texts = fc.sample(arbitrary, { seed, numRuns: cliRuns });
  for (let i = 0; i < texts.length; i += 2) {
    const outcomes = await Promise.all(texts.slice(i, i + 2).map((text) => cliOutcome(kind, text).then((outcome) => ({ outcome, text }))));
    for (const { outcome, text } of outcomes) {
      const key = isProblem(outcome) ? "PROBLEM" : outcome;
      counts[key] = (counts[key] ?? 0) + 1;
      if (isProblem(outcome)) problems.push({ label, outcome, text });
    }
  }
  console.log(`${label.padEnd(40)} ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
console.log(`${Math.round((performance.now() - started) / 1000)} s; ${problems.length} contract violation(s)`);
for (const { label, outcome, text } of problems.slice(0, 20)) console.log(`\n[${label}] ${outcome}\n${JSON.stringify(text.slice(0, 300))}`);
process.exitCode = problems.length > 0 ? 1 : 0;
