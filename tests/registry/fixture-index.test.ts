import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { indexPath } from "../../src/registry/index-path.js";
import { parseIndexFile } from "../../src/registry/records.js";
import { isValidRequirement } from "../../src/model/cargo-semver.js";

const ROOT = join(import.meta.dirname, "..", "..", "fixtures", "registry", "index");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const crateFiles = files(ROOT).filter((f) => !f.endsWith("config.json"));
const read = (name: string) => parseIndexFile(readFileSync(join(ROOT, indexPath(name)), "utf8"));

describe("fixtures/registry/index", () => {
  it("has a config.json with a download URL", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "config.json"), "utf8")).dl).toMatch(/^https:\/\//);
  });

  it.each(crateFiles.map((f) => [relative(ROOT, f)]))("%s parses cleanly and sits at its crate's path", (rel) => {
    const { versions, problems } = parseIndexFile(readFileSync(join(ROOT, rel), "utf8"));
    expect(problems).toEqual([]);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(indexPath(version.name)).toBe(rel.split(/[\\/]/).join("/"));
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
  });

  it("keeps the facts the demo relies on", () => {
    expect(read("tide").versions.every((v) => v.deps.some((d) => d.name === "async-std" && d.kind === "normal"))).toBe(true);
    expect(read("surf").versions.at(-1)?.version).toBe("2.3.2");
    expect(read("surf").versions.find((v) => v.version === "2.3.0")?.yanked).toBe(true);
    expect(read("tracing").versions.find((v) => v.version === "0.1.39")?.yanked).toBe(true);
    const structopt = read("structopt").versions.at(-1);
    expect(structopt?.pubtime).toBe("2022-01-18T12:08:44Z");
    expect(structopt?.deps.find((d) => d.name === "clap")?.req).toBe("^2.33");
    expect(read("tokio").versions[0]).toMatchObject({ version: "1.48.0", rustVersion: "1.71" });
    expect(read("time").versions[0]?.features.std).toEqual(["alloc"]);
  });

  it("only has requirements cargo accepts", () => {
    for (const file of crateFiles) {
      for (const version of parseIndexFile(readFileSync(file, "utf8")).versions) {
        for (const dep of version.deps) expect(isValidRequirement(dep.req), `${version.name} ${version.version} -> ${dep.name} ${dep.req}`).toBe(true);
      }
    }
  });
});
