/**
 * What the reporters are given besides the audit result: the tool's own facts, the rule docs pages, the lockfile
 * texts findings point into and the repository root. Reporters read no files; this module does it for them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import type { RuleMeta } from "../engine/types.js";
import type { ReportContext, ToolInfo } from "../report/types.js";
import { packageInfo, readShippedDoc } from "../util/package-root.js";

/** cargo-sunset's name, version and home page, from its package.json. */
export function toolInfo(): ToolInfo {
  const { name, version, homepage } = packageInfo();
  return { name, version, informationUri: homepage };
}

const docsByRule = new Map<string, string | undefined>();

/** Each rule's page (`meta.docs`, else `rules/<id>.md`) without front matter, read once per process. */
export function ruleDocs(metas: readonly RuleMeta[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of metas) {
    if (!docsByRule.has(meta.id)) docsByRule.set(meta.id, readShippedDoc(meta.docs || `rules/${meta.id}.md`));
    const text = docsByRule.get(meta.id);
    if (text !== undefined) out.set(meta.id, text);
  }
  return out;
}

/** Reads each lockfile once: one reader serves every report of a run. */
export function lockfileReader(): (file: string) => string | undefined {
  const texts = new Map<string, string | undefined>();
  return (file) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, "utf8"));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
}

/** Nearest directory at or above `start` holding `.git` (a directory, or a file in worktrees), else `start`. */
export function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export interface ReportContextOptions {
  cwd: string;
  /** A directory of the audited project: SARIF and GitLab paths are relative to its repository. */
  projectDir: string;
  color: boolean;
  catalog: Catalog;
  rules: readonly RuleMeta[];
  automationId?: string;
}

export function buildReportContext(o: ReportContextOptions): ReportContext {
  let docs: Map<string, string> | undefined;
  return {
    cwd: o.cwd,
    repoRoot: findRepoRoot(o.projectDir),
    color: o.color,
    tool: toolInfo(),
    // Read when a reporter asks (SARIF does; the text, JSON and other reports never need the pages).
    get ruleDocs() {
      docs ??= ruleDocs(o.rules);
      return docs;
    },
    readLockfile: lockfileReader(),
    catalog: o.catalog,
    ...(o.automationId ? { automationId: o.automationId } : {}),
  };
}
