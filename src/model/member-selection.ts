/** `-p/--package` and `--exclude`: which workspace members a report covers, as cargo selects them (globs included). */
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

/** Names of the workspace's members that the selection keeps. */
export function selectedMembers(workspace: Workspace, selection: MemberSelection): Set<string> {
  const keep = selection.packages.map(matcher);
  const drop = selection.exclude.map(matcher);
  return new Set(
    workspace.members.map((m) => m.name).filter((name) => (keep.length === 0 || keep.some((k) => k(name))) && !drop.some((d) => d(name))),
  );
}
