/**
 * Findings about suppressions themselves (expired or unused ignores, malformed inline allows). They are produced by
 * src/suppress/, not by a rule check, but they have ids, severities, messages and docs like any rule, and their
 * level is resolved by the engine like any other finding's.
 */
import type { RuleMeta } from "../src/engine/types.js";
import { ruleMeta } from "./create-rule.js";

export const expiredIgnore = ruleMeta({
  id: "expired-ignore",
  description: "An [[ignore]] entry is past its `until` date and no longer suppresses anything",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: { expired: "{{ignore}} expired on {{until}}; its findings are reported again (reason was: {{reason}})" },
});

export const unusedIgnore = ruleMeta({
  id: "unused-ignore",
  description: "An [[ignore]] entry matched no finding",
  defaultSeverity: "note",
  category: "maintenance",
  messages: { unused: "{{ignore}} matched no finding" },
});

export const invalidInlineAllow = ruleMeta({
  id: "invalid-inline-allow",
  description: "A `# cargo-sunset: allow(...)` comment has no reason or names an unknown rule",
  defaultSeverity: "warning",
  category: "maintenance",
  messages: { invalid: "invalid inline allow: {{problem}}; it suppresses nothing" },
});

export const unusedInlineAllow = ruleMeta({
  id: "unused-inline-allow",
  description: "A `# cargo-sunset: allow(...)` comment suppressed nothing",
  defaultSeverity: "note",
  category: "maintenance",
  messages: { unused: "inline allow({{rules}}) suppressed no finding on line {{line}}" },
});

export const SUPPRESSION_RULES: readonly RuleMeta[] = [expiredIgnore, unusedIgnore, invalidInlineAllow, unusedInlineAllow];
