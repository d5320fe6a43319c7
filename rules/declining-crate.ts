/** declining-crate: a direct dependency the catalog marks as declining for its version. */
import type { CatalogEntry } from "../src/catalog/types.js";
import type { Rule, RuleContext, RuleMeta, Severity } from "../src/engine/types.js";
import type { Dependency, WorkspaceDependency } from "../src/model/types.js";
import { externalDependencies, firstSentence, keyOf, lockedPackageOf, lowered, replacementsText, severityForKind } from "./support.js";

function message(name: string, version: string, entry: CatalogEntry): string {
  const since = entry.since ? ` since ${entry.since}` : "";
  return `${name} ${version} is ${entry.status}${since}: ${firstSentence(entry.reason)}`;
}

function suggestion(name: string, entry: CatalogEntry): string {
  return `Move to ${replacementsText(entry)}; \`cargo-sunset --explain ${name}\` prints the migration guide.`;
}

/** Abandoned crates are errors; superseded or merely declining ones are warnings. */
function severityForStatus(entry: CatalogEntry): Severity {
  return entry.status === "superseded" || entry.status === "declining" ? lowered(meta.defaultSeverity) : meta.defaultSeverity;
}

/** Workspace entries used by a member are reported at the member's line (with the entry as related location). */
function unusedWorkspaceEntries(context: RuleContext): WorkspaceDependency[] {
  const used = new Set<WorkspaceDependency>();
  for (const member of context.workspace.members) for (const dep of member.dependencies) if (dep.inheritedFrom) used.add(dep.inheritedFrom);
  return context.workspace.workspaceDependencies.filter((d) => !used.has(d) && d.source.type !== "path");
}

const meta: RuleMeta = {
  id: "declining-crate",
  description: "A direct dependency is deprecated, discontinued, unmaintained or superseded",
  defaultSeverity: "error",
  category: "maintenance",
  needsRegistry: false,
  docs: "rules/declining-crate.md",
};

export const decliningCrate: Rule = {
  meta,
  check(context) {
    for (const { member, dep } of externalDependencies(context)) {
      const locked = lockedPackageOf(context, member, dep);
      const entry = locked
        ? context.catalog.decliningForVersion(dep.name, locked.version)
        : context.catalog.decliningForRequirement(dep.name, dep.req);
      if (!entry) continue;
      const version = locked?.version ?? dep.req;
      context.report({
        message: message(dep.name, version, entry),
        crate: { name: dep.name, req: dep.req, ...(locked ? { version: locked.version } : {}) },
        dependency: dep as Dependency,
        lockedPackage: locked,
        member: member.name,
        severity: severityForKind(severityForStatus(entry), dep.kind),
        suggestion: suggestion(dep.name, entry),
        fingerprintExtra: `${dep.kind}:${dep.target ?? ""}:${keyOf(dep)}`,
      });
    }
    for (const entryDep of unusedWorkspaceEntries(context)) {
      const entry = context.catalog.decliningForRequirement(entryDep.name, entryDep.req);
      if (!entry) continue;
      context.report({
        message: `${message(entryDep.name, entryDep.req, entry).replace(/\.$/, "")} (declared in [workspace.dependencies], used by no member)`,
        crate: { name: entryDep.name, req: entryDep.req },
        dependency: { ...entryDep, rename: null, kind: "normal", target: null, optional: false } as Dependency,
        severity: severityForStatus(entry),
        suggestion: suggestion(entryDep.name, entry),
        fingerprintExtra: `workspace:${entryDep.key}`,
      });
    }
  },
};
