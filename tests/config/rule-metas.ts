/** Hand-built rule metadata for configuration tests (the real rules live elsewhere). */
import type { RuleMeta, Severity } from "../../src/engine/types.js";

function meta(id: string, defaultSeverity: Severity, defaultOptions?: Record<string, unknown>): RuleMeta {
  return { id, description: `checks ${id}`, defaultSeverity, category: "maintenance", needsRegistry: false, defaultOptions, docs: `rules/${id}.md` };
}

export const RULE_METAS: RuleMeta[] = [
  meta("declining-crate", "warning"),
  meta("declining-transitive", "note"),
  meta("unmaintained-advisory", "warning"),
  meta("competing-runtimes", "warning"),
  meta("split-http-stack", "note"),
  meta("outdated-requirement", "note"),
  meta("outdated-lock", "note"),
  meta("yanked-version", "error"),
  meta("msrv", "warning"),
  meta("stale-crate", "note", { months: 36 }),
  meta("removable-transitive", "note", { allow: ["serde"], includeDev: false }),
];
