import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-TURU6P4Y.mjs";
import {
  ConfigError,
  buildGraph,
  loadWorkspace,
  loadWorkspaces,
  metadataSource
} from "./chunk-HEUKVBB2.mjs";
import {
  toolVersion
} from "./chunk-QFIM44G5.mjs";
import {
  SpanLocator,
  readTextFile
} from "./chunk-QIKAJBTO.mjs";
import {
  InputError,
  OutputWriteError,
  UsageError
} from "./chunk-NXUHKXOR.mjs";
import "./chunk-FWWLTAH5.mjs";
import "./chunk-WDHDEUBW.mjs";

// dist/src/cli.js
import { isAbsolute, relative, resolve } from "node:path";

// dist/src/cli-options.js
import { parseArgs } from "node:util";
var COMMANDS = ["check", "metadata", "why", "init", "lsp", "fetch"];
var INFO_COMMANDS = ["help", "version"];
var FORMATS = ["text", "json", "sarif", "github", "markdown", "gitlab"];
var FAIL_ON = ["error", "warning", "note", "never"];
var COLOR_MODES = ["auto", "always", "never"];
var OPTIONS = {
  format: { type: "string", short: "f", value: "FORMAT", description: `output format: ${FORMATS.join(", ")} (default text; \`why\`: text, json)` },
  output: { type: "string", short: "o", value: "FILE", description: "write the report to FILE (atomically) instead of stdout" },
  sarif: { type: "string", value: "FILE", description: "also write a SARIF 2.1.0 report to FILE, whatever --format says" },
  "fail-on": { type: "string", value: "LEVEL", description: "exit 1 when a finding is at or above LEVEL: error, warning, note, never (default error)" },
  "max-warnings": { type: "string", value: "N", description: "also exit 1 when there are more than N warnings (as ESLint's --max-warnings)" },
  quiet: { type: "boolean", short: "q", description: "print only findings at or above --fail-on, no notes" },
  color: { type: "string", value: "WHEN", description: "colors: auto (default: on a terminal, off with NO_COLOR or FORCE_COLOR=0), always, never" },
  "no-color": { type: "boolean", description: "no colors, the same as --color never" },
  "manifest-path": { type: "string", value: "PATH", description: "the workspace's Cargo.toml, as cargo spells it (same as a PATH argument)" },
  package: { type: "string", short: "p", multiple: true, value: "MEMBER", description: "audit only this workspace member (repeatable; globs as cargo's -p)" },
  exclude: { type: "string", multiple: true, value: "MEMBER", description: "leave this workspace member out (repeatable; globs as cargo's --exclude)" },
  config: { type: "string", short: "c", value: "FILE", description: "read configuration from FILE instead of cargo-sunset.toml" },
  rule: { type: "string", multiple: true, value: "ID=LEVEL", description: "set a rule's severity: error, warning, note or off (repeatable)" },
  offline: { type: "boolean", description: "do not contact the registry; use cached index data of any age" },
  concurrency: { type: "string", value: "N", description: "registry requests in flight at once (default 16)" },
  "cache-dir": { type: "string", value: "DIR", description: "registry cache directory (default $XDG_CACHE_HOME/cargo-sunset or ~/.cache/cargo-sunset)" },
  "cache-ttl": { type: "string", value: "TIME", description: "reuse cached index data younger than TIME without asking (default 1h; e.g. 30m, 2d, 0)" },
  "no-cache": { type: "boolean", description: "neither reuse nor store the report of an earlier run with unchanged inputs" },
  "advisory-db": { type: "string", value: "URL|PATH", description: "RustSec advisory database: a fetched URL, or a local clone or .tar.gz (check and fetch)" },
  "fail-on-registry-error": { type: "boolean", description: "exit 2 when any crate could not be read from its registry" },
  baseline: { type: "string", value: "FILE", description: "suppress findings recorded in FILE" },
  "update-baseline": { type: "boolean", description: "write the current findings to the --baseline FILE and exit 0" },
  "automation-id": { type: "string", value: "ID", description: "SARIF automationDetails.id (one per workspace when several run in one repository)" },
  fix: { type: "boolean", description: "apply the safe fixes (requirement bumps within rust-version, removal of unused ignores and inline allows), then report" },
  "fix-dry-run": { type: "boolean", description: "print the fixes --fix would make as a unified diff and change nothing (exit 1 when there are any)" },
  "list-rules": { type: "boolean", description: "list the rules with their default severity and exit" },
  explain: { type: "string", value: "RULE|CRATE", description: "print a rule's documentation or a crate's catalog entry with its migration guide (any case)" },
  "list-crates": { type: "boolean", description: "list the catalog's crates with their verdict and the versions it applies to, and exit" },
  version: { type: "boolean", short: "V", description: "print the version" },
  help: { type: "boolean", short: "h", description: "print this help" }
};
function parseCommandLine(argv) {
  const args = argv[0] === "sunset" ? argv.slice(1) : argv;
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional.*$/, ""));
  }
  const positionals = [...parsed.positionals];
  const first = positionals[0];
  const options = parsed.values;
  if (INFO_COMMANDS.includes(first ?? ""))
    options[positionals.shift()] = true;
  const command = COMMANDS.includes(positionals[0] ?? "") ? positionals.shift() : "check";
  if (options.format !== void 0 && !FORMATS.includes(options.format)) {
    throw new UsageError(`unknown --format \`${options.format}\` (expected ${FORMATS.join(", ")})`);
  }
  if (options["fail-on"] !== void 0 && !FAIL_ON.includes(options["fail-on"])) {
    throw new UsageError(`unknown --fail-on \`${options["fail-on"]}\` (expected ${FAIL_ON.join(", ")})`);
  }
  if (options.color !== void 0 && !COLOR_MODES.includes(options.color)) {
    throw new UsageError(`unknown --color \`${options.color}\` (expected ${COLOR_MODES.join(", ")})`);
  }
  if (options["max-warnings"] !== void 0 && !/^\d+$/.test(options["max-warnings"])) {
    throw new UsageError(`--max-warnings expects a number of warnings (0 or more), got \`${options["max-warnings"]}\``);
  }
  const manifestPath = options["manifest-path"];
  if (manifestPath !== void 0) {
    if (!/(^|[\\/])Cargo\.toml$/.test(manifestPath))
      throw new UsageError(`--manifest-path must be a path to a Cargo.toml file, got \`${manifestPath}\``);
    positionals.push(manifestPath);
  }
  return { command, positionals, options };
}
function helpText(version) {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => {
    const flag = `${"short" in spec ? `-${spec.short}, ` : "    "}--${name}${"value" in spec ? ` ${spec.value}` : ""}`;
    return `  ${flag.padEnd(30)} ${spec.description}`;
  });
  return [
    `cargo-sunset ${version}: audit the dependencies of a Rust workspace`,
    "",
    "Usage:",
    "  cargo-sunset [check] [PATH...]      audit the workspaces of PATHs (directories, Cargo.toml or Cargo.lock; default .)",
    "  cargo-sunset why <CRATE> [PATH...]  show how CRATE enters the dependency tree",
    "  cargo-sunset metadata [PATH]        print the workspace model as `cargo metadata --no-deps` JSON, with positions",
    "  cargo-sunset init [PATH]            write a commented starter cargo-sunset.toml",
    "  cargo-sunset lsp                    run the language server for Cargo.toml over stdio (for editors)",
    "  cargo-sunset fetch                  download the RustSec advisory database into the cache",
    "  cargo-sunset help | version         print this help or the version",
    "  cargo sunset ...                    the same, as a cargo subcommand",
    "",
    "Options:",
    ...rows,
    "",
    "Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, configuration or input error.",
    ""
  ].join("\n");
}

// dist/src/commands/metadata.js
function dependencyJson(dep, spans) {
  const out = {
    name: dep.name,
    source: metadataSource(dep.source),
    req: dep.req,
    kind: dep.kind === "normal" ? null : dep.kind,
    rename: dep.rename,
    optional: dep.optional,
    uses_default_features: dep.defaultFeatures,
    features: dep.features,
    target: dep.target,
    registry: dep.source.type !== "git" && dep.source.registry ? dep.source.registry : null,
    path: dep.source.type === "path" ? dep.source.path : null,
    span: spans.spanOf(dep.manifestPath, dep.keyPath) ?? null
  };
  if (dep.inheritedFrom)
    out.workspace_span = spans.spanOf(dep.inheritedFrom.manifestPath, dep.inheritedFrom.keyPath) ?? null;
  return out;
}
function packageJson(pkg, spans) {
  return {
    name: pkg.name,
    version: pkg.version,
    id: `path+file://${pkg.manifestPath.replace(/\/Cargo\.toml$/, "")}#${pkg.name}@${pkg.version}`,
    manifest_path: pkg.manifestPath,
    rust_version: pkg.rustVersion,
    edition: pkg.edition,
    // cargo prints null for "publish anywhere" and [] for `publish = false`.
    publish: pkg.publish === true ? null : pkg.publish === false ? [] : pkg.publish,
    features: pkg.features,
    dependencies: pkg.dependencies.map((d) => dependencyJson(d, spans))
  };
}
function buildMetadata(workspace, readText) {
  const spans = new SpanLocator((path) => workspace.sources.get(path) ?? readText(path));
  const packages = workspace.members.map((p) => packageJson(p, spans));
  return {
    packages,
    workspace_members: packages.map((p) => p.id),
    workspace_default_members: packages.filter((p) => workspace.defaultMembers.includes(p.manifest_path)).map((p) => p.id),
    workspace_root: workspace.root,
    version: 1
  };
}

// dist/src/commands/why.js
function entryOf(member, dep, path, spans) {
  const span = spans.spanOf(dep.manifestPath, dep.keyPath);
  return {
    member: member.name,
    manifest: dep.manifestPath,
    dependency: { key: dep.rename ?? dep.name, name: dep.name, req: dep.req, kind: dep.kind, target: dep.target, line: span?.line ?? null, column: span?.column ?? null },
    path
  };
}
function explainWhy(workspace, crate, spans) {
  const graph = buildGraph(workspace);
  if (!graph) {
    const entries = workspace.members.flatMap((m) => m.dependencies.filter((d) => d.name === crate).map((d) => entryOf(m, d, [], spans)));
    const versions2 = entries.length === 0 ? [] : [{ version: null, source: null, lockLine: null, devOnly: entries.every((e) => e.dependency.kind === "dev"), buildOnly: entries.every((e) => e.dependency.kind === "build"), targetOnly: entries.every((e) => e.dependency.target !== null), entries }];
    return { crate, workspaceRoot: workspace.root, reached: versions2.length > 0, versions: versions2 };
  }
  const versions = graph.lockfile.packages.filter((p) => p.name === crate).map((pkg) => {
    const summary = graph.reach(pkg.id);
    const entries = summary.reaches.map((r) => {
      const member = { name: r.member, manifestPath: r.memberManifestPath };
      const path = r.path.map((id) => graph.packageById(id)).map((p) => p ? `${p.name} ${p.version}` : "?");
      return entryOf(member, r.direct, path, spans);
    });
    return { version: pkg.version, source: pkg.source, lockLine: pkg.line, devOnly: summary.devOnly, buildOnly: summary.buildOnly, targetOnly: summary.targetOnly, entries };
  });
  return { crate, workspaceRoot: workspace.root, reached: versions.some((v) => v.entries.length > 0), versions };
}
function kindText(e) {
  const kind = e.dependency.kind === "normal" ? "normal" : e.dependency.kind;
  return e.dependency.target ? `${kind}, only for ${e.dependency.target}` : kind;
}
function formatWhy(report, relativize) {
  if (report.versions.length === 0)
    return `${report.crate} is not in the dependency tree of ${relativize(report.workspaceRoot) || "."}
`;
  const lines = [];
  for (const v of report.versions) {
    const where = v.lockLine ? `, Cargo.lock line ${v.lockLine}` : "";
    lines.push(`${report.crate} ${v.version ?? "(no Cargo.lock: direct dependencies only)"}${v.source ? ` from ${v.source}` : ""}${where}`);
    const only = v.devOnly ? "only through dev-dependencies" : v.buildOnly ? "only through build-dependencies" : v.targetOnly ? "only on some targets" : "";
    if (only)
      lines.push(`  reached ${only}`);
    if (v.entries.length === 0)
      lines.push("  not reached from any workspace member (stale lockfile entry?)");
    for (const e of v.entries) {
      const at = e.dependency.line ? `${relativize(e.manifest)}:${e.dependency.line}:${e.dependency.column}` : relativize(e.manifest);
      lines.push(`  ${e.member}: ${e.dependency.key} = "${e.dependency.req}" (${kindText(e)}) at ${at}`);
      if (e.path.length > 0)
        lines.push(`    ${[e.member, ...e.path].join(" \u2192 ")}`);
    }
  }
  return `${lines.join("\n")}
`;
}

// dist/src/cli.js
function why(args, io, relativize) {
  const [crate, ...paths] = args.positionals;
  if (!crate)
    throw new UsageError("why needs a crate name: cargo-sunset why <CRATE> [PATH...]");
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError("why supports --format text or json");
  const reports = loadWorkspaces(paths.length > 0 ? paths.map((p) => resolve(io.cwd, p)) : [io.cwd]).map((ws) => explainWhy(ws, crate, new SpanLocator((p) => ws.sources.get(p) ?? readTextFile(p))));
  if (format === "json") {
    const json = reports.map((r) => ({ ...r, workspaceRoot: relativize(r.workspaceRoot) || ".", versions: r.versions.map((v) => ({ ...v, entries: v.entries.map((e) => ({ ...e, manifest: relativize(e.manifest) })) })) }));
    io.stdout(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}
`);
  } else {
    io.stdout(reports.map((r) => formatWhy(r, relativize)).join("\n"));
  }
  return reports.some((r) => r.reached) ? EXIT_OK : EXIT_FINDINGS;
}
function metadata(args, io) {
  if (args.positionals.length > 1)
    throw new UsageError("metadata takes at most one PATH");
  const workspace = loadWorkspace(resolve(io.cwd, args.positionals[0] ?? "."), { skipLockfile: true });
  io.stdout(`${JSON.stringify(buildMetadata(workspace, readTextFile), null, 2)}
`);
  return EXIT_OK;
}
async function main(argv, io) {
  const relativize = (file) => {
    const rel = relative(io.cwd, file);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? file : rel.split("\\").join("/");
  };
  try {
    const args = parseCommandLine(argv);
    const o = args.options;
    if (o.help)
      return io.stdout(helpText(toolVersion())), EXIT_OK;
    if (o.version)
      return io.stdout(`cargo-sunset ${toolVersion()}
`), EXIT_OK;
    if (o["list-rules"])
      return io.stdout((await import("./info-GDHM3OUX.mjs")).listRules(o.format)), EXIT_OK;
    if (o["list-crates"])
      return io.stdout((await import("./info-GDHM3OUX.mjs")).listCrates()), EXIT_OK;
    if (o.explain !== void 0)
      return io.stdout((await import("./info-GDHM3OUX.mjs")).explain(o.explain, o.format)), EXIT_OK;
    switch (args.command) {
      case "metadata":
        return metadata(args, io);
      case "why":
        return why(args, io, relativize);
      case "fetch":
        return await (await import("./fetch-VXVC5RHT.mjs")).fetchCommand(args, io);
      case "init":
        return (await import("./info-GDHM3OUX.mjs")).init(args, io, relativize);
      case "lsp":
        if (!io.streams)
          throw new UsageError("lsp needs the process's standard input and output");
        return await (await import("./server-KZDDV2DK.mjs")).runLanguageServer({ ...io.streams, env: io.env });
      default:
        return await (await import("./check-I3WKBGMC.mjs")).check(args, io, relativize);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof OutputWriteError) {
      io.stderr(`${error.describe(relativize)}
`);
      return EXIT_ERROR;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}
Run \`cargo-sunset --help\` for usage.
`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  main
};
