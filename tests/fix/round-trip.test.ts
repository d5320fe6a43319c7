/**
 * Requirement edits on every manifest under fixtures/ and in the corpus: each dependency's requirement literal is
 * found, and replacing it (one at a time and all at once) changes exactly the requirement and nothing else that a
 * TOML parser can see, and no byte outside the literal.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { findRequirementLiteral } from "../../src/fix/requirement-literal.js";
import { applyEdits } from "../../src/fix/text-edits.js";
import { indexKeySpans } from "../../src/model/spans.js";
import { CORPUS_DIR, HAS_CORPUS } from "../helpers/corpus.js";

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const DEP_TABLES = ["dependencies", "dev-dependencies", "build-dependencies", "dev_dependencies", "build_dependencies"];

/** Key paths of every dependency entry with a string requirement, and that requirement. */
function requirementEntries(data: Table): Array<{ keyPath: string[]; req: string }> {
  const out: Array<{ keyPath: string[]; req: string }> = [];
  const visit = (prefix: string[], table: unknown) => {
    if (!isTable(table)) return;
    for (const [key, value] of Object.entries(table)) {
      const req = typeof value === "string" ? value : isTable(value) && typeof value.version === "string" ? value.version : undefined;
      if (req !== undefined) out.push({ keyPath: [...prefix, key], req });
    }
  };
  for (const name of DEP_TABLES) visit([name], data[name]);
  if (isTable(data.target)) for (const [target, tables] of Object.entries(data.target)) if (isTable(tables)) for (const name of DEP_TABLES) visit(["target", target, name], tables[name]);
  if (isTable(data.workspace)) visit(["workspace", "dependencies"], data.workspace.dependencies);
  return out;
}

function setRequirement(data: Table, keyPath: string[], req: string): void {
  let table: Table = data;
  for (const key of keyPath.slice(0, -1)) table = table[key] as Table;
  const last = keyPath[keyPath.length - 1] as string;
  if (typeof table[last] === "string") table[last] = req;
  else (table[last] as Table).version = req;
}

function manifestsUnder(dir: string, skip: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !skip.test(entry.name)) out.push(...manifestsUnder(path, skip));
    else if (entry.isFile() && entry.name === "Cargo.toml") out.push(path);
  }
  return out;
}

/** `eachParse`: also re-parse after every single edit (the corpus only checks bytes per edit and a parse of all). */
function check(files: string[], eachParse: boolean): { entries: number; edited: number } {
  let entries = 0;
  let edited = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    let data: Table;
    try {
      data = parse(text) as Table;
    } catch {
      continue; // corpus manifests cargo rejects are not ours to edit
    }
    const spans = indexKeySpans(text);
    const edits = [];
    const expected = structuredClone(data);
    for (const { keyPath, req } of requirementEntries(data)) {
      entries++;
      const literal = findRequirementLiteral(text, keyPath, spans);
      // Only multi-line or escaped strings are left alone; their content then differs from the raw text.
      if (!literal) {
        expect(text.includes(`"${req}"`) || text.includes(`'${req}'`), `${file} ${keyPath.join(".")}`).toBe(false);
        continue;
      }
      expect(literal.raw, `${file} ${keyPath.join(".")}`).toBe(req);
      const next = `>=0.0.${edited}-edited`;
      const one = applyEdits(text, [{ start: literal.start, end: literal.end, newText: next }]).text;
      expect(one.slice(0, literal.start) + req + one.slice(literal.start + next.length)).toBe(text);
      if (eachParse) {
        const alone = structuredClone(data);
        setRequirement(alone, keyPath, next);
        expect(parse(one), `${file} ${keyPath.join(".")}`).toEqual(alone);
      }
      setRequirement(expected, keyPath, next);
      edits.push({ start: literal.start, end: literal.end, newText: next });
      edited++;
    }
    if (edits.length > 0) expect(parse(applyEdits(text, edits).text), file).toEqual(expected);
  }
  return { entries, edited };
}

describe("requirement edits round trip", () => {
  it("on every fixture manifest", () => {
    const files = manifestsUnder(resolve(import.meta.dirname, "../../fixtures"), /^(registry|node_modules)$/);
    const { entries, edited } = check(files, true);
    expect(files.length).toBeGreaterThan(5);
    expect(edited).toBe(entries);
  });

  it.skipIf(!HAS_CORPUS)("on every corpus manifest", () => {
    const { entries, edited } = check(manifestsUnder(CORPUS_DIR, /^(expected|target|\.git)$/), false);
    expect(entries).toBeGreaterThan(1000);
    expect(edited).toBe(entries);
  }, 120_000);
});
