import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sarifReporter } from "../../src/report/sarif.js";
import type { SarifLog } from "../../src/report/sarif-types.js";
import { auditResult, context, finding, location, ROOT } from "../helpers/findings.js";

function uriOf(...segments: string[]): string {
  const log = JSON.parse(sarifReporter(auditResult([finding({ location: location({ file: join(ROOT, ...segments) }) })]), context())) as SarifLog;
  return log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
}

describe("SARIF artifact URIs are encoded segment by segment", () => {
  it("escapes `#`, which would otherwise start a fragment", () => {
    expect(uriOf("crates", "c#", "Cargo.toml")).toBe("crates/c%23/Cargo.toml");
  });

  it("escapes `?`, which would otherwise start a query", () => {
    expect(uriOf("crates", "what?", "Cargo.toml")).toBe("crates/what%3F/Cargo.toml");
  });

  it("escapes `%` itself and keeps `/` only as the separator", () => {
    expect(uriOf("crates", "100%", "Cargo.toml")).toBe("crates/100%25/Cargo.toml");
    expect(uriOf("a b", "ü", "Cargo.lock")).toBe("a%20b/%C3%BC/Cargo.lock");
  });
});
