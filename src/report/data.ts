/** The knowledge a report was made with, stated in every format: catalog date and advisory database provenance. */
import type { ReportContext } from "./types.js";

export interface ReportData {
  catalog: { asOf: string };
  advisoryDatabase: { source: string; date: string; commit?: string; advisories: number };
}

export function reportData(ctx: ReportContext): ReportData {
  const db = ctx.catalog.advisoryDatabase;
  return {
    catalog: { asOf: ctx.catalog.asOf },
    advisoryDatabase: { source: db.source, date: db.date, ...(db.commit ? { commit: db.commit } : {}), advisories: db.count },
  };
}

/** "Data: catalog as of …; RustSec advisory database of … (commit …, embedded, N advisories)". */
export function describeData(ctx: ReportContext): string {
  const { catalog, advisoryDatabase: db } = reportData(ctx);
  const commit = db.commit ? `commit ${db.commit.slice(0, 8)}, ` : "";
  return `Data: catalog as of ${catalog.asOf}; RustSec advisory database of ${db.date} (${commit}${db.source}, ${db.advisories} advisories)`;
}
