/** The audit pipeline: configuration reaches the findings about suppressions too. */
import { describe, expect, it } from "vitest";
import { runAudit } from "../src/audit.js";
import { writeProject } from "./helpers/temp-project.js";

const manifest = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n';
const unusedIgnore = '[[ignore]]\ncrate = "warp"\nreason = "moving to axum"\n';

async function audit(config: string) {
  const root = writeProject({ "Cargo.toml": manifest, "cargo-sunset.toml": config });
  const outcome = await runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir: root }, registry: { env: { HOME: root } } });
  return outcome.result.findings.map((f) => [f.ruleId, f.severity]);
}

describe("suppression findings follow the configuration", () => {
  it("reports an unused ignore as a note by default", async () => {
    expect(await audit(unusedIgnore)).toEqual([["unused-ignore", "note"]]);
  });

  it("raises or silences it when [rules] says so", async () => {
    expect(await audit(`[rules]\nunused-ignore = "error"\n\n${unusedIgnore}`)).toEqual([["unused-ignore", "error"]]);
    expect(await audit(`[rules]\nunused-ignore = "off"\n\n${unusedIgnore}`)).toEqual([]);
  });
});
