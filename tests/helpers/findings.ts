/** Hand-built findings, results and contexts for reporter tests. */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { CatalogEntry } from "../../src/catalog/types.js";
import type { AuditResult, Finding, Location, RuleMeta, ToolNote } from "../../src/engine/types.js";
import { lockfileReader } from "../../src/commands/report-context.js";
import type { ReportContext, ToolInfo } from "../../src/report/types.js";

export const ROOT = join("/", "repo");

export function location(overrides: Partial<Location> & { file?: string } = {}): Location {
  const line = overrides.line ?? 3;
  return {
    file: join(ROOT, "Cargo.toml"),
    line,
    column: 1,
    endLine: overrides.endLine ?? line,
    endColumn: 5,
    ...overrides,
  };
}

/** A finding whose fingerprint, like the engine's, ignores its line. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  const ruleId = overrides.ruleId ?? "declining-crate";
  const crate = overrides.crate ?? { name: "tide", version: "0.16.0", req: "^0.16" };
  const loc = overrides.location ?? location();
  const fingerprint = createHash("sha256").update(`${ruleId}\0${crate.name}\0${loc.file}`).digest("hex").slice(0, 16);
  return {
    ruleId,
    severity: "warning",
    message: `\`${crate.name}\` is no longer maintained`,
    crate,
    location: loc,
    relatedLocations: [],
    fingerprint,
    ...overrides,
  };
}

export function rule(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: `Description of ${id}`,
    defaultSeverity: "warning",
    category: "maintenance",
    needsRegistry: false,
    docs: `rules/${id}.md`,
    ...overrides,
  };
}

export function auditResult(findings: Finding[], notes: ToolNote[] = [], rules?: RuleMeta[]): AuditResult {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  return { findings, notes, workspaceRoots: [ROOT], rules: rules ?? ruleIds.map((id) => rule(id)) };
}

export function catalogEntry(crate: string, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    crate,
    status: "declining",
    versions: "*",
    category: "web-framework",
    replacements: [{ crate: "axum", recommendedBy: "cargo-sunset", note: "Tower-based" }],
    reason: `${crate} has had no release for years.`,
    evidence: [{ kind: "repository", title: "Repository activity", url: `https://example.com/${crate}` }],
    ...overrides,
  };
}

export function fakeCatalog(entries: CatalogEntry[] = []): Catalog {
  const byName = new Map(entries.map((entry) => [entry.crate, entry]));
  return {
    asOf: "2026-01-01",
    advisorySnapshotDate: "2026-01-01",
    entry: (name) => byName.get(name),
    decliningForVersion: (name) => byName.get(name),
    decliningForRequirement: (name) => byName.get(name),
    advisoriesFor: () => [],
    advisoriesAffecting: () => [],
    ignoredAdvisoryHits: () => new Set(),
    advisoryDatabase: { source: "embedded", date: "2026-01-01", count: 0 },
    entries: () => entries,
    advisoryCrates: () => [],
  };
}

/** Stand-in facts about the tool: reporters print what they are given, never what package.json says. */
export const FAKE_TOOL: ToolInfo = { name: "cargo-sunset", version: "1.2.3", informationUri: "https://example.test/cargo-sunset" };

/** No rule docs pages unless a test passes some; lockfiles are read from disk as the command layer does. */
export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { cwd: ROOT, repoRoot: ROOT, color: false, tool: FAKE_TOOL, ruleDocs: new Map(), readLockfile: lockfileReader(), catalog: fakeCatalog(), ...overrides };
}
