/** The contract between the CLI and the output formats. */
import type { Catalog } from "../catalog/catalog.js";
import type { AuditResult } from "../engine/types.js";

export interface ReportContext {
  /** Paths in text, JSON, Markdown and GitHub output are POSIX and relative to this directory. */
  cwd: string;
  /** SARIF URIs are relative to this directory (uriBaseId `%SRCROOT%`). */
  repoRoot: string;
  /** Text output only. */
  color: boolean;
  toolVersion: string;
  /** Looked up for the migration guides of catalog findings. */
  catalog: Catalog;
  /** SARIF `runs[0].automationDetails.id` (GitHub's analysis category). */
  automationId?: string;
}

/** A pure function from an audit result to the complete output; never writes anywhere itself. */
export type Reporter = (result: AuditResult, ctx: ReportContext) => string;

export type ReportFormat = "text" | "json" | "sarif" | "github" | "markdown" | "gitlab";
