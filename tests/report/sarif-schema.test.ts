import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { renderSarif, sarifReporter } from "../../src/report/sarif.js";
import { packageRoot } from "../../src/util/package-root.js";
import { auditResult, catalogEntry, context, fakeCatalog, finding, location, ROOT } from "../helpers/findings.js";

const schemaPath = join(packageRoot(), "..", "shared", "specs", "sarif-schema-2.1.0.json");
const hasSchema = existsSync(schemaPath);

function compileSchema() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The schema only uses these three formats; check them the way URI parsers and Date do.
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addFormat("uri-reference", (value: string) => !/[\s\\]/.test(value) && URL.canParse(value, "file:///base/"));
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}

function representativeResult() {
  return auditResult(
    [
      finding({
        severity: "error",
        location: location({ file: join(ROOT, "crates", "web app", "Cargo.toml"), line: 12, column: 1, endColumn: 5 }),
        relatedLocations: [location({ file: join(ROOT, "Cargo.lock"), line: 40, endColumn: 12, label: "Cargo.lock entry" })],
        suggestion: "Migrate to axum.",
        member: "web-app",
      }),
      finding({ ruleId: "outdated-major", crate: { name: "hyper", version: "0.14.28" }, severity: "note", location: location({ line: 20 }) }),
      finding({
        ruleId: "declining-transitive",
        crate: { name: "async-std" },
        location: location({ line: 7, endLine: 9, endColumn: 2 }),
      }),
    ],
    [
      { level: "warning", message: "crates.io could not be reached; freshness rules were skipped" },
      { level: "note", message: "ignore entry matched nothing", location: location({ file: join(ROOT, "sunset.toml"), line: 2 }) },
    ],
  );
}

const title = hasSchema ? "SARIF against the OASIS 2.1.0 schema" : `SARIF schema validation skipped: ${schemaPath} not found`;

describe.skipIf(!hasSchema)(title, () => {
  const validate = hasSchema ? compileSchema() : () => true;

  it("accepts a log with results, related locations, notifications and a category", () => {
    const ctx = context({ automationId: "cargo-sunset/", catalog: fakeCatalog([catalogEntry("tide"), catalogEntry("async-std")]) });
    const log = JSON.parse(sarifReporter(representativeResult(), ctx));
    const valid = validate(log);
    expect((validate as { errors?: unknown }).errors ?? null).toBeNull();
    expect(valid).toBe(true);
  });

  it("rejects what GitHub would reject (the validator is not vacuous)", () => {
    const log = JSON.parse(sarifReporter(representativeResult(), context()));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
    delete log.runs[0].results[0].locations[0].physicalLocation.region.startLine;
    log.runs[0].results[0].unexpected = true;
    expect(validate(log)).toBe(false);
  });

  it("accepts an empty run", () => {
    const log = JSON.parse(sarifReporter(auditResult([]), context()));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it("accepts a log cut down to the limits", () => {
    const limits = { maxResults: 1, maxRelatedLocations: 0, maxGzipBytes: 10_000_000 };
    const log = JSON.parse(renderSarif(representativeResult(), context(), limits));
    expect(validate(log)).toBe(true);
  });
});
