/**
 * The fuzz contract in a short, fixed-seed run (see scripts/fuzz-harness.mjs; `npm run fuzz` runs many more):
 * every reader returns or fails with a positioned one-line error in the file it read, and the CLI exits 0, 1 or 2
 * without a stack. fast-check shrinks a failing input to a small one before reporting it.
 */
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript shared with scripts/fuzz.mjs
import * as harness from "../scripts/fuzz-harness.mjs";

const { fc } = harness;
const SEED = 20261202;
let readers: unknown;
const seeds = harness.fixtureSeeds();

beforeAll(async () => {
  readers = await harness.loadReaders();
});

async function holds(kind: string, arbitrary: unknown, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (text: string) => {
      const outcome = await harness.readerOutcome(readers, kind, text);
      expect(harness.isProblem(outcome), outcome).toBe(false);
    }),
    { seed: SEED, numRuns },
  );
}

describe("fuzzed readers keep the error contract", () => {
  it("Cargo.toml: generated structure", () => holds("manifest", harness.manifestText, 80));
  it("Cargo.toml: mutated fixtures", () => holds("manifest", harness.mutated(seeds.manifest), 80));
  it("Cargo.lock: generated and mutated", () => holds("lockfile", fc.oneof(harness.lockfileText, harness.mutated(seeds.lockfile)), 80));
  it("cargo-sunset.toml: generated and mutated", () => holds("config", fc.oneof(harness.configText, harness.mutated(seeds.config)), 80));
  it("baseline: generated and mutated", () => holds("baseline", fc.oneof(harness.baselineText, harness.mutated(seeds.baseline)), 80));
  it(".cargo/config.toml: never throws", () => holds("cargoConfig", harness.manifestText, 40));
});

describe("the CLI on fuzzed input", () => {
  it("exits 0, 1 or 2 with positioned lines and no stack", async () => {
    const inputs: Array<[string, string]> = [
      ...fc.sample(fc.oneof(harness.manifestText, harness.mutated(seeds.manifest)), { seed: SEED, numRuns: 2 }).map((t: string) => ["manifest", t]),
      ...fc.sample(harness.mutated(seeds.lockfile), { seed: SEED, numRuns: 1 }).map((t: string) => ["lockfile", t]),
      ...fc.sample(harness.baselineText, { seed: SEED, numRuns: 1 }).map((t: string) => ["baseline", t]),
    ];
    const outcomes = await Promise.all(inputs.map(([kind, text]) => harness.cliOutcome(kind, text)));
    expect(outcomes.filter(harness.isProblem)).toEqual([]);
  });
});

describe("the contract check itself", () => {
  it("flags unpositioned lines, other files and positions past the end", () => {
    expect(harness.positionProblem(["/x/Cargo.toml:2:1: bad"], "/x/Cargo.toml", "a\nb\n")).toBeNull();
    expect(harness.positionProblem(["bad"], "/x/Cargo.toml", "a")).toMatch(/not a positioned line/);
    expect(harness.positionProblem(["/y/Cargo.toml:1:1: bad"], "/x/Cargo.toml", "a")).toMatch(/names \/y/);
    expect(harness.positionProblem(["/x/Cargo.toml:9:1: bad"], "/x/Cargo.toml", "a")).toMatch(/outside the file/);
  });
});
