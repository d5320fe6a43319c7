/**
 * `createRule`, in the spirit of typescript-eslint's RuleCreator: a rule is metadata, message templates and a small
 * check function. The docs path and URL derive from the id; options are typed by their defaults; reports name a
 * message id with its data, so tests assert on ids rather than substrings.
 */
import type { Report, Rule, RuleCategory, RuleContext, RuleMeta, Severity } from "../src/engine/types.js";

/** Where the rule docs are published (the repository's `rules/<id>.md`). */
export const RULE_DOCS_BASE = "https://github.com/cargo-sunset/cargo-sunset/blob/main/rules";

export type TypedReport<M extends string> = Omit<Report, "message" | "messageId"> & { messageId: M; data?: Record<string, string | number> };

export interface TypedContext<O, M extends string> extends Omit<RuleContext, "options" | "report"> {
  options: O;
  report(report: TypedReport<M>): void;
}

export interface RuleDefinition<O extends Record<string, unknown>, M extends string> {
  id: string;
  description: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  needsRegistry?: boolean;
  /** Reads index data when there is some, without needing it. */
  readsRegistry?: boolean;
  /** See `Rule.memberScoped`; tests/lsp/incremental.test.ts compares the re-audits it allows with full audits. */
  memberScoped?: true;
  defaultOptions?: O;
  messages: Record<M, string>;
  check(context: TypedContext<O, M>): void;
}

/** The metadata of a rule: docs path and URL from the id. Rules that are not checks (suppression findings) use it alone. */
export function ruleMeta<M extends string>(definition: Omit<RuleDefinition<Record<string, unknown>, M>, "check">): RuleMeta & { messages: Record<M, string> } {
  return {
    id: definition.id,
    description: definition.description,
    defaultSeverity: definition.defaultSeverity,
    category: definition.category,
    needsRegistry: definition.needsRegistry ?? false,
    ...(definition.readsRegistry ? { readsRegistry: true } : {}),
    ...(definition.defaultOptions ? { defaultOptions: definition.defaultOptions } : {}),
    docs: `rules/${definition.id}.md`,
    url: `${RULE_DOCS_BASE}/${encodeURIComponent(definition.id)}.md`,
    messages: definition.messages,
  };
}

export function createRule<O extends Record<string, unknown> = Record<string, never>, M extends string = string>(definition: RuleDefinition<O, M>): Rule {
  const meta: RuleMeta = ruleMeta(definition);
  return {
    meta,
    ...(definition.memberScoped ? { memberScoped: true as const } : {}),
    check(context) {
      definition.check({
        ...context,
        options: { ...(definition.defaultOptions ?? {}), ...context.options } as O,
        report: (report) => context.report(report),
      });
    },
  };
}
