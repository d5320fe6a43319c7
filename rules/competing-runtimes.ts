/**
 * competing-runtimes: one member's normal dependency tree holds two async runtimes. The finding sits at the external
 * declaration that brings the second runtime (in whichever member declares it), never at a workspace member.
 */
import type { Dependency, LockedPackage } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { declarationKey, groupByDeclaration, keyOf, leavesWorkspace, listText, membersUnder, normalTreeOccurrences, occurrenceText } from "./support.js";

/** tokio first: when it is present, the others are the ones to remove. */
const RUNTIMES = ["tokio", "async-std", "smol", "glommio", "monoio"];
const RUNTIME_NAMES: ReadonlySet<string> = new Set(RUNTIMES);

interface Cause {
  runtime: string;
  primary: string;
  deps: Dependency[];
  members: string[];
  owners: string[];
  described: string;
  pkg: LockedPackage | null;
  req: string;
}

export const competingRuntimes = createRule({
  id: "competing-runtimes",
  description: "Two async runtimes (for example tokio and async-std) in one member's dependency tree",
  defaultSeverity: "warning",
  category: "architecture",
  messages: {
    twoRuntimes: "{{owners}} {{verb}} two async runtimes: {{described}}",
  },
  check(context) {
    const graph = context.graph;
    const causes = new Map<string, Cause>();
    for (const member of context.workspace.members) {
      const found = normalTreeOccurrences(context, member, RUNTIME_NAMES);
      const nameOf = (o: (typeof found)[number]) => o.pkg?.name ?? o.direct.name;
      const runtimes = RUNTIMES.filter((name) => found.some((o) => nameOf(o) === name));
      if (runtimes.length < 2) continue;
      const primary = runtimes[0] as string;
      const described = runtimes
        .map((name) => {
          const o = found.find((x) => nameOf(x) === name);
          return o ? `${name} (${occurrenceText(context, o)})` : name;
        })
        .join(" and ");
      const under = new Set(membersUnder(context, member).map((m) => m.name));
      for (const other of found.filter((o) => nameOf(o) !== primary)) {
        const runtime = nameOf(other);
        // The declarations that bring it: external, normal, in this member or a member it depends on.
        const groups = other.pkg && graph
          ? [...groupByDeclaration(graph.reach(other.pkg.id).reaches.filter((r) => under.has(r.member) && r.direct.kind === "normal" && leavesWorkspace(graph, r))).values()].map((g) => ({ deps: g.deps, members: g.members }))
          : [{ deps: [other.direct], members: [member.name] }];
        for (const group of groups) {
          const key = `${runtime}\u0000${declarationKey(group.deps[0]!)}`;
          const known = causes.get(key);
          if (known) {
            for (const d of group.deps) if (!known.deps.includes(d)) known.deps.push(d);
            for (const m of group.members) if (!known.members.includes(m)) known.members.push(m);
            if (!known.owners.includes(member.name)) known.owners.push(member.name);
          } else {
            causes.set(key, { runtime, primary, deps: [...group.deps], members: [...group.members], owners: [member.name], described, pkg: other.pkg, req: other.direct.req });
          }
        }
      }
    }
    for (const cause of causes.values()) {
      const via = keyOf(cause.deps[0]!);
      const owners = cause.owners.length > 3 ? `${cause.owners.slice(0, 3).join(", ")} and ${cause.owners.length - 3} more members` : listText(cause.owners);
      context.report({
        messageId: "twoRuntimes",
        data: { owners, verb: cause.owners.length > 1 ? "run" : "runs", described: cause.described },
        crate: { name: cause.runtime, ...(cause.pkg ? { version: cause.pkg.version } : { req: cause.req }) },
        dependencies: cause.deps,
        members: cause.members,
        lockedPackage: cause.pkg ?? undefined,
        suggestion: via === cause.runtime
          ? `Settle on ${cause.primary}: replace ${cause.runtime} with ${cause.primary} (\`cargo-sunset --explain ${cause.runtime}\`).`
          : `Settle on ${cause.primary}: replace ${via}, which brings ${cause.runtime}, with a ${cause.primary}-based alternative (\`cargo-sunset --explain ${cause.runtime}\`).`,
        fingerprintExtra: `${cause.runtime}:${via}`,
      });
    }
  },
});
