/** `cargo-sunset fetch [--advisory-db URL|PATH]`: refreshes the cached RustSec advisory database. */
import { resolve } from "node:path";
import { fetchAdvisoryDb, FetchError } from "../advisories/download.js";
import { isUrl } from "../advisories/sources.js";
import { countAdvisories } from "../advisories/types.js";
import { EXIT_ERROR, EXIT_OK, type CliIo } from "../cli-io.js";
import type { ParsedArgs } from "../cli-options.js";
import { UsageError } from "../errors.js";
import { defaultCacheDir } from "../registry/cache.js";
import { userAgent } from "../registry/user-agent.js";

export async function fetchCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError("fetch takes no PATH; use --advisory-db URL|PATH");
  const o = args.options;
  const raw = o["advisory-db"];
  const source = raw === undefined ? undefined : isUrl(raw) ? raw : resolve(io.cwd, raw);
  const cacheDir = o["cache-dir"] !== undefined ? resolve(io.cwd, o["cache-dir"]) : defaultCacheDir(io.env);
  try {
    const outcome = await fetchAdvisoryDb({ ...(source ? { source } : {}), cacheDir, ...(io.fetch ? { fetch: io.fetch } : {}), userAgent: userAgent(), now: io.now });
    for (const line of outcome.skipped) io.stderr(`note: advisory file skipped: ${line}\n`);
    const commit = outcome.commit ? `, commit ${outcome.commit.slice(0, 8)}` : "";
    if (outcome.status === "not-modified") {
      io.stderr(`advisory database up to date (${outcome.count} advisories, ${outcome.date}${commit})\n`);
    } else {
      const counts = outcome.built ? countAdvisories(outcome.built.database.advisories) : undefined;
      const byKind = counts ? `: ${counts.vulnerability} vulnerabilities, ${counts.unmaintained} unmaintained, ${counts.unsound} unsound, ${counts.notice} notices, ${counts.withdrawn} withdrawn` : "";
      io.stderr(`${outcome.status === "imported" ? "imported" : "fetched"} ${outcome.count} advisories (${outcome.date}${commit})${byKind}\n`);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof FetchError) {
      io.stderr(`error: ${error.message}; the previous advisory data is kept\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
