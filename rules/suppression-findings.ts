/**
 * Findings about suppressions themselves (expired or unused ignores, malformed inline allows). They are produced by
 * src/suppress/, not by a rule check, but they have ids, severities and docs like any rule.
 */
import type { RuleMeta } from "../src/engine/types.js";

export const SUPPRESSION_RULES: readonly RuleMeta[] = [
  {
    id: "expired-ignore",
    description: "An [[ignore]] entry is past its `until` date and no longer suppresses anything",
    defaultSeverity: "warning",
    category: "maintenance",
    needsRegistry: false,
    docs: "rules/expired-ignore.md",
  },
  {
    id: "unused-ignore",
    description: "An [[ignore]] entry matched no finding",
    defaultSeverity: "note",
    category: "maintenance",
    needsRegistry: false,
    docs: "rules/unused-ignore.md",
  },
  {
    id: "invalid-inline-allow",
    description: "A `# cargo-sunset: allow(...)` comment has no reason or names an unknown rule",
    defaultSeverity: "warning",
    category: "maintenance",
    needsRegistry: false,
    docs: "rules/invalid-inline-allow.md",
  },
  {
    id: "unused-inline-allow",
    description: "A `# cargo-sunset: allow(...)` comment suppressed nothing",
    defaultSeverity: "note",
    category: "maintenance",
    needsRegistry: false,
    docs: "rules/unused-inline-allow.md",
  },
];
