/** The command line: one table drives parsing, `--help` and the README's flag list. */
import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";

export const COMMANDS = ["check", "metadata", "why", "init", "lsp", "fetch"] as const;
export type Command = (typeof COMMANDS)[number];
/** `help` and `version` are spelled as subcommands too, as cargo and git accept them. */
export const INFO_COMMANDS = ["help", "version"] as const;
export const FORMATS = ["text", "json", "sarif", "github", "markdown", "gitlab"] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ["error", "warning", "note", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  value?: string;
  description: string;
}

export const OPTIONS = {
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
  help: { type: "boolean", short: "h", description: "print this help" },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
export type ParsedOptions = {
  [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]["type"] extends "boolean" ? boolean : string;
};

export interface ParsedArgs {
  command: Command;
  positionals: string[];
  options: Omit<ParsedOptions, "format"> & { format?: Format };
}

/** Parses argv (without node and script). A leading `sunset` is dropped: `cargo sunset` runs `cargo-sunset sunset`. */
export function parseCommandLine(argv: string[]): ParsedArgs {
  const args = argv[0] === "sunset" ? argv.slice(1) : argv;
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/, ""));
  }
  const positionals = [...parsed.positionals];
  const first = positionals[0];
  const options = parsed.values as Omit<ParsedOptions, "format"> & { format?: Format };
  if ((INFO_COMMANDS as readonly string[]).includes(first ?? "")) options[positionals.shift() as (typeof INFO_COMMANDS)[number]] = true;
  const command = (COMMANDS as readonly string[]).includes(positionals[0] ?? "") ? (positionals.shift() as Command) : "check";
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown --format \`${options.format}\` (expected ${FORMATS.join(", ")})`);
  }
  if (options["fail-on"] !== undefined && !(FAIL_ON as readonly string[]).includes(options["fail-on"])) {
    throw new UsageError(`unknown --fail-on \`${options["fail-on"]}\` (expected ${FAIL_ON.join(", ")})`);
  }
  if (options.color !== undefined && !(COLOR_MODES as readonly string[]).includes(options.color)) {
    throw new UsageError(`unknown --color \`${options.color}\` (expected ${COLOR_MODES.join(", ")})`);
  }
  if (options["max-warnings"] !== undefined && !/^\d+$/.test(options["max-warnings"])) {
    throw new UsageError(`--max-warnings expects a number of warnings (0 or more), got \`${options["max-warnings"]}\``);
  }
  // `--manifest-path` names one more workspace, like a PATH argument (after the crate name for `why`).
  const manifestPath = options["manifest-path"];
  if (manifestPath !== undefined) {
    if (!/(^|[\\/])Cargo\.toml$/.test(manifestPath)) throw new UsageError(`--manifest-path must be a path to a Cargo.toml file, got \`${manifestPath}\``);
    positionals.push(manifestPath);
  }
  return { command, positionals, options };
}

export function helpText(version: string): string {
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
    "",
  ].join("\n");
}
