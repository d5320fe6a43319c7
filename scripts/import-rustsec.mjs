#!/usr/bin/env node
// Converts the extracted RustSec "unmaintained" advisories into rules/catalog/rustsec-unmaintained.json.
// Usage: node scripts/import-rustsec.mjs [source.json]
// The summary is generated from the record's facts (never the advisory's own title or text).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const defaultSource = join(projectRoot, "..", "shared", "specs", "rustsec-unmaintained.json");
const target = join(projectRoot, "rules", "catalog", "rustsec-unmaintained.json");

/** advisory-db commit bf5c0d24 (2026-08-21), the snapshot the source file was extracted from. */
const SNAPSHOT_DATE = "2026-08-21";

function summarize(record) {
  const reasons = record.selection_reason ?? [];
  const unmaintained = record.informational === "unmaintained";
  const alsoUnsound = record.informational === "unsound";
  let summary;
  if (unmaintained) summary = `${record.package} is no longer maintained (RustSec)`;
  else if (alsoUnsound) summary = `${record.package} is unsound and no longer maintained (RustSec)`;
  else if (reasons.length > 0) summary = `${record.package} is reported as no longer maintained (RustSec)`;
  else summary = `${record.package} has a RustSec maintenance advisory`;
  const alternatives = record.recommended_alternatives ?? [];
  if (alternatives.length > 0) summary += `; alternatives: ${alternatives.join(", ")}`;
  return summary;
}

function convert(record) {
  return {
    id: record.id,
    crate: record.package,
    date: record.date,
    summary: summarize(record),
    patched: [...(record.patched ?? [])],
    unaffected: [...(record.unaffected ?? [])],
    withdrawn: record.withdrawn ?? null,
    alternatives: [...(record.recommended_alternatives ?? [])],
    url: `https://rustsec.org/advisories/${record.id}.html`,
  };
}

const source = resolve(process.argv[2] ?? defaultSource);
const records = JSON.parse(readFileSync(source, "utf8"));
if (!Array.isArray(records)) throw new Error(`${source}: expected a JSON array of advisories`);

const advisories = records
  .map(convert)
  .sort((a, b) => a.crate.localeCompare(b.crate) || a.id.localeCompare(b.id));
const data = { source: "rustsec/advisory-db", snapshotDate: SNAPSHOT_DATE, advisories };
writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
console.log(`wrote ${advisories.length} advisories to ${target}`);
