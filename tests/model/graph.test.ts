/** The lockfile graph rooted at workspace members, and the `why` explanation built on it. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { explainWhy, formatWhy } from "../../src/commands/why.js";
import { buildGraph, shortestPerMember, shortestReach, type DependencyGraph } from "../../src/model/graph.js";
import { SpanLocator } from "../../src/model/spans.js";
import type { Dependency, Package, Workspace } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";

const CRATES = "registry+https://github.com/rust-lang/crates.io-index";
const id = (name: string, version: string) => `${name} ${version} (${CRATES})`;

function locked(name: string, version: string, deps: string[] = [], source: string | null = CRATES): string {
  const lines = ["[[package]]", `name = "${name}"`, `version = "${version}"`];
  if (source) lines.push(`source = "${source}"`);
  if (deps.length > 0) lines.push("dependencies = [", ...deps.map((d) => ` "${d}",`), "]");
  return `${lines.join("\n")}\n`;
}

const files = {
  "Cargo.toml": '[workspace]\nmembers = ["app", "util"]\nresolver = "2"\n',
  "app/Cargo.toml": `[package]
name = "app"
version = "0.1.0"
edition = "2021"

[dependencies]
util = { path = "../util" }
rnd = { package = "rand", version = "0.7" }
rand = "0.8"

[dev-dependencies]
criterion = "0.5"

[build-dependencies]
cc = "1"

[target.'cfg(windows)'.dependencies]
winapi = "0.3"
`,
  "util/Cargo.toml": `[package]
name = "util"
version = "0.2.0"
edition = "2021"

[dependencies]
serde = "1"

[dev-dependencies]
proptest = "1"
`,
  "Cargo.lock": [
    "version = 4\n",
    locked("app", "0.1.0", ["cc", "criterion", "rand 0.7.3", "rand 0.8.5", "util", "winapi"], null),
    locked("cc", "1.1.0"),
    locked("criterion", "0.5.1", ["serde"]),
    locked("libc", "0.2.150"),
    locked("proptest", "1.4.0", ["rand 0.8.5"]),
    locked("rand", "0.7.3", ["rand_core"]),
    locked("rand", "0.8.5", ["libc", "rand_core"]),
    locked("rand_core", "0.6.4", ["libc"]),
    locked("serde", "1.0.200"),
    locked("util", "0.2.0", ["proptest", "serde"], null),
    locked("winapi", "0.3.9"),
  ].join("\n"),
};

function setup(): { ws: Workspace; graph: DependencyGraph; app: Package; util: Package } {
  const ws = loadWorkspace(writeProject(files));
  const graph = buildGraph(ws);
  if (!graph) throw new Error("no graph");
  const [app, util] = ws.members as [Package, Package];
  return { ws, graph, app, util };
}

const direct = (pkg: Package, key: string) => pkg.dependencies.find((d) => (d.rename ?? d.name) === key) as Dependency;

describe("buildGraph", () => {
  it("is null without a lockfile", () => {
    const ws = loadWorkspace(writeProject({ "Cargo.toml": '[package]\nname = "a"\nversion = "0.1.0"\n' }));
    expect(buildGraph(ws)).toBeNull();
  });

  it("lockedIdOf resolves renamed dependencies and picks the version matching the requirement", () => {
    const { graph, app } = setup();
    expect(graph.lockedIdOf(direct(app, "rnd"), app)).toBe(id("rand", "0.7.3"));
    expect(graph.lockedIdOf(direct(app, "rand"), app)).toBe(id("rand", "0.8.5"));
    expect(graph.lockedIdOf(direct(app, "util"), app)).toBe("util 0.2.0");
    expect(graph.lockedIdOf(direct(app, "winapi"), app)).toBe(id("winapi", "0.3.9"));
  });

  it("reach() gives one shortest path per member and direct dependency", () => {
    const { graph } = setup();
    const libc = graph.reach(id("libc", "0.2.150"));
    expect(libc.reaches.map((r) => [r.member, r.direct.rename ?? r.direct.name, r.path])).toEqual([
      ["app", "rnd", [id("rand", "0.7.3"), id("rand_core", "0.6.4"), id("libc", "0.2.150")]],
      ["app", "rand", [id("rand", "0.8.5"), id("libc", "0.2.150")]],
      ["util", "proptest", [id("proptest", "1.4.0"), id("rand", "0.8.5"), id("libc", "0.2.150")]],
    ]);
    expect([libc.members, libc.devOnly, libc.buildOnly, libc.targetOnly, libc.kinds]).toEqual([["app", "util"], false, false, false, ["normal", "dev"]]);
  });

  it("reach() lists every declaration whose crate leads to the package, member by member in manifest order", () => {
    // 12 members over a layered registry (each crate depends on the next two), one member depending on another: a
    // crate near the top is reached from a few declarations, one at the bottom from nearly all of them, so both ways
    // of collecting the declarations are taken. The reference is a forward search from each declaration.
    const crate = (i: number) => `c${String(i).padStart(2, "0")}`;
    const project: Record<string, string> = {
      "Cargo.toml": `[workspace]\nmembers = [${Array.from({ length: 12 }, (_, m) => `"m${m}"`).join(", ")}]\nresolver = "2"\n`,
    };
    const lock = ["version = 4\n"];
    const memberDeps: string[][] = [];
    for (let m = 0; m < 12; m++) {
      const picks = [...new Set([(m * 7) % 30, (m * 3 + 5) % 30, (m * 11 + 2) % 30, 29 - m])].sort((a, b) => b - a);
      const dev = (m * 5 + 1) % 30;
      const lines = [`[package]\nname = "m${m}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]`, ...picks.map((i) => `${crate(i)} = "1"`)];
      if (m === 3) lines.push(`m4 = { path = "../m4" }`);
      lines.push(`\n[dev-dependencies]\n${crate(dev)} = "1"\n`);
      project[`m${m}/Cargo.toml`] = lines.join("\n");
      memberDeps.push([...new Set([...picks.map(crate), crate(dev), ...(m === 3 ? ["m4"] : [])])].sort());
    }
    for (let m = 0; m < 12; m++) lock.push(locked(`m${m}`, "0.1.0", memberDeps[m], null));
    for (let i = 0; i < 30; i++) lock.push(locked(crate(i), "1.0.0", [i + 1, i + 2].filter((j) => j < 30).map(crate)));
    project["Cargo.lock"] = lock.join("\n");
    const ws = loadWorkspace(writeProject(project));
    const graph = buildGraph(ws) as DependencyGraph;

    const leadsTo = (from: string, target: string): boolean => {
      const seen = new Set<string>();
      const stack = [from];
      while (stack.length > 0) {
        const at = stack.pop() as string;
        if (at === target) return true;
        if (seen.has(at)) continue;
        seen.add(at);
        const member = graph.memberOf(at);
        // Through another member only its normal and build dependencies count.
        const next = member ? member.dependencies.filter((d) => d.kind !== "dev").map((d) => graph.lockedIdOf(d, member)) : graph.edgesOf(at);
        for (const n of next) if (n) stack.push(n);
      }
      return false;
    };
    let sizes = new Set<number>();
    for (const pkg of graph.lockfile.packages) {
      if (pkg.source === null) continue;
      const expected = ws.members.flatMap((member) =>
        member.dependencies.filter((dep) => leadsTo(graph.lockedIdOf(dep, member) ?? "", pkg.id)).map((dep) => `${member.name}/${dep.kind}/${dep.name}`),
      );
      const reaches = graph.reach(pkg.id).reaches;
      expect(reaches.map((r) => `${r.member}/${r.direct.kind}/${r.direct.name}`)).toEqual(expected);
      for (const r of reaches) expect(r.path.at(-1)).toBe(pkg.id);
      sizes = sizes.add(expected.length);
    }
    expect(Math.min(...sizes)).toBeLessThan(5);
    expect(Math.max(...sizes)).toBeGreaterThan(40);
  });

  it("through another member only its normal and build dependencies count", () => {
    const { graph } = setup();
    const serde = graph.reach(id("serde", "1.0.200"));
    expect(serde.reaches.map((r) => [r.member, r.direct.name, r.direct.kind, r.path])).toEqual([
      ["app", "util", "normal", ["util 0.2.0", id("serde", "1.0.200")]],
      ["app", "criterion", "dev", [id("criterion", "0.5.1"), id("serde", "1.0.200")]],
      ["util", "serde", "normal", [id("serde", "1.0.200")]],
    ]);
    expect([serde.members, serde.devOnly, serde.kinds]).toEqual([["app", "util"], false, ["normal", "dev"]]);
    // proptest is util's dev-dependency: app does not reach it through util.
    const proptest = graph.reach(id("proptest", "1.4.0"));
    expect(proptest.reaches.map((r) => [r.member, r.direct.name, r.path])).toEqual([["util", "proptest", [id("proptest", "1.4.0")]]]);
    expect([proptest.devOnly, proptest.buildOnly, proptest.targetOnly]).toEqual([true, false, false]);
  });

  it("devOnly, buildOnly and targetOnly", () => {
    const { graph } = setup();
    const flags = (name: string, version: string) => {
      const r = graph.reach(id(name, version));
      return [r.devOnly, r.buildOnly, r.targetOnly];
    };
    expect(flags("criterion", "0.5.1")).toEqual([true, false, false]);
    expect(flags("cc", "1.1.0")).toEqual([false, true, false]);
    expect(flags("winapi", "0.3.9")).toEqual([false, false, true]);
    // Not reached at all: every flag is false.
    const none = graph.reach("nothing 1.0.0");
    expect([none.reaches, none.devOnly, none.buildOnly, none.targetOnly]).toEqual([[], false, false, false]);
  });
});

describe("shortest ways in", () => {
  const key = (r: { direct: Dependency } | undefined) => r && (r.direct.rename ?? r.direct.name);

  it("packagesNamed() lists registry packages with the names in lockfile order, once per name set", () => {
    const { graph } = setup();
    const names: ReadonlySet<string> = new Set(["rand", "util", "libc"]);
    const found = graph.packagesNamed(names);
    // util is a path package (the member itself): never one of them.
    expect(found.map((p) => p.id)).toEqual([id("libc", "0.2.150"), id("rand", "0.7.3"), id("rand", "0.8.5")]);
    expect(graph.packagesNamed(names)).toBe(found);
    expect(graph.packagesNamed(new Set(["serde"])).map((p) => p.id)).toEqual([id("serde", "1.0.200")]);
    expect(graph.packagesNamed(new Set(["nothing"]))).toEqual([]);
  });

  it("shortestNormalReach() is the member's shortest normal way in, the first declared on a tie", () => {
    const { graph, app, util } = setup();
    const libc = id("libc", "0.2.150");
    // rand 0.8.5 → libc is shorter than rnd → rand_core → libc.
    expect(key(graph.shortestNormalReach(libc, app.manifestPath))).toBe("rand");
    expect(graph.shortestNormalReach(libc, app.manifestPath)?.path).toEqual([id("rand", "0.8.5"), libc]);
    // util reaches libc only through its dev-dependency proptest.
    expect(graph.shortestNormalReach(libc, util.manifestPath)).toBeUndefined();
    // Both of app's rand keys reach rand_core in two steps: the first declared wins.
    expect(key(graph.shortestNormalReach(id("rand_core", "0.6.4"), app.manifestPath))).toBe("rnd");
    // criterion (dev) is shorter nowhere, util (a path member) carries serde to app.
    expect(key(graph.shortestNormalReach(id("serde", "1.0.200"), app.manifestPath))).toBe("util");
    expect(graph.shortestNormalReach(id("criterion", "0.5.1"), app.manifestPath)).toBeUndefined();
    expect(graph.shortestNormalReach(libc, app.manifestPath)).toBe(graph.shortestNormalReach(libc, app.manifestPath));
  });

  it("shortestReach() and shortestPerMember() keep the first of the shortest", () => {
    const { graph } = setup();
    const libc = graph.reach(id("libc", "0.2.150")).reaches;
    expect(key(shortestReach(libc))).toBe("rand");
    expect(key(shortestReach(graph.reach(id("rand_core", "0.6.4")).reaches))).toBe("rnd");
    expect(shortestReach([])).toBeUndefined();
    const pkg = graph.packageById(id("libc", "0.2.150"))!;
    const best = shortestPerMember(libc, new Map(libc.map((r) => [r, pkg])));
    expect(best.map((r) => [r.member, key(r), r.length])).toEqual([["app", "rand", 2], ["util", "proptest", 3]]);
  });
});

describe("why", () => {
  it("explains every locked version with positions and paths", () => {
    const { ws } = setup();
    const spans = new SpanLocator((p) => readFileSync(p, "utf8"));
    const report = explainWhy(ws, "rand", spans);
    expect(report.versions.map((v) => [v.version, v.lockLine, v.entries.map((e) => [e.member, e.dependency.key, e.dependency.line, e.dependency.column, e.path])])).toEqual([
      ["0.7.3", 41, [["app", "rnd", 8, 1, ["rand 0.7.3"]]]],
      ["0.8.5", 49, [
        ["app", "rand", 9, 1, ["rand 0.8.5"]],
        ["util", "proptest", 10, 1, ["proptest 1.4.0", "rand 0.8.5"]],
      ]],
    ]);
    const text = formatWhy(report, (f) => relative(ws.root, f));
    expect(text).toBe(
      [
        `rand 0.7.3 from ${CRATES}, Cargo.lock line 41`,
        '  app: rnd = "^0.7" (normal) at app/Cargo.toml:8:1',
        "    app → rand 0.7.3",
        `rand 0.8.5 from ${CRATES}, Cargo.lock line 49`,
        '  app: rand = "^0.8" (normal) at app/Cargo.toml:9:1',
        "    app → rand 0.8.5",
        '  util: proptest = "^1" (dev) at util/Cargo.toml:10:1',
        "    util → proptest 1.4.0 → rand 0.8.5",
        "",
      ].join("\n"),
    );
  });

  it("names dev-only and target-only reach, and crates outside the tree", () => {
    const { ws } = setup();
    const spans = new SpanLocator((p) => readFileSync(p, "utf8"));
    const rel = (f: string) => relative(ws.root, f);
    expect(formatWhy(explainWhy(ws, "winapi", spans), rel)).toBe(
      `winapi 0.3.9 from ${CRATES}, Cargo.lock line 79\n  reached only on some targets\n  app: winapi = "^0.3" (normal, only for cfg(windows)) at app/Cargo.toml:18:1\n    app → winapi 0.3.9\n`,
    );
    expect(formatWhy(explainWhy(ws, "criterion", spans), rel)).toContain("  reached only through dev-dependencies\n");
    expect(formatWhy(explainWhy(ws, "tokio", spans), rel)).toBe("tokio is not in the dependency tree of .\n");
  });

  it("without a lockfile lists direct dependencies only", () => {
    const dir = writeProject({ "Cargo.toml": files["app/Cargo.toml"].replace('util = { path = "../util" }\n', "") });
    const ws = loadWorkspace(dir);
    const report = explainWhy(ws, "cc", new SpanLocator((p) => readFileSync(p, "utf8")));
    expect(formatWhy(report, (f) => relative(dir, f))).toBe(
      'cc (no Cargo.lock: direct dependencies only)\n  reached only through build-dependencies\n  app: cc = "^1" (build) at Cargo.toml:14:1\n',
    );
    expect(join(dir, "Cargo.toml")).toBe(report.versions[0]?.entries[0]?.manifest);
  });
});
