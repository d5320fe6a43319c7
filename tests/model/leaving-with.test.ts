/**
 * `leavingWith`: which locked packages leave the tree when one declaration goes, answered from dominators. Checked
 * against the obvious walk (reach everything from the members' other declarations) on a hand-made workspace and on
 * every declaration of every corpus repository.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { immediateDominators } from "../../src/model/dominators.js";
import { buildGraph, type DependencyGraph } from "../../src/model/graph.js";
import type { Dependency, Workspace } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { CORPUS_DIR, corpusEntries, HAS_CORPUS } from "../helpers/corpus.js";
import { writeProject } from "../helpers/temp-project.js";

const CRATES = "registry+https://github.com/rust-lang/crates.io-index";
const id = (name: string, version: string) => `${name} ${version} (${CRATES})`;

function locked(name: string, version: string, deps: string[] = [], source: string | null = CRATES): string {
  const lines = ["[[package]]", `name = "${name}"`, `version = "${version}"`];
  if (source) lines.push(`source = "${source}"`);
  if (deps.length > 0) lines.push("dependencies = [", ...deps.map((d) => ` "${d}",`), "]");
  return `${lines.join("\n")}\n`;
}

/** The reference: locked ids reachable from every member declaration but the removed ones, members not expanded. */
function reachableWithout(workspace: Workspace, graph: DependencyGraph, removed: ReadonlySet<Dependency>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (next: string | undefined) => {
    if (next && !seen.has(next)) {
      seen.add(next);
      queue.push(next);
    }
  };
  for (const member of workspace.members) for (const dep of member.dependencies) if (!removed.has(dep)) visit(graph.lockedIdOf(dep, member));
  for (let i = 0; i < queue.length; i++) {
    if (graph.memberOf(queue[i]!)) continue;
    for (const next of graph.edgesOf(queue[i]!)) visit(next);
  }
  return seen;
}

/** Every declaration's answer against the reference; returns how many declarations had something leave. */
function checkEveryDeclaration(workspace: Workspace, graph: DependencyGraph): number {
  const before = reachableWithout(workspace, graph, new Set());
  const all = workspace.members.flatMap((m) => m.dependencies);
  let nonEmpty = 0;
  for (const dep of all) {
    const group = new Set(dep.inheritedFrom ? all.filter((d) => d.inheritedFrom === dep.inheritedFrom) : [dep]);
    const after = reachableWithout(workspace, graph, group);
    const expected = [...before].filter((x) => !after.has(x)).sort();
    const actual = [...graph.leavingWith(dep)].sort();
    if (actual.join("\n") !== expected.join("\n")) expect({ dep: dep.keyPath.join("."), file: dep.manifestPath, actual }).toEqual({ dep: dep.keyPath.join("."), file: dep.manifestPath, actual: expected });
    if (expected.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

describe("immediateDominators", () => {
  it("a diamond joins at the root; a chain hangs each node on the one before", () => {
    // 0 → 1 → 3, 0 → 2 → 3, 3 → 4
    expect([...immediateDominators([[1, 2], [3], [3], [4], []])]).toEqual([0, 0, 0, 0, 3]);
    expect([...immediateDominators([[1], [2], [3], []])]).toEqual([0, 0, 1, 2]);
  });

  it("unreachable nodes get -1; a cycle back to an earlier node does not change its dominator", () => {
    // 0 → 1 → 2 → 1, 3 → 2 (3 unreachable)
    expect([...immediateDominators([[1], [2], [1], [2]])]).toEqual([0, 0, 1, -1]);
    expect([...immediateDominators([])]).toEqual([]);
  });

  it("a loop entered from two sides is dominated by the root only", () => {
    // 0 → 1, 0 → 2, 1 ↔ 2, 2 → 3
    expect([...immediateDominators([[1, 2], [2], [1, 3], []])]).toEqual([0, 0, 0, 2]);
  });

  it("a chain of 100,000 nodes does not overflow the stack", () => {
    const n = 100_000;
    const idom = immediateDominators(Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [])));
    expect(idom[n - 1]).toBe(n - 2);
  });
});

describe("leavingWith", () => {
  const files = {
    "Cargo.toml": '[workspace]\nmembers = ["app", "util"]\nresolver = "2"\n\n[workspace.dependencies]\nserde = "1"\n',
    "app/Cargo.toml":
      '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nutil = { path = "../util" }\nhyper = "0.14"\nreqwest = "0.11"\nserde.workspace = true\n',
    "util/Cargo.toml": '[package]\nname = "util"\nversion = "0.2.0"\nedition = "2021"\n\n[dependencies]\nserde.workspace = true\nlog = "0.4"\n\n[dev-dependencies]\nproptest = "1"\n',
    "Cargo.lock": [
      "version = 4\n",
      locked("app", "0.1.0", ["hyper", "reqwest", "serde", "util"], null),
      locked("h2", "0.3.26", ["log"]),
      locked("hyper", "0.14.30", ["h2", "tokio"]),
      locked("log", "0.4.22"),
      locked("proptest", "1.5.0"),
      locked("reqwest", "0.11.27", ["hyper", "serde_json"]),
      locked("serde", "1.0.200"),
      locked("serde_json", "1.0.120", ["serde"]),
      locked("tokio", "1.40.0"),
      locked("util", "0.2.0", ["log", "proptest", "serde"], null),
    ].join("\n"),
  };

  function setup() {
    const ws = loadWorkspace(writeProject(files));
    const graph = buildGraph(ws)!;
    const [app, util] = ws.members;
    const dep = (member: typeof app, key: string) => member!.dependencies.find((d) => d.name === key)!;
    return { ws, graph, app: app!, util: util!, dep };
  }

  it("a crate also reached another way stays; what only one declaration brings leaves with it", () => {
    const { graph, app, dep } = setup();
    // hyper also comes through reqwest: removing the hyper line removes nothing.
    expect([...graph.leavingWith(dep(app, "hyper"))]).toEqual([]);
    // reqwest brings serde_json alone; hyper, h2 and tokio stay for the hyper line; serde is declared directly.
    expect([...graph.leavingWith(dep(app, "reqwest"))].sort()).toEqual([id("reqwest", "0.11.27"), id("serde_json", "1.0.120")]);
    // The path dependency on a member takes only the member's own entry: its declarations still count.
    expect([...graph.leavingWith(dep(app, "util"))]).toEqual(["util 0.2.0"]);
  });

  it("an inherited entry goes from every member at once", () => {
    const { graph, app, util, dep } = setup();
    // serde stays through serde_json as long as reqwest is there.
    expect([...graph.leavingWith(dep(app, "serde"))]).toEqual([]);
    expect(graph.leavingWith(dep(util, "serde"))).toBe(graph.leavingWith(dep(app, "serde")));
    // log: through util's own line and h2; removing util's line leaves h2's way in.
    expect([...graph.leavingWith(dep(util, "log"))]).toEqual([]);
    // A member's lock entry lists its dev-dependencies too, but only its declarations lead out of it.
    expect([...graph.leavingWith(dep(util, "proptest"))]).toEqual([id("proptest", "1.5.0")]);
  });

  it("agrees with the walk for every declaration", () => {
    const { ws, graph } = setup();
    expect(checkEveryDeclaration(ws, graph)).toBe(3);
  });

  it.skipIf(!HAS_CORPUS)("agrees with the walk for every declaration of every corpus repository", () => {
    let checked = 0;
    let nonEmpty = 0;
    for (const name of corpusEntries()) {
      let ws: Workspace;
      try {
        ws = loadWorkspace(join(CORPUS_DIR, name));
      } catch {
        continue; // manifests cargo rejects, as the conformance tests record
      }
      const graph = buildGraph(ws);
      if (!graph) continue;
      nonEmpty += checkEveryDeclaration(ws, graph);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
    expect(nonEmpty).toBeGreaterThan(100);
  }, 120_000);
});
