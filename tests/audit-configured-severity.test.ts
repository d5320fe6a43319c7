/** The severity configured for a rule decides its findings' level, whatever the rule itself would pick. */
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { runAudit } from "../src/audit.js";
import type { CliConfigOverrides } from "../src/config/types.js";
import { writeProject } from "./helpers/temp-project.js";

const manifest = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\n';
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function decliningCrate(config: string | undefined, cli: CliConfigOverrides = {}) {
  const root = writeProject({ "Cargo.toml": manifest, ...(config === undefined ? {} : { "cargo-sunset.toml": config }) });
  roots.push(root);
  const outcome = await runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir: root, ...cli }, registry: { env: { HOME: root } } });
  return outcome.result.findings.filter((f) => f.ruleId === "declining-crate").map((f) => [f.crate.name, f.severity, f.location.line]);
}

describe("configured severity through the audit", () => {
  it("reports tide 0.16 at its requirement line above note level when nothing is configured", async () => {
    // The default level is the rule's own judgement (tide is discontinued); only configuration may lower it.
    const [finding, ...rest] = await decliningCrate(undefined);
    expect(rest).toEqual([]);
    expect(finding![0]).toBe("tide");
    expect(finding![2]).toBe(7);
    expect(["warning", "error"]).toContain(finding![1]);
  });

  it('gives a note for `[rules] declining-crate = "note"`', async () => {
    expect(await decliningCrate('[rules]\ndeclining-crate = "note"\n')).toEqual([["tide", "note", 7]]);
  });

  it("gives an error for the table form `{ severity = \"error\" }`, and nothing when off", async () => {
    expect(await decliningCrate('[rules]\ndeclining-crate = { severity = "error" }\n')).toEqual([["tide", "error", 7]]);
    expect(await decliningCrate('[rules]\ndeclining-crate = "off"\n')).toEqual([]);
  });

  it("lets the command line override the file", async () => {
    expect(await decliningCrate('[rules]\ndeclining-crate = "error"\n', { rules: { "declining-crate": "note" } })).toEqual([["tide", "note", 7]]);
  });

  it("a configured level applies to the findings about suppressions too (unused-ignore), and off silences them", async () => {
    const unused = async (config: string) => {
      const root = writeProject({ "Cargo.toml": manifest, "cargo-sunset.toml": config });
      roots.push(root);
      const outcome = await runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir: root }, registry: { env: { HOME: root } } });
      return outcome.result.findings.filter((f) => f.ruleId === "unused-ignore").map((f) => [f.severity, f.messageId, f.location.line]);
    };
    const ignore = '[[ignore]]\ncrate = "gotham"\nreason = "not used here"\n';
    expect(await unused(ignore)).toEqual([["note", "unused", 1]]);
    expect(await unused(`[rules]\nunused-ignore = "error"\n\n${ignore}`)).toEqual([["error", "unused", 4]]);
    expect(await unused(`[rules]\nunused-ignore = "off"\n\n${ignore}`)).toEqual([]);
  });

  it("a member's own [package.metadata.cargo-sunset] level applies to its findings only", async () => {
    const member = (name: string, extra = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntide = "0.16"\n${extra}`;
    const root = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["a", "b"]\n',
      "a/Cargo.toml": member("a", '\n[package.metadata.cargo-sunset.rules]\ndeclining-crate = "note"\n'),
      "b/Cargo.toml": member("b"),
    });
    roots.push(root);
    const outcome = await runAudit({ paths: [root], cwd: root, now: new Date("2026-11-20T00:00:00Z"), cli: { offline: true, cacheDir: root }, registry: { env: { HOME: root } } });
    const levels = outcome.result.findings.filter((f) => f.ruleId === "declining-crate").map((f) => [f.member, f.severity]);
    expect(levels).toContainEqual(["a", "note"]);
    expect(levels.find(([m]) => m === "b")?.[1]).not.toBe("note");
  });
});
