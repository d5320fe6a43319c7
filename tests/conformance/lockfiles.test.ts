/** Conformance: our lockfile model against an independent parse of every corpus Cargo.lock. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLockfile } from "../../src/model/lockfile.js";
import { CORPUS_DIR, corpusEntries, HAS_CORPUS } from "../helpers/corpus.js";

interface OraclePackage {
  name: string;
  version: string;
  source: string | null;
  checksum: string | null;
  dependencies: string[];
  [key: string]: unknown;
}

/** Every (lockfile, oracle) pair of an entry: the root one and nested ones under expected/locks/. */
function lockPairs(entry: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (existsSync(join(entry, "expected/lock.json"))) pairs.push([join(entry, "Cargo.lock"), join(entry, "expected/lock.json")]);
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`);
      else if (name === "Cargo.lock.json") pairs.push([join(entry, rel, "Cargo.lock"), path]);
    }
  };
  if (existsSync(join(entry, "expected/locks"))) walk(join(entry, "expected/locks"), "");
  return pairs;
}

describe.skipIf(!HAS_CORPUS)("lockfiles match an independent parse", () => {
  const entries = corpusEntries().filter((e) => lockPairs(join(CORPUS_DIR, e)).length > 0);
  for (const name of entries) {
    it(name, () => {
      for (const [lockPath, oraclePath] of lockPairs(join(CORPUS_DIR, name))) {
        const oracle = JSON.parse(readFileSync(oraclePath, "utf8")) as { version: number | null; packages: OraclePackage[]; metadata?: Record<string, string> };
        const lock = readLockfile(lockPath);
        expect(lock.version).toBe(oracle.version);
        const ours = lock.packages.filter((p) => p.extra.table !== "root");
        expect(ours.length).toBe(oracle.packages.length);
        const byId = new Map(ours.map((p) => [`${p.name} ${p.version} ${p.source ?? ""}`, p]));
        const ids = new Set(lock.packages.map((p) => p.id));
        for (const expected of oracle.packages) {
          const actual = byId.get(`${expected.name} ${expected.version} ${expected.source ?? ""}`);
          expect(actual, `${expected.name} ${expected.version}`).toBeDefined();
          if (!actual) continue;
          const v1Checksum = oracle.metadata?.[`checksum ${actual.id}`];
          expect(actual.checksum).toBe(expected.checksum ?? (v1Checksum && v1Checksum !== "<none>" ? v1Checksum : null));
          expect(actual.rawDependencies).toEqual(expected.dependencies);
          // Every edge resolves to a package of the lockfile, with the name the edge names.
          expect(actual.dependencies.length).toBe(expected.dependencies.length);
          actual.dependencies.forEach((id, i) => {
            expect(ids.has(id)).toBe(true);
            expect(id.split(" ")[0]).toBe(expected.dependencies[i]?.split(" ")[0]);
          });
          const extra = Object.fromEntries(Object.entries(expected).filter(([k]) => !["name", "version", "source", "checksum", "dependencies"].includes(k)));
          expect(actual.extra).toEqual(extra);
          // The recorded line really is this package's [[package]] header.
          const lines = readFileSync(lockPath, "utf8").split("\n");
          expect(lines[actual.line - 1]).toMatch(/^\[\[package\]\]/);
          expect(lines[actual.line]).toBe(`name = "${expected.name}"`);
        }
      }
    });
  }
});
