/** `[patch.<source>]` and the deprecated `[replace]` table of a root manifest. */
import { normalizeRequirement } from "./cargo-semver.js";
import { manifestError, type ManifestDoc } from "./manifest.js";
import { isTable } from "./toml-file.js";
import type { OverrideEntry } from "./types.js";
import { sourceOf } from "./dependencies.js";

function entry(doc: ManifestDoc, table: "patch" | "replace", target: string, key: string, value: unknown, keyPath: string[]): OverrideEntry {
  const spec = typeof value === "string" ? { version: value } : value;
  if (!isTable(spec)) throw manifestError(doc, keyPath, `invalid \`${table}\` entry \`${key}\``);
  const name = table === "replace" ? (key.split(":")[0] ?? key) : typeof spec.package === "string" ? spec.package : key;
  let req = "*";
  if (typeof spec.version === "string") {
    try {
      req = normalizeRequirement(spec.version);
    } catch (error) {
      throw manifestError(doc, keyPath, `invalid version requirement in \`${table}\` entry \`${key}\`: ${(error as Error).message}`);
    }
  }
  return { table, target, key, name, req, source: sourceOf(doc, keyPath, key, spec, doc.dir), manifestPath: doc.path, keyPath };
}

export function readOverrides(doc: ManifestDoc): OverrideEntry[] {
  const out: OverrideEntry[] = [];
  const patch = doc.data.patch;
  if (isTable(patch)) {
    for (const [target, entries] of Object.entries(patch)) {
      if (!isTable(entries)) throw manifestError(doc, ["patch", target], `\`patch.${target}\` must be a table`);
      for (const [key, value] of Object.entries(entries)) out.push(entry(doc, "patch", target, key, value, ["patch", target, key]));
    }
  }
  const replace = doc.data.replace;
  if (isTable(replace)) {
    for (const [key, value] of Object.entries(replace)) out.push(entry(doc, "replace", key, key, value, ["replace", key]));
  }
  return out;
}
