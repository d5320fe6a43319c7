/** Conformance: our manifest model against what `cargo metadata --no-deps` says for every corpus entry. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMetadata } from "../../src/commands/metadata.js";
import { InputError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { CORPUS_DIR, corpusEntries, HAS_CORPUS } from "../helpers/corpus.js";

interface Run {
  manifest: string;
  ok: boolean;
  workspace_root?: string;
  workspace_members?: string[];
  error?: string[];
}
type Dep = Record<string, unknown> & { kind: string | null; target: string | null; name: string; rename: string | null; req: string; source: string | null; path: string | null };
interface Oracle {
  runs: Run[];
  packages: Array<Record<string, unknown> & { manifest_path: string; dependencies: Dep[] }>;
}

const rel = (entry: string, p: string) => relative(entry, p).split("\\").join("/") || ".";

function depKey(d: Dep): string {
  return JSON.stringify([d.kind ?? "", d.target ?? "", d.name, d.rename ?? "", d.req, d.source ?? "", d.path ?? "", d.optional, d.uses_default_features, d.features]);
}

describe.skipIf(!HAS_CORPUS)("manifests match cargo metadata", () => {
  for (const name of corpusEntries()) {
    it(name, () => {
      const entry = join(CORPUS_DIR, name);
      const oracle = JSON.parse(readFileSync(join(entry, "expected/manifests.json"), "utf8")) as Oracle;
      const packages = new Map<string, Record<string, unknown>>();
      for (const run of oracle.runs) {
        const load = () => loadWorkspace(join(entry, run.manifest), { skipLockfile: true });
        if (!run.ok) {
          expect(load, `${run.manifest} is rejected by cargo`).toThrow(InputError);
          continue;
        }
        const ws = load();
        expect(rel(entry, ws.root), `${run.manifest} workspace root`).toBe(run.workspace_root);
        expect(ws.members.map((m) => rel(entry, m.manifestPath)).sort(), `${run.manifest} members`).toEqual([...(run.workspace_members ?? [])].sort());
        const metadata = buildMetadata(ws, (p) => readFileSync(p, "utf8"));
        for (const pkg of metadata.packages) {
          const manifestPath = rel(entry, pkg.manifest_path);
          if (packages.has(manifestPath)) continue;
          const deps = pkg.dependencies.map((d) => {
            expect(d.span, `${manifestPath}: span of ${d.rename ?? d.name}`).not.toBeNull();
            return {
              name: d.name, rename: d.rename, req: d.req, kind: d.kind, target: d.target, optional: d.optional,
              uses_default_features: d.uses_default_features, features: d.features, source: d.source,
              registry: d.registry, path: d.path === null ? null : rel(entry, d.path),
            };
          });
          packages.set(manifestPath, {
            name: pkg.name, version: pkg.version, manifest_path: manifestPath, workspace_root: rel(entry, metadata.workspace_root),
            rust_version: pkg.rust_version, edition: pkg.edition, features: pkg.features,
            dependencies: deps.sort((a, b) => (depKey(a as Dep) < depKey(b as Dep) ? -1 : 1)),
          });
        }
      }
      const actual = [...packages.values()].sort((a, b) => ((a.manifest_path as string) < (b.manifest_path as string) ? -1 : 1));
      expect(actual.map((p) => p.manifest_path)).toEqual(oracle.packages.map((p) => p.manifest_path));
      for (const [i, expected] of oracle.packages.entries()) {
        const sortedExpected = { ...expected, dependencies: [...expected.dependencies].sort((a, b) => (depKey(a) < depKey(b) ? -1 : 1)) };
        expect(actual[i], expected.manifest_path).toEqual(sortedExpected);
      }
    });
  }
});
