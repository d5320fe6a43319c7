/**
 * JSON Schema (draft-07, as taplo / Even Better TOML read it) of cargo-sunset.toml and of the
 * `[workspace.metadata.cargo-sunset]` / `[package.metadata.cargo-sunset]` tables, generated from the rule
 * metadata so that rule ids and options stay in step with the code. `npm run schema` writes it to schema/.
 */
import type { RuleMeta } from "../engine/types.js";

type Schema = Record<string, unknown>;

export const CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/cargo-sunset/cargo-sunset/main/schema/cargo-sunset.schema.json";

const SEVERITY: Schema = {
  type: "string",
  enum: ["error", "warning", "note", "off"],
  description: "Severity of the rule's findings, or off.",
};

function optionSchema(value: unknown): Schema {
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number", default: value };
  if (typeof value === "boolean") return { type: "boolean", default: value };
  if (typeof value === "string") return { type: "string", default: value };
  if (Array.isArray(value)) return { type: "array", default: value };
  return { type: "object" };
}

function ruleSchema(meta: RuleMeta): Schema {
  const options = Object.entries(meta.defaultOptions ?? {});
  const description = `${meta.description} (default: ${meta.defaultSeverity}).`;
  return {
    description,
    default: meta.defaultSeverity,
    oneOf: [
      { ...SEVERITY, default: meta.defaultSeverity },
      {
        type: "object",
        additionalProperties: false,
        properties: { severity: SEVERITY, ...Object.fromEntries(options.map(([key, value]) => [key, optionSchema(value)])) },
      },
    ],
  };
}

const DATE = "^\\d{4}-\\d{2}-\\d{2}$";

function ignoreEntry(allowMembers: boolean): Schema {
  return {
    type: "object",
    description: "Suppresses findings about a crate, with a reason and optionally an end date.",
    additionalProperties: false,
    required: ["crate", "reason"],
    properties: {
      crate: { type: "string", minLength: 1, description: "Crate name." },
      version: { type: "string", description: "Cargo requirement of the versions it applies to (all when absent)." },
      rule: { type: "string", description: "Rule id (all rules when absent)." },
      ...(allowMembers ? { members: { type: "array", items: { type: "string" }, description: "Workspace members it applies to (all when absent)." } } : {}),
      reason: { type: "string", minLength: 1, pattern: "\\S", description: "Why the finding is accepted." },
      until: { type: "string", format: "date", pattern: DATE, description: "Last day the entry applies (a TOML local date or a YYYY-MM-DD string)." },
      tracking: { type: "string", format: "uri", pattern: "^https?://", description: "http(s) URL of the tracking issue." },
    },
  };
}

const DURATION = "^\\s*\\d+\\s*[smhdw]\\s*$";
const SIZE = "^\\s*\\d+\\s*([kKmMgG][iI]?[bB]|[bB])?\\s*$";

/** A registry limit: a string in the pattern's form or a whole number above zero (seconds or bytes). */
function limit(pattern: string, defaultValue: string, description: string): Schema {
  return { oneOf: [{ type: "string", pattern }, { type: "integer", minimum: 1 }], default: defaultValue, description };
}

const REGISTRY: Schema = {
  type: "object",
  description: "How the registry index is queried and cached (run-wide).",
  additionalProperties: false,
  properties: {
    concurrency: { type: "integer", minimum: 1, default: 16, description: "Registry requests in flight at once." },
    "cache-ttl": {
      oneOf: [{ type: "string", pattern: "^\\s*\\d+\\s*[smhdw]\\s*$" }, { type: "integer", minimum: 0 }],
      default: "1h",
      description: 'Reuse cached index data younger than this: "30m", "1h", "2d" or a number of seconds.',
    },
    offline: { type: "boolean", default: false, description: "Use only cached registry data." },
    "cache-dir": { type: "string", minLength: 1, description: "Cache directory, relative to the workspace root." },
    timeout: limit(DURATION, "10s", "Time one request attempt may take before it is retried or given up."),
    "run-timeout": limit(DURATION, "60s", "Time the whole run may spend on the registry; crates not checked by then get a note."),
    "max-file-size": limit(SIZE, "20MiB", "Largest index file read, after decompression."),
    "max-download": limit(SIZE, "256MiB", "Index data one run may download; crates past it are not checked (with a note)."),
  },
};

const ADVISORIES: Schema = {
  type: "object",
  description: "The RustSec advisory database: source, ignored advisories, staleness (run-wide).",
  additionalProperties: false,
  properties: {
    "db-url": { type: "string", minLength: 1, description: "URL of a fetched copy, or a path (relative to the workspace root) of a clone or .tar.gz." },
    "stale-after": {
      oneOf: [{ type: "string", pattern: "^\\s*\\d+\\s*[smhdw]\\s*$" }, { type: "integer", minimum: 0 }],
      default: "90d",
      description: "Warn when the advisory data is older than this.",
    },
    ignore: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: {
          id: { type: "string", pattern: "^[A-Z]+-\\d{4}-\\d{4,}$" },
          reason: { type: "string", minLength: 1 },
          until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day (YYYY-MM-DD) the ignore applies." },
        },
      },
    },
  },
};

const CATALOG_ENTRY: Schema = {
  type: "object",
  description: "Your organisation's own verdict on a crate; it takes precedence over the built-in catalog.",
  additionalProperties: false,
  required: ["crate", "reason"],
  properties: {
    crate: { type: "string", minLength: 1 },
    versions: { type: "string", default: "*", description: "Cargo requirement of the versions the verdict applies to." },
    status: { type: "string", enum: ["deprecated", "discontinued", "unmaintained", "superseded", "declining", "healthy"], default: "deprecated" },
    replacement: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }], description: "Crates to use instead." },
    reason: { type: "string", minLength: 1, pattern: "\\S" },
    guide: { type: "string", format: "uri", pattern: "^https?://", description: "http(s) URL of your migration guide." },
    since: { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$", description: "YYYY-MM or YYYY-MM-DD." },
    category: { type: "string", default: "organisation" },
  },
};

export function configSchema(metas: readonly RuleMeta[]): Schema {
  const rules: Schema = {
    type: "object",
    description: "Rule severities and options: `id = \"warning\"` or `id = { severity = \"note\", option = value }`.",
    additionalProperties: false,
    properties: Object.fromEntries([...metas].sort((a, b) => a.id.localeCompare(b.id)).map((meta) => [meta.id, ruleSchema(meta)])),
  };
  const table = (description: string, withRunWide: boolean): Schema => ({
    type: "object",
    description,
    additionalProperties: false,
    properties: {
      rules: { $ref: "#/definitions/rules" },
      ...(withRunWide ? { registry: { $ref: "#/definitions/registry" } } : {}),
      ignore: { type: "array", items: { $ref: withRunWide ? "#/definitions/ignore" : "#/definitions/package-ignore" } },
      ...(withRunWide ? { catalog: { type: "array", items: { $ref: "#/definitions/catalog-entry" } } } : {}),
      ...(withRunWide ? { advisories: { $ref: "#/definitions/advisories" } } : {}),
    },
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: CONFIG_SCHEMA_ID,
    title: "cargo-sunset configuration",
    ...table("cargo-sunset.toml (or .cargo/cargo-sunset.toml); the same keys go in [workspace.metadata.cargo-sunset].", true),
    definitions: {
      rules,
      registry: REGISTRY,
      advisories: ADVISORIES,
      ignore: ignoreEntry(true),
      "package-ignore": ignoreEntry(false),
      "catalog-entry": CATALOG_ENTRY,
      "workspace-metadata": table("[workspace.metadata.cargo-sunset] in the root Cargo.toml: the keys of cargo-sunset.toml.", true),
      "package-metadata": table("[package.metadata.cargo-sunset] in a member's Cargo.toml: rules and ignores for this package only.", false),
    },
  };
}

export function configSchemaText(metas: readonly RuleMeta[]): string {
  return `${JSON.stringify(configSchema(metas), null, 2)}\n`;
}
