/** The whole audit runs to completion on every corpus repository (offline: registry rules only leave notes). */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit.js";
import { CORPUS_DIR, corpusEntries, HAS_CORPUS } from "../helpers/corpus.js";
import { tempDir } from "../helpers/temp-project.js";

describe.skipIf(!HAS_CORPUS)("audit over the corpus", () => {
  // Made in beforeAll, not while collecting: a skipped file runs no hooks, so a directory made here would be left.
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = tempDir("cache-");
  });
  for (const name of corpusEntries()) {
    it(name, async () => {
      const root = join(CORPUS_DIR, name);
      const outcome = await runAudit({
        paths: [root],
        cwd: root,
        now: new Date("2026-11-20T00:00:00Z"),
        cli: { offline: true, cacheDir },
        registry: { env: { HOME: cacheDir } },
      });
      expect(outcome.result.workspaceRoots).toEqual([root]);
      for (const finding of outcome.result.findings) {
        expect(finding.location.line).toBeGreaterThan(0);
        expect(finding.location.column).toBeGreaterThan(0);
        expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      }
    });
  }

  it("flags the declining crates the corpus index lists for tide, vaultwarden and crater", async () => {
    const found = async (entry: string) => {
      const root = join(CORPUS_DIR, entry);
      const outcome = await runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir }, registry: { env: { HOME: cacheDir } } });
      return new Set(outcome.result.findings.filter((f) => f.ruleId === "declining-crate").map((f) => f.crate.name));
    };
    expect([...(await found("http-rs__tide"))]).toEqual(expect.arrayContaining(["async-std", "surf", "lazy_static"]));
    expect([...(await found("dani-garcia__vaultwarden"))]).toEqual(expect.arrayContaining(["rocket", "lazy_static"]));
    expect([...(await found("rust-lang__crater"))]).toEqual(expect.arrayContaining(["failure", "hyper", "structopt", "warp"]));
    expect([...(await found("tokio-rs__axum"))]).not.toContain("hyper");
  });
});
