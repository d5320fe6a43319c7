/**
 * split-http-stack: two generations of the HTTP stack (hyper with http, h2 and http-body) in one member's tree, a
 * migration left half-done. One finding per stack and declaration that brings the older generation, naming every
 * generation present; members that share the declaration share the finding.
 */
import semver from "semver";
import { lowestAdmitted } from "../src/model/cargo-semver.js";
import type { Dependency, LockedPackage } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { declarationKey, groupByDeclaration, keyOf, leavesWorkspace, listText, membersUnder, normalTreeOccurrences, type TreeOccurrence } from "./support.js";

const STACK_CRATES = ["hyper", "http", "h2", "http-body"];
const STACK: ReadonlySet<string> = new Set(STACK_CRATES);

/** Semver-compatible generation: `0.14`, `1`. */
function generation(versionOrReq: string): string | null {
  const v = semver.valid(versionOrReq) ?? lowestAdmitted(versionOrReq);
  if (!v) return null;
  const parsed = semver.parse(v);
  if (!parsed) return null;
  return parsed.major > 0 ? String(parsed.major) : `0.${parsed.minor}`;
}

/** `0.14` → `0.14.0`, `1` → `1.0.0`. */
function firstVersionOf(generation: string): string {
  return generation.includes(".") ? `${generation}.0` : `${generation}.0.0`;
}

interface Cause {
  deps: Dependency[];
  members: string[];
  owners: string[];
  /** Older-generation crates this declaration brings: `hyper 0.14.32`. */
  old: Map<string, LockedPackage | null>;
  generations: string;
  newest: string;
  lead: string;
  req: string;
}

export const splitHttpStack = createRule({
  id: "split-http-stack",
  description: "Two generations of one HTTP crate (hyper 0.14 and 1.x, http 0.2 and 1.x) in one member's tree",
  defaultSeverity: "warning",
  category: "architecture",
  messages: {
    split: "{{owners}} {{verb}} two generations of the HTTP stack ({{generations}}); {{via}} brings the older one: {{old}}",
    splitDirect: "{{owners}} {{verb}} two generations of the HTTP stack ({{generations}}); the older one is declared directly: {{old}}",
  },
  check(context) {
    const graph = context.graph;
    const causes = new Map<string, Cause>();
    for (const member of context.workspace.members) {
      const byCrate = new Map<string, TreeOccurrence[]>();
      for (const o of normalTreeOccurrences(context, member, STACK)) {
        const name = o.pkg?.name ?? o.direct.name;
        byCrate.set(name, [...(byCrate.get(name) ?? []), o]);
      }
      const newestOf = new Map<string, string>();
      const parts: string[] = [];
      for (const name of STACK_CRATES) {
        const gens = [...new Set((byCrate.get(name) ?? []).map((o) => generation(o.version)).filter((g): g is string => g !== null))];
        if (gens.length < 2) continue;
        gens.sort((a, b) => semver.compare(firstVersionOf(a), firstVersionOf(b)));
        newestOf.set(name, gens[gens.length - 1] as string);
        parts.push(`${name} ${gens.join(" and ")}`);
      }
      if (newestOf.size === 0) continue;
      const lead = [...newestOf.keys()][0] as string;
      const under = new Set(membersUnder(context, member).map((m) => m.name));
      for (const [name, newest] of newestOf) {
        for (const old of (byCrate.get(name) ?? []).filter((o) => generation(o.version) !== newest)) {
          const groups = old.pkg && graph
            ? [...groupByDeclaration(graph.reach(old.pkg.id).reaches.filter((r) => under.has(r.member) && r.direct.kind === "normal" && leavesWorkspace(graph, r))).values()]
            : [{ deps: [old.direct], members: [member.name] }];
          for (const group of groups) {
            const key = declarationKey(group.deps[0]!);
            let cause = causes.get(key);
            if (!cause) {
              cause = { deps: [], members: [], owners: [], old: new Map(), generations: parts.join(", "), newest: `${lead} ${newestOf.get(lead)}`, lead, req: old.direct.req };
              causes.set(key, cause);
            }
            for (const d of group.deps) if (!cause.deps.includes(d)) cause.deps.push(d);
            for (const m of group.members) if (!cause.members.includes(m)) cause.members.push(m);
            if (!cause.owners.includes(member.name)) cause.owners.push(member.name);
            cause.old.set(`${name} ${old.version}`, old.pkg);
          }
        }
      }
    }
    for (const cause of causes.values()) {
      const via = keyOf(cause.deps[0]!);
      // A declaration of a stack crate (`http-body = "0.4"`) is about that crate first, then what it brings.
      const declared = cause.deps[0]!.name;
      const old = [...cause.old].sort(([a], [b]) => Number(b.startsWith(`${declared} `)) - Number(a.startsWith(`${declared} `)));
      const oldNames = old.map(([n]) => n);
      const first = old[0]?.[1] ?? null;
      const [crateName = cause.lead] = oldNames[0]?.split(" ") ?? [];
      const versions = oldNames.filter((n) => n.startsWith(`${crateName} `)).map((n) => n.slice(crateName.length + 1));
      const owners = cause.owners.length > 3 ? `${cause.owners.slice(0, 3).join(", ")} and ${cause.owners.length - 3} more members` : listText(cause.owners);
      context.report({
        messageId: STACK.has(cause.deps[0]!.name) ? "splitDirect" : "split",
        data: { owners, verb: cause.owners.length > 1 ? "use" : "uses", generations: cause.generations, via, old: oldNames.join(", ") },
        crate: { name: crateName, ...(first ? { version: versions[0] } : { req: cause.req }), ...(versions.length > 1 ? { versions } : {}) },
        dependencies: cause.deps,
        members: cause.members,
        lockedPackage: first ?? undefined,
        suggestion: `Finish the migration to ${cause.newest}: upgrade or replace ${via}, which still brings ${listText(oldNames)}.`,
        fingerprintExtra: `stack:${via}`,
      });
    }
  },
});
