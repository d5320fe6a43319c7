/** One RustSec advisory file (Markdown opening with a ```toml block) → an Advisory, or a reason it was skipped. */
import { parse as parseToml } from "smol-toml";
import type { Advisory, AdvisoryKind } from "./types.js";

const KINDS: Record<string, AdvisoryKind> = { unmaintained: "unmaintained", unsound: "unsound", notice: "notice" };

function strings(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error(`\`${field}\` must be a list of strings`);
  return value.map((v) => v.trim());
}

function dateOf(value: unknown, field: string): string {
  // smol-toml turns bare TOML dates into Date objects; quoted ones stay strings.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  throw new Error(`\`${field}\` must be a date (YYYY-MM-DD)`);
}

function table(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) throw new Error(`\`[${field}]\` must be a table`);
  return value as Record<string, unknown>;
}

/** The front matter and the first Markdown heading after it. */
function split(text: string): { toml: string; title: string } {
  const match = /^\s*```toml[^\n]*\n([\s\S]*?)\n```[^\n]*(?:\n|$)/.exec(text);
  if (!match) throw new Error("no ```toml block at the start");
  const rest = text.slice(match[0].length);
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(rest);
  return { toml: match[1]!, title: heading?.[1]?.trim() ?? "" };
}

/**
 * Parses one advisory. `path` is the file's path inside the database (`crates/<crate>/RUSTSEC-….md` or `rust/…`).
 * Throws an Error whose message says what is wrong; the caller names the file.
 */
export function parseAdvisory(text: string, path: string): Advisory {
  const { toml, title } = split(text);
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(toml) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`invalid TOML: ${(error as Error).message.split("\n")[0]}`);
  }
  const advisory = table(doc.advisory, "advisory");
  const affected = table(doc.affected, "affected");
  const versions = table(doc.versions, "versions");
  const { id, package: pkg, informational } = advisory;
  if (typeof id !== "string" || !/^[A-Z]+-\d{4}-\d{4,}$/.test(id)) throw new Error("`id` is missing or not an advisory id");
  if (typeof pkg !== "string" || pkg === "") throw new Error("`package` is missing");
  let kind: AdvisoryKind = "vulnerability";
  if (informational !== undefined) {
    if (typeof informational !== "string") throw new Error("`informational` must be a string");
    // Unknown informational kinds are notices: informational, never a vulnerability.
    kind = KINDS[informational.trim()] ?? "notice";
  }
  const functions = table(affected.functions, "affected.functions");
  const out: Advisory = {
    id,
    package: pkg,
    kind,
    date: dateOf(advisory.date, "date"),
    title: title || id,
    patched: strings(versions.patched, "patched"),
    unaffected: strings(versions.unaffected, "unaffected"),
  };
  if (typeof advisory.url === "string" && advisory.url !== "") out.reference = advisory.url;
  const aliases = strings(advisory.aliases, "aliases");
  if (aliases.length > 0) out.aliases = aliases;
  if (typeof advisory.cvss === "string" && advisory.cvss !== "") out.cvss = advisory.cvss;
  if (advisory.withdrawn !== undefined) out.withdrawn = dateOf(advisory.withdrawn, "withdrawn");
  const os = strings(affected.os, "affected.os");
  if (os.length > 0) out.os = os;
  const arch = strings(affected.arch, "affected.arch");
  if (arch.length > 0) out.arch = arch;
  if (Object.keys(functions).length > 0) out.functions = Object.keys(functions).sort();
  if (path.startsWith("rust/")) out.toolchain = true;
  return out;
}
