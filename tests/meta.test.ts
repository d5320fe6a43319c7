/** Every rule has a docs page and every docs page has a rule; ids and descriptions follow one style. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { SUPPRESSION_RULES } from "../rules/suppression-findings.js";

const RULES_DIR = resolve(import.meta.dirname, "../rules");
const PACKAGE_ROOT = resolve(import.meta.dirname, "..");
const ALL_METAS = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];
/** Pages in rules/ that describe the folder, not a rule. */
const NOT_RULE_PAGES = /^(readme|index|changelog|contributing)\.md$/i;

function rulePages(): string[] {
  return readdirSync(RULES_DIR).filter((f) => f.endsWith(".md") && !NOT_RULE_PAGES.test(f));
}

describe("rule ids", () => {
  it("are unique", () => {
    const ids = ALL_METAS.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every rule in RULES is reachable by its own id", () => {
    expect(RULES.length).toBeGreaterThan(0);
    for (const rule of RULES) expect(RULES.filter((r) => r.meta.id === rule.meta.id)).toHaveLength(1);
  });
});

describe.each(ALL_METAS.map((meta) => [meta.id, meta] as const))("%s", (id, meta) => {
  it("has a kebab-case id", () => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it("points meta.docs at rules/<id>.md", () => {
    expect(meta.docs).toBe(`rules/${id}.md`);
  });

  it("has a docs page", () => {
    expect(existsSync(join(PACKAGE_ROOT, meta.docs)), `${meta.docs} is missing`).toBe(true);
  });

  it("has a one-line description without a trailing period", () => {
    expect(meta.description.trim()).toBe(meta.description);
    expect(meta.description).not.toMatch(/[\r\n]/);
    expect(meta.description).not.toMatch(/\.$/);
    expect(meta.description.length).toBeGreaterThan(10);
  });

  it("starts its docs page with `# <id>` and the description", () => {
    const path = join(PACKAGE_ROOT, meta.docs);
    if (!existsSync(path)) return expect.fail(`${meta.docs} is missing`);
    const [title, blank, summary] = readFileSync(path, "utf8").split(/\r?\n/);
    expect(title).toBe(`# ${id}`);
    expect(blank).toBe("");
    expect(summary?.replace(/\.$/, "")).toBe(meta.description.replace(/\[\[ignore\]\]/, "`[[ignore]]`"));
  });

  it("documents how to turn it off", () => {
    const path = join(PACKAGE_ROOT, meta.docs);
    if (!existsSync(path)) return expect.fail(`${meta.docs} is missing`);
    const text = readFileSync(path, "utf8");
    expect(text).toMatch(/^## Rule details$/m);
    expect(text).toMatch(/^## Examples$/m);
    expect(text).toMatch(/^## How to fix$/m);
    expect(text).toMatch(/^## When not to use it$/m);
    expect(text).toContain(`${id} = "off"`);
  });
});

describe("docs pages", () => {
  it.each(rulePages())("%s belongs to a rule", (page) => {
    expect(ALL_METAS.map((m) => `${m.id}.md`)).toContain(page);
  });
});
