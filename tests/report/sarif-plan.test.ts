/** SARIF carries the remediation plan in run properties, with the JSON report's shape. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv from "ajv-draft-04";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-project.js";

const PACKAGE_ROOT = resolve(import.meta.dirname, "..", "..");
const BIN = join(PACKAGE_ROOT, "dist", "cargo-sunset.mjs");
const schemaPath = join(PACKAGE_ROOT, "..", "shared", "specs", "sarif-schema-2.1.0.json");

let cache: string;
let home: string;

beforeAll(() => {
  const scratch = tempDir("sarif-plan-");
  cache = join(scratch, "registry-cache");
  home = join(scratch, "home");
  mkdirSync(cache);
  mkdirSync(home);
});

function report(fixture: string, format: "json" | "sarif"): Promise<unknown> {
  const env = { PATH: process.env.PATH ?? "", NO_COLOR: "1", HOME: home, XDG_CACHE_HOME: join(home, ".cache") };
  const args = [BIN, fixture, "--format", format, "--offline", "--cache-dir", cache, "--fail-on", "never"];
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, args, { cwd: PACKAGE_ROOT, env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${format} run failed: ${stderr}`));
      else resolvePromise(JSON.parse(stdout));
    });
  });
}

describe("SARIF run properties: plan", () => {
  it("equals the JSON report's plan for a fixture with a plan", async () => {
    const [json, sarif] = (await Promise.all([report("fixtures/tide-app", "json"), report("fixtures/tide-app", "sarif")])) as [
      { plan: Array<{ target: { file: string } }> },
      { runs: Array<{ properties: { plan: unknown } }> },
    ];
    expect(json.plan.length).toBeGreaterThan(0);
    expect(json.plan[0]?.target.file).toBe("fixtures/tide-app/Cargo.toml");
    expect(sarif.runs[0]?.properties.plan).toEqual(json.plan);
  });

  it.skipIf(!existsSync(schemaPath))("still validates against the SARIF 2.1.0 schema", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    ajv.addFormat("uri-reference", (value: string) => !/[\s\\]/.test(value) && URL.canParse(value, "file:///base/"));
    ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    const sarif = await report("fixtures/tide-app", "sarif");
    const valid = validate(sarif);
    expect(validate.errors ?? null).toBeNull();
    expect(valid).toBe(true);
  });
});
