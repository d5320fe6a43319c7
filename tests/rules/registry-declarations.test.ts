/**
 * A rule's metadata says whether it reads registry data: `check` runs the rules that declare neither
 * `needsRegistry` nor `readsRegistry` while the registry requests are still in flight, so such a rule must never
 * ask the registry anything. Each rule runs over the fixtures with a registry that counts the questions (the rule
 * runner hands a rule that declares neither flag a registry that throws instead, so every rule test checks it too).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/engine/types.js";
import type { RegistryView } from "../../src/registry/types.js";
import { RULES } from "../../rules/index.js";
import { runRule } from "../helpers/rule-runner.js";

const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const PROJECTS = ["tide-app", "warp-app", "mixed-workspace", "root-causes/split-stack", "root-causes/shared-entry", "root-causes/own-runtime"].map((p) => join(fixtures, p));

function questionsAsked(rule: Rule): number {
  let asked = 0;
  const registry: RegistryView = {
    forDependency: () => {
      asked++;
      return undefined;
    },
    forLockedPackage: () => {
      asked++;
      return undefined;
    },
  };
  for (const project of PROJECTS) runRule(rule, project, registry);
  return asked;
}

describe("rules declare whether they read the registry", () => {
  for (const rule of RULES.filter((r) => !r.meta.needsRegistry && !r.meta.readsRegistry)) {
    it(`${rule.meta.id} asks the registry nothing`, () => {
      expect(questionsAsked(rule)).toBe(0);
    });
  }

  it("declining-transitive, which declares that it reads index data, does ask for it", () => {
    const rule = RULES.find((r) => r.meta.id === "declining-transitive") as Rule;
    expect(rule.meta.readsRegistry).toBe(true);
    expect(questionsAsked(rule)).toBeGreaterThan(0);
  });

  it("every rule that needs the registry asks it", () => {
    for (const rule of RULES.filter((r) => r.meta.needsRegistry)) expect(questionsAsked(rule), rule.meta.id).toBeGreaterThan(0);
  });
});
