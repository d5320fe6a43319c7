/** `-p/--package` and `--exclude`: narrow a workspace to some of its members, as cargo does (globs included). */
import { UsageError } from "../errors.js";
import { hasGlob, segmentRegex } from "./glob.js";
import type { Workspace } from "./types.js";

export interface MemberSelection {
  /** Members to keep (all when empty). */
  packages: readonly string[];
  /** Members to leave out. */
  exclude: readonly string[];
}

const matcher = (pattern: string): ((name: string) => boolean) => {
  if (!hasGlob(pattern)) return (name) => name === pattern;
  const re = segmentRegex(pattern);
  return (name) => re.test(name);
};

export function isNarrowed(selection: MemberSelection | undefined): selection is MemberSelection {
  return selection !== undefined && (selection.packages.length > 0 || selection.exclude.length > 0);
}

/**
 * Every pattern must match a member of at least one workspace, otherwise the run stops with a usage error that
 * lists the members (a typo would silently audit nothing).
 */
export function checkSelection(workspaces: readonly Workspace[], selection: MemberSelection): void {
  const names = [...new Set(workspaces.flatMap((w) => w.members.map((m) => m.name)))].sort();
  for (const [flag, patterns] of [["--package", selection.packages], ["--exclude", selection.exclude]] as const) {
    for (const pattern of patterns) {
      if (!names.some(matcher(pattern))) {
        throw new UsageError(`${flag} \`${pattern}\` matches no workspace member (members: ${names.join(", ") || "none"})`);
      }
    }
  }
}

/** The workspace with only the selected members; rules and the dependency graph then start from those alone. */
export function selectMembers(workspace: Workspace, selection: MemberSelection): Workspace {
  const keep = selection.packages.map(matcher);
  const drop = selection.exclude.map(matcher);
  const members = workspace.members.filter((m) => (keep.length === 0 || keep.some((k) => k(m.name))) && !drop.some((d) => d(m.name)));
  const kept = new Set(members.map((m) => m.manifestPath));
  return { ...workspace, members, defaultMembers: workspace.defaultMembers.filter((p) => kept.has(p)) };
}
