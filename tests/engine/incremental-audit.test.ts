/**
 * The language server's incremental audit (src/engine/incremental.ts) through runAudit: a re-audit that reuses
 * every rule's reports gives the same result as a fresh audit, notes included, and survives lockfile values that
 * JSON cannot hold.
 */
import { cpSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit.js";
import { IncrementalRules } from "../../src/engine/incremental.js";
import { tempDir } from "../helpers/index-fixture.js";

const warpApp = fileURLToPath(new URL("../../fixtures/warp-app", import.meta.url));
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(config: string): string {
  const root = tempDir("incremental-");
  roots.push(root);
  cpSync(warpApp, root, { recursive: true });
  writeFileSync(join(root, "cargo-sunset.toml"), config);
  return root;
}

const audit = (root: string, incremental?: IncrementalRules) =>
  runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir: root }, registry: { env: { HOME: root } }, ...(incremental ? { incremental } : {}) });

describe("incremental audit through runAudit", () => {
  it("a re-audit reusing every report keeps the notes of a fresh audit: a used advisory ignore is not called unused", async () => {
    // h2 0.3.27 in the fixture's lockfile is under RUSTSEC-2026-0258; RUSTSEC-2000-0000 matches nothing.
    const root = project('[advisories]\nignore = [{ id = "RUSTSEC-2026-0258", reason = "not reachable" }, { id = "RUSTSEC-2000-0000", reason = "stale" }]\n');
    const incremental = new IncrementalRules();
    const first = await audit(root, incremental);
    const passes = incremental.stats.workspacePasses;
    const second = await audit(root, incremental);
    expect(incremental.stats.workspacePasses).toBe(passes); // nothing changed: every report was reused
    const fresh = await audit(root);
    const unused = (notes: { message: string }[]) => notes.map((n) => n.message).filter((m) => m.includes("RUSTSEC-"));
    expect(unused(fresh.result.notes)).toHaveLength(1);
    expect(unused(fresh.result.notes)[0]).toContain("RUSTSEC-2000-0000");
    expect(unused(first.result.notes)).toEqual(unused(fresh.result.notes));
    expect(unused(second.result.notes)).toEqual(unused(fresh.result.notes));
    expect(second.result.findings).toEqual(fresh.result.findings);
  });

  it("a lockfile key holding an integer beyond 2^53 does not stop the audit", async () => {
    const root = project("");
    const lock = join(root, "Cargo.lock");
    writeFileSync(lock, readFileSync(lock, "utf8").replace("[[package]]\n", "[[package]]\nx-build-id = 9007199254740993\n"));
    const incremental = new IncrementalRules();
    const outcome = await audit(root, incremental);
    expect(outcome.result.findings).toEqual((await audit(root)).result.findings);
  });
});
