/** competing-runtimes: one member's normal dependency tree holds two async runtimes. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { keyOf, normalTreeOccurrences, occurrenceText } from "./support.js";

const meta: RuleMeta = {
  id: "competing-runtimes",
  description: "Two async runtimes (for example tokio and async-std) in one member's dependency tree",
  defaultSeverity: "warning",
  category: "architecture",
  needsRegistry: false,
  docs: "rules/competing-runtimes.md",
};

/** tokio first: when it is present, the others are the ones to remove. */
const RUNTIMES = ["tokio", "async-std", "smol", "glommio", "monoio"];
const RUNTIME_NAMES: ReadonlySet<string> = new Set(RUNTIMES);

export const competingRuntimes: Rule = {
  meta,
  check(context) {
    for (const member of context.workspace.members) {
      const found = normalTreeOccurrences(context, member, RUNTIME_NAMES);
      const runtimes = RUNTIMES.filter((name) => found.some((o) => o.pkg?.name === name || o.direct.name === name));
      if (runtimes.length < 2) continue;
      const primary = runtimes[0] as string;
      const described = runtimes.map((name) => {
        const o = found.find((x) => (x.pkg?.name ?? x.direct.name) === name);
        return o ? `${name} (${occurrenceText(context, o)})` : name;
      });
      for (const other of found.filter((o) => (o.pkg?.name ?? o.direct.name) !== primary)) {
        const name = other.pkg?.name ?? other.direct.name;
        context.report({
          message: `${member.name} runs two async runtimes: ${described.join(" and ")}`,
          crate: { name, ...(other.pkg ? { version: other.pkg.version } : { req: other.direct.req }) },
          dependency: other.direct,
          lockedPackage: other.pkg ?? undefined,
          member: member.name,
          suggestion: `Settle on ${primary}: replace ${keyOf(other.direct)} with a ${primary}-based alternative (\`cargo-sunset --explain ${name}\`).`,
          fingerprintExtra: `${name}:${keyOf(other.direct)}`,
        });
      }
    }
  },
};
