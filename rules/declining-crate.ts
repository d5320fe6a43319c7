/**
 * declining-crate: a direct dependency the catalog marks as declining for its version. One finding per declaration:
 * a `[workspace.dependencies]` entry inherited by several members is reported once, at the entry.
 */
import type { CatalogEntry, Replacement } from "../src/catalog/types.js";
import type { RuleContext } from "../src/engine/types.js";
import type { Dependency, LockedPackage, WorkspaceDependency } from "../src/model/types.js";
import { createRule } from "./create-rule.js";
import { needsNewerRust } from "./registry-support.js";
import { declarationKey, externalDependencies, firstSentence, isFromCratesIo, keyOf, lockedPackageOf, membersText, replacedByStd, replacementsText } from "./support.js";

function suggestion(name: string, entry: CatalogEntry): string {
  return `Move to ${replacementsText(entry)}; \`cargo-sunset --explain ${name}\` prints the migration guide.`;
}

/** The replacements every one of the packages' rust-versions allows (no rust-version declared: current toolchains do). */
function usableReplacements(entry: CatalogEntry, rustVersions: ReadonlyArray<string | null>): Replacement[] {
  return entry.replacements.filter((r) => rustVersions.every((declared) => !needsNewerRust(r.rustVersion ?? null, declared)));
}

/** The first usable std replacement (the catalog lists the most complete first); a partial one says what remains. */
function stdSuggestion(name: string, usable: Replacement[]): string {
  const best = usable[0];
  const explain = `\`cargo-sunset --explain ${name}\` shows how.`;
  if (!best) return `The standard library now covers it; ${explain}`;
  const item = `\`${best.crate}\` (Rust ${best.rustVersion}+)`;
  if (best.partial) return `The standard library covers part of it: use ${item}${best.note ? ` ${best.note.replace(/^Rust [\d.]+\+,?\s*/, "")}` : ""}; ${best.partial}. ${explain}`;
  return `The standard library now covers it: use ${item} and drop the dependency; ${explain}`;
}

/** Abandoned crates keep the rule's level; superseded or merely declining ones are one step milder. */
function milder(entry: CatalogEntry): boolean {
  return entry.status === "superseded" || entry.status === "declining";
}

/** Workspace entries used by a member are reported through the members that inherit them. */
function unusedWorkspaceEntries(context: RuleContext): WorkspaceDependency[] {
  const used = new Set<WorkspaceDependency>();
  for (const member of context.workspace.members) for (const dep of member.dependencies) if (dep.inheritedFrom) used.add(dep.inheritedFrom);
  return context.workspace.workspaceDependencies.filter((d) => !used.has(d) && d.source.type !== "path");
}

interface Hit {
  dep: Dependency;
  member: string;
  locked: LockedPackage | undefined;
  entry: CatalogEntry;
  rustVersion: string | null;
}

export const decliningCrate = createRule({
  id: "declining-crate",
  description: "A direct dependency is deprecated, discontinued, unmaintained or superseded",
  defaultSeverity: "error",
  category: "maintenance",
  messages: {
    declining: "{{crate}} {{version}} is {{status}}{{since}}{{advisories}}: {{reason}}{{members}}",
    unusedEntry: "{{crate}} {{version}} is {{status}}{{since}}: {{reason}} (declared in [workspace.dependencies], used by no member)",
  },
  check(context) {
    const groups = new Map<string, Hit[]>();
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const entry = locked ? context.catalog.decliningForVersion(dep.name, locked.version) : context.catalog.decliningForRequirement(dep.name, dep.req);
      if (!entry) continue;
      // A std replacement the package's rust-version cannot use yet is no advice: the crate stays the right choice.
      if (replacedByStd(entry) && usableReplacements(entry, [member.rustVersion]).length === 0) continue;
      // The same entry inherited as a normal and as a dev-dependency is still one line to edit.
      const key = `${declarationKey(dep)}\u0000${dep.inheritedFrom ? "" : dep.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), { dep, member: member.name, locked, entry, rustVersion: member.rustVersion }]);
    }
    for (const hits of groups.values()) {
      const { dep, locked, entry } = hits[0]!;
      const versions = [...new Set(hits.map((h) => h.locked?.version ?? h.dep.req))];
      const members = [...new Set(hits.map((h) => h.member))];
      const usable = usableReplacements(entry, hits.map((h) => h.rustVersion));
      const byStd = replacedByStd(entry);
      const advisories = [...new Set(hits.flatMap((h) => (h.locked && isFromCratesIo(h.locked) ? context.catalog.advisoriesFor(dep.name, h.locked.version) : [])).map((a) => a.id))];
      context.report({
        messageId: "declining",
        data: {
          crate: dep.name,
          version: versions.join(" and "),
          status: entry.status,
          since: entry.since ? ` since ${entry.since}` : "",
          advisories: advisories.length > 0 ? ` (${advisories.join(", ")})` : "",
          reason: firstSentence(entry.reason).replace(/\.$/, members.length > 1 ? "" : "."),
          members: members.length > 1 ? `; used by ${membersText(members)}` : "",
        },
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}), ...(versions.length > 1 && locked ? { versions } : {}) },
        dependencies: hits.map((h) => h.dep),
        members,
        lockedPackage: locked,
        facts: { milder: milder(entry), devOrBuildOnly: hits.every((h) => h.dep.kind !== "normal"), ...(byStd ? { replacedByStd: true } : {}) },
        ...(advisories.length > 0 ? { alsoRules: ["unmaintained-advisory"] } : {}),
        suggestion: byStd ? stdSuggestion(dep.name, usable) : suggestion(dep.name, { ...entry, replacements: usable.length > 0 ? usable : entry.replacements }),
        fingerprintExtra: members.length > 1 ? `workspace:${keyOf(dep)}` : `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
    for (const entryDep of unusedWorkspaceEntries(context)) {
      const entry = context.catalog.decliningForRequirement(entryDep.name, entryDep.req);
      if (!entry) continue;
      context.report({
        messageId: "unusedEntry",
        data: { crate: entryDep.name, version: entryDep.req, status: entry.status, since: entry.since ? ` since ${entry.since}` : "", reason: firstSentence(entry.reason).replace(/\.$/, "") },
        crate: { name: entryDep.name, req: entryDep.req },
        dependency: { ...entryDep, rename: null, kind: "normal", target: null, optional: false } as Dependency,
        facts: { milder: milder(entry), ...(replacedByStd(entry) ? { replacedByStd: true } : {}) },
        suggestion: replacedByStd(entry) ? stdSuggestion(entryDep.name, entry.replacements) : suggestion(entryDep.name, entry),
        fingerprintExtra: `workspace:${entryDep.key}`,
      });
    }
  },
});
