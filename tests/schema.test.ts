/**
 * schema/cargo-sunset.schema.json (config, for taplo / Even Better TOML) and schema/report.schema.json (--format
 * json): the committed config schema is what the rule metadata generates, configs the tool accepts validate, the
 * tool's invalid fixtures do not, and real JSON reports of the built binary validate.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Ajv from "ajv";
import { parse } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_RULE_METAS } from "../src/audit.js";
import { isCalendarDate } from "../src/config/checker.js";
import { starterConfig } from "../src/config/init.js";
import { configSchemaText } from "../src/config/schema.js";
import { packageRoot } from "../src/util/package-root.js";
import { startIndexServer } from "./helpers/index-server.js";

const root = packageRoot();
const BIN = join(root, "dist", "cargo-sunset.mjs");
const configSchemaFile = join(root, "schema", "cargo-sunset.schema.json");
const configSchema = JSON.parse(readFileSync(configSchemaFile, "utf8")) as Record<string, unknown>;
const reportSchema = JSON.parse(readFileSync(join(root, "schema", "report.schema.json"), "utf8")) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajv.addFormat("uri", (value: string) => URL.canParse(value));
ajv.addFormat("date", (value: string) => isCalendarDate(value));
ajv.addSchema(configSchema, "config");
const validateConfig = ajv.compile({ $ref: "config#" });
const validateWorkspaceMetadata = ajv.compile({ $ref: "config#/definitions/workspace-metadata" });
const validatePackageMetadata = ajv.compile({ $ref: "config#/definitions/package-metadata" });
const validateReport = ajv.compile(reportSchema);

/** TOML as the JSON an editor's schema validator sees (local dates become "YYYY-MM-DD" strings). */
const asJson = (toml: string): unknown => JSON.parse(JSON.stringify(parse(toml)));

const errorsOf = (validate: ReturnType<typeof ajv.compile>, value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);

function filesNamed(dir: string, names: string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesNamed(path, names));
    else if (names.includes(entry)) out.push(path);
  }
  return out.sort();
}

const INVALID_FIXTURES = ["fixtures/config/invalid", "fixtures/config/metadata-invalid", "fixtures/config/bad-syntax"];
const isInvalidFixture = (file: string) => INVALID_FIXTURES.some((dir) => relative(root, file).startsWith(`${dir}/`));

describe("config schema", () => {
  it("is what `npm run schema` generates from the rule metadata (rerun it after changing rules)", () => {
    expect(readFileSync(configSchemaFile, "utf8")).toBe(configSchemaText(ALL_RULE_METAS));
  });

  it("names every rule with its options for completion", () => {
    const rules = (configSchema.definitions as Record<string, { properties: Record<string, unknown> }>).rules.properties;
    expect(Object.keys(rules).sort()).toEqual(ALL_RULE_METAS.map((m) => m.id).sort());
    expect(JSON.stringify(rules["stale-crate"])).toContain('"months"');
  });

  it("accepts the starter config, as written and with every example uncommented", () => {
    const starter = starterConfig(ALL_RULE_METAS);
    expect(errorsOf(validateConfig, asJson(starter))).toEqual([]);
    const uncommented = starter
      .split("\n")
      .map((line) => (/^# (\[|[a-z][a-z-]* = )/.test(line) ? line.slice(2) : line))
      .join("\n");
    const value = asJson(uncommented) as Record<string, unknown>;
    expect(Object.keys(value).sort()).toEqual(["catalog", "ignore", "registry", "rules"]);
    expect(Object.keys(value.rules as object)).toHaveLength(ALL_RULE_METAS.length);
    expect(errorsOf(validateConfig, value)).toEqual([]);
  });

  const configFiles = filesNamed(join(root, "fixtures"), ["cargo-sunset.toml"]);
  const manifests = filesNamed(join(root, "fixtures"), ["Cargo.toml"]).filter((f) => readFileSync(f, "utf8").includes("metadata.cargo-sunset"));

  it("finds the test configs", () => {
    expect(configFiles.length).toBeGreaterThanOrEqual(4);
    expect(manifests.length).toBeGreaterThanOrEqual(4);
  });

  it("accepts every config file and metadata table the tool accepts", () => {
    const checked: string[] = [];
    for (const file of configFiles.filter((f) => !isInvalidFixture(f))) {
      expect({ file, errors: errorsOf(validateConfig, asJson(readFileSync(file, "utf8"))) }).toEqual({ file, errors: [] });
      checked.push(file);
    }
    for (const file of manifests.filter((f) => !isInvalidFixture(f))) {
      const manifest = asJson(readFileSync(file, "utf8")) as { workspace?: { metadata?: Record<string, unknown> }; package?: { metadata?: Record<string, unknown> } };
      const workspaceTable = manifest.workspace?.metadata?.["cargo-sunset"];
      const packageTable = manifest.package?.metadata?.["cargo-sunset"];
      if (workspaceTable !== undefined) expect({ file, errors: errorsOf(validateWorkspaceMetadata, workspaceTable) }).toEqual({ file, errors: [] });
      if (packageTable !== undefined) expect({ file, errors: errorsOf(validatePackageMetadata, packageTable) }).toEqual({ file, errors: [] });
      expect(workspaceTable !== undefined || packageTable !== undefined).toBe(true);
      checked.push(file);
    }
    expect(checked.length).toBeGreaterThanOrEqual(6);
  });

  it("rejects what the tool rejects in the invalid config fixture, key by key", () => {
    validateConfig(asJson(readFileSync(join(root, "fixtures/config/invalid/cargo-sunset.toml"), "utf8")));
    const paths = new Set((validateConfig.errors ?? []).map((e) => (e.params as { additionalProperty?: string }).additionalProperty ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath));
    for (const path of [
      "/rules/declining-crate",
      "/rules/stale-crate/monhts",
      "/rules/no-such-rule",
      "/rules/removable-transitive/allow",
      "/registry/concurrency",
      "/registry/cache-ttl",
      "/registry/offline",
      "/registry/proxy",
      "/ignore/0/reason",
      "/ignore/0/until",
      "/ignore/0/tracking",
      "/ignore/0/expires",
      "/ignore/1",
      "/catalog/0/status",
      "/catalog/0/guide",
      "/telemetry",
    ]) {
      expect([...paths].some((p) => p === path || p.startsWith(`${path}/`)), path).toBe(true);
    }
  });

  it("rejects run-wide tables and `members` in package metadata, as the tool does", () => {
    const manifest = asJson(readFileSync(join(root, "fixtures/config/metadata-invalid/crates/web/Cargo.toml"), "utf8")) as { package: { metadata: Record<string, unknown> } };
    const errors = errorsOf(validatePackageMetadata, manifest.package.metadata["cargo-sunset"]);
    expect(errors.join("\n")).toMatch(/additional properties/);
    expect(errorsOf(validatePackageMetadata, { registry: { offline: true } })).not.toEqual([]);
    expect(errorsOf(validatePackageMetadata, { ignore: [{ crate: "tide", reason: "r", members: ["web"] }] })).not.toEqual([]);
    expect(errorsOf(validatePackageMetadata, { ignore: [{ crate: "tide", reason: "r" }] })).toEqual([]);
  });
});

describe("report schema", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "cargo-sunset-schema-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function runJson(args: string[], env: Record<string, string> = {}): Promise<unknown> {
    return new Promise((resolvePromise, reject) => {
      execFile(
        process.execPath,
        [BIN, ...args, "--format", "json", "--cache-dir", join(scratch, "cache")],
        { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: scratch, NO_COLOR: "1", ...env } },
        (error, stdout, stderr) => {
          if (error && error.code !== 1) reject(new Error(`exit ${String(error.code)}: ${stderr}`));
          else resolvePromise(JSON.parse(stdout));
        },
      );
    });
  }

  it("validates the reports of every fixture project, offline", async () => {
    for (const project of ["tide-app", "warp-app", "axum-app", "async-std-lib", "mixed-workspace"]) {
      const report = await runJson([`fixtures/${project}`, "--offline"]);
      expect({ project, errors: errorsOf(validateReport, report) }).toEqual({ project, errors: [] });
    }
  });

  it("validates a report with registry findings (local index server)", async () => {
    const server = await startIndexServer({ root: join(root, "fixtures/registry/index") });
    try {
      const report = (await runJson(["fixtures/tide-app"], { CARGO_SUNSET_CRATES_IO_INDEX: server.url })) as { findings: Array<{ ruleId: string }> };
      expect(report.findings.map((f) => f.ruleId)).toContain("outdated-lock");
      expect(errorsOf(validateReport, report)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("rejects a report of another shape", () => {
    expect(validateReport({ schemaVersion: 2, tool: { name: "cargo-sunset", version: "1" }, findings: [], notes: [], summary: {} })).toBe(false);
    expect(validateReport({ schemaVersion: 1, tool: { name: "cargo-sunset", version: "1" }, findings: [{ ruleId: "x" }], notes: [], summary: { errors: 0, warnings: 0, notes: 0, total: 0, workspaces: 1 } })).toBe(false);
  });
});
