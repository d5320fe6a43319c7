/**
 * main(argv, io) → exit code. Everything process-specific arrives through `io`; only bin.ts touches `process`.
 * Commands that need the rules, the catalog or the registry are loaded when asked for, so that `why`, `metadata`,
 * `--help` and `--version` start without compiling them.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, type CliIo, type Relativize } from "./cli-io.js";
import { helpText, parseCommandLine, type ParsedArgs } from "./cli-options.js";
import { buildMetadata } from "./commands/metadata.js";
import { explainWhy, formatWhy } from "./commands/why.js";
import { ConfigError } from "./config/errors.js";
import { InputError, UsageError } from "./errors.js";
import { SpanLocator } from "./model/spans.js";
import { readTextFile } from "./model/toml-file.js";
import { loadWorkspace, loadWorkspaces } from "./model/workspace.js";
import { OutputWriteError } from "./util/atomic-write.js";
import { toolVersion } from "./util/package-root.js";

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, type CliIo } from "./cli-io.js";

function why(args: ParsedArgs, io: CliIo, relativize: Relativize): number {
  const [crate, ...paths] = args.positionals;
  if (!crate) throw new UsageError("why needs a crate name: cargo-sunset why <CRATE> [PATH...]");
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("why supports --format text or json");
  const reports = loadWorkspaces(paths.length > 0 ? paths.map((p) => resolve(io.cwd, p)) : [io.cwd]).map((ws) =>
    explainWhy(ws, crate, new SpanLocator((p) => ws.sources.get(p) ?? readTextFile(p))),
  );
  if (format === "json") {
    const json = reports.map((r) => ({ ...r, workspaceRoot: relativize(r.workspaceRoot) || ".", versions: r.versions.map((v) => ({ ...v, entries: v.entries.map((e) => ({ ...e, manifest: relativize(e.manifest) })) })) }));
    io.stdout(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    io.stdout(reports.map((r) => formatWhy(r, relativize)).join("\n"));
  }
  return reports.some((r) => r.reached) ? EXIT_OK : EXIT_FINDINGS;
}

function metadata(args: ParsedArgs, io: CliIo): number {
  if (args.positionals.length > 1) throw new UsageError("metadata takes at most one PATH");
  const workspace = loadWorkspace(resolve(io.cwd, args.positionals[0] ?? "."), { skipLockfile: true });
  io.stdout(`${JSON.stringify(buildMetadata(workspace, readTextFile), null, 2)}\n`);
  return EXIT_OK;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const relativize = (file: string) => {
    const rel = relative(io.cwd, file);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? file : rel.split("\\").join("/");
  };
  try {
    const args = parseCommandLine(argv);
    const o = args.options;
    if (o.help) return io.stdout(helpText(toolVersion())), EXIT_OK;
    if (o.version) return io.stdout(`cargo-sunset ${toolVersion()}\n`), EXIT_OK;
    if (o["list-rules"]) return io.stdout((await import("./commands/info.js")).listRules(o.format)), EXIT_OK;
    if (o["list-crates"]) return io.stdout((await import("./commands/info.js")).listCrates()), EXIT_OK;
    if (o.explain !== undefined) return io.stdout((await import("./commands/info.js")).explain(o.explain, o.format)), EXIT_OK;
    switch (args.command) {
      case "metadata":
        return metadata(args, io);
      case "why":
        return why(args, io, relativize);
      case "fetch":
        return await (await import("./commands/fetch.js")).fetchCommand(args, io);
      case "init":
        return (await import("./commands/info.js")).init(args, io, relativize);
      case "lsp":
        if (!io.streams) throw new UsageError("lsp needs the process's standard input and output");
        return await (await import("./lsp/server.js")).runLanguageServer({ ...io.streams, env: io.env });
      default:
        return await (await import("./commands/check.js")).check(args, io, relativize);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof OutputWriteError) {
      io.stderr(`${error.describe(relativize)}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\nRun \`cargo-sunset --help\` for usage.\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
