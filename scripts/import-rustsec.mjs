#!/usr/bin/env node
// Builds rules/catalog/advisory-db.json, the embedded RustSec advisory database (the offline fallback), from an
// archive of rustsec/advisory-db as GitHub serves it (tar.gz with one top folder) or from a directory holding it.
// Usage: npm run build && node scripts/import-rustsec.mjs [archive.tar.gz | directory]
// It uses the same parser as `cargo-sunset fetch`, from the compiled sources in dist/src/.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const defaultSource = join(projectRoot, "..", "shared", "specs", "advisory-db", "advisory-db-main-bf5c0d24.tar.gz");
const target = join(projectRoot, "rules", "catalog", "advisory-db.json");
const compiled = join(projectRoot, "dist", "src", "advisories", "archive.js");
if (!existsSync(compiled)) {
  console.error("run `npm run build` first (the importer uses the compiled parser in dist/src/)");
  process.exit(2);
}
const { databaseFromArchive, databaseFromDirectory } = await import(compiled);
const { countAdvisories } = await import(join(projectRoot, "dist", "src", "advisories", "types.js"));
const { readFileSync } = await import("node:fs");

const source = resolve(process.argv[2] ?? defaultSource);
const built = statSync(source).isDirectory() ? databaseFromDirectory(source) : databaseFromArchive(readFileSync(source), source);
for (const line of built.skipped) console.warn(`skipped ${line}`);
// "embedded" instead of a machine path; one advisory per line keeps diffs of a refresh readable.
const { advisories, ...meta } = { ...built.database, source: "embedded" };
const text = `{${Object.entries(meta).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")},"advisories":[\n${advisories.map((a) => JSON.stringify(a)).join(",\n")}\n]}\n`;
writeFileSync(target, text);
console.log(`wrote ${advisories.length} advisories (${JSON.stringify(countAdvisories(advisories))}) to ${target}, ${text.length} bytes`);
