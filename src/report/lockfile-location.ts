/**
 * Findings whose fix is in Cargo.lock (a yanked or outdated locked version: `cargo update -p`) are shown at the
 * locked version, so that a pull request that only changes Cargo.lock gets its alert in the diff; the Cargo.toml
 * key stays as a related location. Code hosts show an alert only where its primary location is in the diff.
 */
import { basename } from "node:path";
import type { Finding, Location } from "../engine/types.js";

export const LOCKFILE_FIX_RULES: ReadonlySet<string> = new Set(["yanked-version", "outdated-lock"]);

const isLockfile = (location: Location) => basename(location.file) === "Cargo.lock";

/** The `version = "..."` line of the `[[package]]` entry starting at `entry`, or the entry itself. */
function versionLine(entry: Location, text: string | undefined): Location {
  if (text === undefined) return entry;
  const lines = text.split(/\r?\n/);
  for (let i = entry.line; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*\[/.test(line)) break;
    const match = /^(\s*version\s*=\s*)("[^"]*")/.exec(line);
    if (match) {
      const column = match[1]!.length + 1;
      return { file: entry.file, line: i + 1, column, endLine: i + 1, endColumn: column + match[2]!.length };
    }
  }
  return entry;
}

export interface Placement {
  location: Location;
  relatedLocations: Location[];
}

export function placeFinding(finding: Finding, readText: (file: string) => string | undefined): Placement {
  const unchanged = { location: finding.location, relatedLocations: finding.relatedLocations };
  if (!LOCKFILE_FIX_RULES.has(finding.ruleId) || isLockfile(finding.location)) return unchanged;
  const entry = finding.relatedLocations.find(isLockfile);
  if (!entry) return unchanged;
  const { label: _label, ...manifest } = finding.location;
  return {
    location: versionLine(entry, readText(entry.file)),
    relatedLocations: [
      { ...manifest, label: "Cargo.toml requirement" },
      ...finding.relatedLocations.filter((l) => l !== entry),
    ],
  };
}
