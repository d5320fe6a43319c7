/** What a check needs from the advisory configuration: the database, the active ignores, and notes about both. */
import type { AdvisorySettings } from "../config/types.js";
import type { ToolNote } from "../engine/types.js";
import { selectDatabase, type SelectedDatabase } from "./sources.js";

const DAY_MS = 86_400_000;
export const DEFAULT_STALE_AFTER_MS = 90 * DAY_MS;

export interface AdvisoryRunData {
  selected: SelectedDatabase;
  /** Ids of ignores in force today. */
  ignored: Set<string>;
  notes: ToolNote[];
}

export async function prepareAdvisories(settings: AdvisorySettings, cacheDir: string, env: Record<string, string | undefined>, now: Date): Promise<AdvisoryRunData> {
  const selected = await selectDatabase({ ...(settings.dbUrl ? { source: settings.dbUrl } : {}), cacheDir, env });
  const notes: ToolNote[] = selected.notes.map((message) => ({ level: "note", message }));
  const today = now.toISOString().slice(0, 10);
  const ignored = new Set<string>();
  for (const entry of settings.ignore ?? []) {
    const location = { file: entry.file, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
    if (entry.until !== undefined && entry.until < today) {
      notes.push({ level: "warning", message: `the ignore of ${entry.id} expired on ${entry.until}; the advisory is reported again`, location });
    } else {
      ignored.add(entry.id);
    }
  }
  const { database } = selected;
  const ageMs = now.getTime() - Date.parse(`${database.date}T00:00:00Z`);
  const staleAfter = settings.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  if (ageMs > staleAfter) {
    notes.push({
      level: "warning",
      message: `the RustSec advisory data is ${Math.floor(ageMs / DAY_MS)} days old (${database.date}, ${database.source}); run \`cargo-sunset fetch\` to update it`,
    });
  }
  return { selected, ignored, notes };
}

/** Notes for ignores that matched nothing in this run. */
export function unusedIgnoreNotes(settings: AdvisorySettings, active: ReadonlySet<string>, hits: ReadonlySet<string>): ToolNote[] {
  return (settings.ignore ?? [])
    .filter((entry) => active.has(entry.id) && !hits.has(entry.id))
    .map((entry) => ({
      level: "note" as const,
      message: `the ignore of ${entry.id} matched no locked crate; it can be removed`,
      location: { file: entry.file, line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn },
    }));
}
