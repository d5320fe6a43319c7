/**
 * Agreement with cargo on mutated manifests. scripts/record-cargo-outcomes.mjs holds the cases
 * (fixtures/cargo-mutations/cases.json) and recorded cargo's verdict on each (outcomes.json, from
 * `cargo metadata --no-deps`); this test needs no cargo. The tool must accept what cargo accepts, reject what
 * it rejects, and, where cargo names a line, name the same file and line.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { InputError } from "../../src/errors.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { packageRoot } from "../../src/util/package-root.js";
import { tempDir, writeFiles } from "../helpers/temp-project.js";

interface MutationCase {
  id: string;
  files: Record<string, string>;
}
interface Verdict {
  accepted: boolean;
  message?: string;
  file?: string;
  line?: number;
}

const DIR = join(packageRoot(), "fixtures", "cargo-mutations");
const { cases } = JSON.parse(readFileSync(join(DIR, "cases.json"), "utf8")) as { cases: MutationCase[] };
const recorded = JSON.parse(readFileSync(join(DIR, "outcomes.json"), "utf8")) as { env: Record<string, string>; outcomes: Record<string, Verdict> };

function bytesOf(content: string): string | Uint8Array {
  return content.startsWith("base64:") ? Buffer.from(content.slice(7), "base64") : content;
}

/** The tool's verdict on one case, in cargo's terms. */
function toolVerdict(testCase: MutationCase): Verdict {
  const root = tempDir("mutation-");
  writeFiles(root, Object.fromEntries(Object.entries(testCase.files).map(([path, content]) => [path, bytesOf(content)])));
  try {
    loadWorkspace(root, { skipLockfile: true, env: { ...recorded.env, CARGO_HOME: join(root, ".no-cargo-home") } });
    return { accepted: true };
  } catch (error) {
    if (error instanceof InputError) return { accepted: false, message: error.problem, file: relative(root, error.file), line: error.line };
    if (error instanceof ConfigError) return { accepted: false, message: error.message };
    throw error;
  }
}

describe("agreement with cargo on mutated manifests", () => {
  it("has a recorded verdict for every case", () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(cases.filter((c) => !recorded.outcomes[c.id]).map((c) => c.id)).toEqual([]);
  });

  for (const testCase of cases) {
    const cargo = recorded.outcomes[testCase.id] as Verdict;
    it(`${testCase.id}: ${cargo.accepted ? "accepted" : `rejected (${cargo.message})`}`, () => {
      const ours = toolVerdict(testCase);
      expect(ours.accepted, ours.message ?? "accepted by cargo-sunset").toBe(cargo.accepted);
      if (!cargo.accepted && cargo.line !== undefined) expect(`${ours.file}:${ours.line}`, ours.message).toBe(`${cargo.file}:${cargo.line}`);
    });
  }
});
