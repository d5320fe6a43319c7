/**
 * Reporters are pure functions of the audit result and the context the command layer builds: no module of
 * src/report reads a file, package.json or a docs page itself (the command layer passes them in).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/util/package-root.js";

const dir = join(packageRoot(), "src", "report");

describe("src/report", () => {
  it("imports neither the file system nor the package's own files", () => {
    const modules = readdirSync(dir).filter((name) => name.endsWith(".ts"));
    expect(modules.length).toBeGreaterThan(5);
    const offending = modules.filter((name) => /from "(node:)?fs(\/promises)?"|package-root|import\.meta/.test(readFileSync(join(dir, name), "utf8")));
    expect(offending).toEqual([]);
  });
});
