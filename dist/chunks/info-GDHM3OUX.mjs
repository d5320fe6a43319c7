import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  EXIT_OK
} from "./chunk-TURU6P4Y.mjs";
import {
  ALL_RULE_METAS,
  createCatalog,
  formatAdvisory,
  formatGuide
} from "./chunk-GUXFN55B.mjs";
import "./chunk-HEUKVBB2.mjs";
import "./chunk-FG6EX3WV.mjs";
import {
  packageRoot
} from "./chunk-QFIM44G5.mjs";
import "./chunk-RPMUVPDV.mjs";
import "./chunk-QIKAJBTO.mjs";
import {
  UsageError,
  writeFileAtomic
} from "./chunk-NXUHKXOR.mjs";
import "./chunk-FWWLTAH5.mjs";
import "./chunk-WDHDEUBW.mjs";

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
function listRules(format = "text") {
  if (format === "json") {
    const rules = ALL_RULE_METAS.map((m) => ({
      id: m.id,
      description: m.description,
      defaultSeverity: m.defaultSeverity,
      category: m.category,
      needsRegistry: m.needsRegistry,
      docs: m.docs,
      ...m.url ? { url: m.url } : {},
      ...m.defaultOptions ? { defaultOptions: m.defaultOptions } : {},
      ...m.messages ? { messages: m.messages } : {}
    }));
    return `${JSON.stringify({ rules }, null, 2)}
`;
  }
  const width = Math.max(...ALL_RULE_METAS.map((m) => m.id.length));
  return `${ALL_RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.needsRegistry ? "registry" : "offline "}  ${m.description}`).join("\n")}
`;
}
var normalize = (name) => name.trim().toLowerCase().replace(/_/g, "-");
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max)
    return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function nearNames(topic, names) {
  const wanted = normalize(topic);
  const max = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  return names.map((name) => ({ name, d: distance(wanted, normalize(name), max) })).filter((c) => c.d <= max || wanted.length >= 3 && normalize(c.name).startsWith(wanted)).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, 3).map((c) => c.name);
}
function explain(topic, format = "text") {
  const wanted = normalize(topic);
  const meta = ALL_RULE_METAS.find((m) => m.id === wanted);
  const json = format === "json";
  if (meta) {
    const docs = readFileSync(join(packageRoot(), meta.docs), "utf8");
    return json ? `${JSON.stringify({ kind: "rule", rule: { ...meta }, docs }, null, 2)}
` : docs;
  }
  const catalog = createCatalog();
  const crateNames = [.../* @__PURE__ */ new Set([...catalog.entries().map((e) => e.crate), ...catalog.advisoryCrates()])];
  const name = crateNames.find((n) => normalize(n) === wanted) ?? topic;
  const entry = catalog.entry(name);
  const advisories = catalog.advisoriesFor(name, "0.0.0-0");
  if (!entry && advisories.length === 0) {
    const near = nearNames(topic, [...ALL_RULE_METAS.map((m) => m.id), ...crateNames]);
    const hint = near.length > 0 ? `; did you mean ${near.map((n) => `\`${n}\``).join(", ")}?` : " (see --list-rules and --list-crates)";
    throw new UsageError(`--explain: \`${topic}\` is neither a rule id nor a crate in the catalog${hint}`);
  }
  if (json)
    return `${JSON.stringify({ kind: "crate", crate: name, entry: entry ?? null, advisories }, null, 2)}
`;
  return [entry ? formatGuide(entry) : "", ...advisories.map(formatAdvisory)].filter(Boolean).join("\n\n") + "\n";
}
function listCrates() {
  const entries = [...createCatalog().entries()].sort((a, b) => a.crate.localeCompare(b.crate));
  const rows = entries.map((e) => [e.crate, e.status, e.versions, e.replacements.map((r) => r.crate).join(", ") || "-"]);
  const header = ["CRATE", "VERDICT", "VERSIONS", "REPLACEMENTS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  return `${[header, ...rows].map(format).join("\n")}
`;
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
  listCrates,
  listRules,
  nearNames
};
