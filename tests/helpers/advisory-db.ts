/** A small RustSec database for tests, written as files or packed as the .tar.gz GitHub serves. */
import { gzipSync } from "node:zlib";

function header(path: string, size: number, type: string, mtime: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(path, 0, 100, "utf8");
  block.write("0000644\0", 100);
  block.write("0000000\0", 108);
  block.write("0000000\0", 116);
  block.write(`${size.toString(8).padStart(11, "0")}\0`, 124);
  block.write(`${mtime.toString(8).padStart(11, "0")}\0`, 136);
  block.write("        ", 148);
  block.write(type, 156);
  block.write("ustar\u000000", 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return block;
}

function entry(path: string, data: Buffer, type: string, mtime: number): Buffer {
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header(path, data.length, type, mtime), data, padding]);
}

/** A tar (`git archive` style: pax global header with the commit, one top folder) of `files`, gzip-compressed. */
export function packArchive(files: Record<string, string>, options: { commit?: string; date?: string; top?: string } = {}): Buffer {
  const mtime = Math.floor(Date.parse(`${options.date ?? "2026-11-01"}T12:00:00Z`) / 1000);
  const parts: Buffer[] = [];
  if (options.commit) {
    const record = ` comment=${options.commit}\n`;
    const length = record.length + String(record.length + 2).length;
    parts.push(entry("pax_global_header", Buffer.from(`${length}${record}`), "g", mtime));
  }
  const top = options.top ?? "advisory-db-main";
  for (const [path, text] of Object.entries(files)) parts.push(entry(`${top}/${path}`, Buffer.from(text), "0", mtime));
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

export function advisoryFile(fields: { id: string; package: string; informational?: string; patched?: string[]; unaffected?: string[]; withdrawn?: string; cvss?: string; aliases?: string[]; os?: string[]; title?: string; date?: string }): string {
  const lines = ["```toml", "[advisory]", `id = "${fields.id}"`, `package = "${fields.package}"`, `date = "${fields.date ?? "2026-01-02"}"`];
  if (fields.aliases) lines.push(`aliases = ${JSON.stringify(fields.aliases)}`);
  if (fields.cvss) lines.push(`cvss = "${fields.cvss}"`);
  if (fields.informational) lines.push(`informational = "${fields.informational}"`);
  if (fields.withdrawn) lines.push(`withdrawn = "${fields.withdrawn}"`);
  if (fields.os) lines.push("", "[affected]", `os = ${JSON.stringify(fields.os)}`);
  lines.push("", "[versions]", `patched = ${JSON.stringify(fields.patched ?? [])}`);
  if (fields.unaffected) lines.push(`unaffected = ${JSON.stringify(fields.unaffected)}`);
  lines.push("```", "", `# ${fields.title ?? `Problem in ${fields.package}`}`, "", "Details.", "");
  return lines.join("\n");
}

/** demo-vuln (vulnerability, patched >= 1.2.0), demo-unsound, demo-notice, a withdrawn one, and one broken file. */
export const FIXTURE_DB: Record<string, string> = {
  "crates/demo-vuln/RUSTSEC-2026-9001.md": advisoryFile({
    id: "RUSTSEC-2026-9001", package: "demo-vuln", patched: [">= 1.2.0"], unaffected: ["< 1.0.0"], aliases: ["CVE-2026-0001", "GHSA-aaaa-bbbb-cccc"],
    cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", os: ["windows"], title: "Remote code execution in demo-vuln",
  }),
  "crates/demo-unsound/RUSTSEC-2026-9002.md": advisoryFile({ id: "RUSTSEC-2026-9002", package: "demo-unsound", informational: "unsound", title: "Unsound Send impl" }),
  "crates/demo-notice/RUSTSEC-2026-9003.md": advisoryFile({ id: "RUSTSEC-2026-9003", package: "demo-notice", informational: "notice", title: "Renamed to demo-notice2" }),
  "crates/demo-old/RUSTSEC-2026-9004.md": advisoryFile({ id: "RUSTSEC-2026-9004", package: "demo-old", informational: "unmaintained", withdrawn: "2026-03-01" }),
  "crates/demo-broken/RUSTSEC-2026-9005.md": "```toml\n[advisory]\nid = \"RUSTSEC-2026-9005\"\npackage = \n```\n# Broken\n",
  "README.md": "# not an advisory\n",
};

export const FIXTURE_COMMIT = "0123456789abcdef0123456789abcdef01234567";
