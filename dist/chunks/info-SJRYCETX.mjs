import {
  ALL_RULE_METAS,
  createCatalog,
  formatAdvisory,
  formatGuide,
  writeFileAtomic
} from "./chunk-ZNYXH3TX.mjs";
import {
  EXIT_OK,
  UsageError,
  packageRoot
} from "./chunk-T2TRCG5P.mjs";

// dist/src/commands/info.js
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// dist/src/config/init.js
function tomlValue(value) {
  if (typeof value === "string")
    return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map(tomlValue).join(", ")}]`;
  return String(value);
}
function ruleLine(meta) {
  const options = Object.entries(meta.defaultOptions ?? {});
  const setting = options.length === 0 ? `"${meta.defaultSeverity}"` : `{ severity = "${meta.defaultSeverity}", ${options.map(([key, value]) => `${key} = ${tomlValue(value)}`).join(", ")} }`;
  return `# ${meta.id} = ${setting}`;
}
function starterConfig(ruleMetas) {
  const rules = [...ruleMetas].sort((a, b) => a.id.localeCompare(b.id));
  const width = Math.max(0, ...rules.map((meta) => ruleLine(meta).length));
  const ruleLines = rules.map((meta) => `${ruleLine(meta).padEnd(width)}  # ${meta.description}`);
  return [
    "# cargo-sunset configuration. Lines starting with `#` are examples with the default values.",
    "# Precedence: command line > [package.metadata.cargo-sunset] > this file > [workspace.metadata.cargo-sunset].",
    "",
    "[rules]",
    '# Severity: "error", "warning", "note" or "off"; rules with options take a table.',
    ...ruleLines,
    "",
    "[registry]",
    "# concurrency = 16         # parallel requests to the registry index",
    '# cache-ttl = "1h"         # "30m", "1h", "2d" or a number of seconds',
    "# offline = false          # use only cached registry data",
    '# cache-dir = ".cache/cargo-sunset"',
    "",
    "# Silence findings for a crate, with a reason and optionally an end date.",
    "# [[ignore]]",
    '# crate = "warp"',
    '# version = "<0.4"                          # optional cargo requirement',
    '# rule = "declining-crate"                  # optional: all rules when absent',
    '# members = ["api"]                         # optional: all members when absent',
    '# reason = "moving to axum in Q1"',
    "# until = 2027-03-31                        # optional: reported as expired after this day",
    '# tracking = "https://example.com/issues/12" # optional',
    "",
    "# Your organisation's own retired crates; these verdicts take precedence over the built-in ones.",
    "# [[catalog]]",
    '# crate = "acme-http"',
    '# versions = "<2"                           # default "*"',
    '# status = "deprecated"                     # deprecated, discontinued, unmaintained, superseded, declining, healthy',
    '# replacement = ["reqwest"]',
    '# reason = "acme-http 1.x is no longer supported by the platform team"',
    '# guide = "https://example.com/wiki/acme-http-migration"',
    ""
  ].join("\n");
}

// dist/src/commands/info.js
function listRules() {
  const width = Math.max(...ALL_RULE_METAS.map((m) => m.id.length));
  return `${ALL_RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.needsRegistry ? "registry" : "offline "}  ${m.description}`).join("\n")}
`;
}
function explain(topic) {
  const meta = ALL_RULE_METAS.find((m) => m.id === topic);
  if (meta)
    return readFileSync(join(packageRoot(), meta.docs), "utf8");
  const catalog = createCatalog();
  const entry = catalog.entry(topic);
  const advisories = catalog.advisoriesFor(topic, "0.0.0-0");
  if (!entry && advisories.length === 0)
    throw new UsageError(`--explain: \`${topic}\` is neither a rule id nor a crate in the catalog (see --list-rules)`);
  return [entry ? formatGuide(entry) : "", ...advisories.map(formatAdvisory)].filter(Boolean).join("\n\n") + "\n";
}
function init(args, io, relativize) {
  const dir = resolve(io.cwd, args.positionals[0] ?? ".");
  const target = join(dir, "cargo-sunset.toml");
  if (existsSync(target))
    throw new UsageError(`${relativize(target)} already exists; not overwriting it`);
  writeFileAtomic(target, starterConfig(ALL_RULE_METAS));
  io.stderr(`wrote ${relativize(target)}
`);
  return EXIT_OK;
}
export {
  explain,
  init,
  listRules
};
