/** The commented starter `cargo-sunset.toml` written by `cargo-sunset init`. Everything is commented out, so it changes nothing until edited. */
import type { RuleMeta } from "../engine/types.js";

function tomlValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(", ")}]`;
  return String(value);
}

function ruleLine(meta: RuleMeta): string {
  const options = Object.entries(meta.defaultOptions ?? {});
  const setting =
    options.length === 0
      ? `"${meta.defaultSeverity}"`
      : `{ severity = "${meta.defaultSeverity}", ${options.map(([key, value]) => `${key} = ${tomlValue(value)}`).join(", ")} }`;
  return `# ${meta.id} = ${setting}`;
}

export function starterConfig(ruleMetas: RuleMeta[]): string {
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
    "",
  ].join("\n");
}
