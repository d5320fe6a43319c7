/** The contract between the CLI and the output formats. */
import type { Catalog } from "../catalog/catalog.js";
import type { AuditResult } from "../engine/types.js";

export interface ToolInfo {
  name: string;
  version: string;
  /** The project's home page (package.json `homepage`, no trailing slash); rule docs URLs derive from it. */
  informationUri: string;
}

/** Everything a reporter needs besides the audit result: reporters read no files and no environment themselves. */
export interface ReportContext {
  /** Paths in text, JSON, Markdown and GitHub output are POSIX and relative to this directory. */
  cwd: string;
  /** SARIF URIs are relative to this directory (uriBaseId `%SRCROOT%`). */
  repoRoot: string;
  /** Text output only. */
  color: boolean;
  /** cargo-sunset itself, as its package.json states it: SARIF's driver, the JSON report's `tool`, the headings. */
  tool: ToolInfo;
  /** Each rule's documentation page (front matter removed) by rule id, for SARIF's rule help; missing while unwritten. */
  ruleDocs: ReadonlyMap<string, string>;
  /** The text of a lockfile findings point into (a lockfile fix is shown at its `version = ` line), or undefined. */
  readLockfile: (file: string) => string | undefined;
  /** Looked up for the migration guides of catalog findings. */
  catalog: Catalog;
  /** SARIF `runs[0].automationDetails.id` (GitHub's analysis category). */
  automationId?: string;
}

/** A pure function from an audit result to the complete output; never writes anywhere itself. */
export type Reporter = (result: AuditResult, ctx: ReportContext) => string;

export type ReportFormat = "text" | "json" | "sarif" | "github" | "markdown" | "gitlab";
