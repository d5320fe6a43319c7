/**
 * buildPlan on hand-made findings over a real workspace and lock graph: the registry-based upgrade (a remedy from
 * registry data removes only what the release drops and nothing else reaches), the catalog's replacement and
 * "upgrade past the verdict", what a declaration's edit removes and what stays, where the edit points, and the
 * tie-breaks of the edit order.
 */
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { CatalogEntry } from "../../src/catalog/types.js";
import { buildPlan } from "../../src/engine/plan.js";
import type { Finding, PlanAction } from "../../src/engine/types.js";
import { buildGraph, type DependencyGraph } from "../../src/model/graph.js";
import type { Dependency, Workspace } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { catalogEntry, fakeCatalog, finding, location } from "../helpers/findings.js";
import { lockText } from "../helpers/rule-runner.js";
import { writeProject } from "../helpers/temp-project.js";

/**
 * app declares fetchy, surf, tide, rocket, solo, quiet and log.
 * fetchy brings async-std, http-types, log and an older solo (0.9.0); surf brings http-types too; rocket brings
 * rocket-codegen; solo 1.0.0 and quiet bring nothing; log is declared and comes with fetchy too.
 */
const MANIFEST =
  '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' +
  'fetchy = "0.5"\nsurf = "2"\ntide = "0.16"\nrocket = "0.4"\nsolo = "1"\nquiet = "1"\nlog = "0.4"\n';
const LOCK = lockText([
  { name: "app", version: "0.1.0", local: true, deps: ["fetchy", "surf", "tide", "rocket", "solo 1.0.0", "quiet", "log"] },
  { name: "fetchy", version: "0.5.0", deps: ["async-std", "http-types", "log", "solo 0.9.0"] },
  { name: "surf", version: "2.3.2", deps: ["http-types"] },
  { name: "tide", version: "0.16.0" },
  { name: "rocket", version: "0.4.0", deps: ["rocket-codegen"] },
  { name: "rocket-codegen", version: "0.4.0" },
  { name: "solo", version: "1.0.0" },
  { name: "solo", version: "0.9.0" },
  { name: "quiet", version: "1.0.0" },
  { name: "async-std", version: "1.12.0" },
  { name: "http-types", version: "2.12.0" },
  { name: "log", version: "0.4.0" },
]);
const LINES: Record<string, number> = { fetchy: 7, surf: 8, tide: 9, rocket: 10, solo: 11, quiet: 12, log: 13 };

let root: string;
let workspace: Workspace;
let graph: DependencyGraph | null;

beforeEach(() => {
  root = writeProject({ "Cargo.toml": MANIFEST, "Cargo.lock": LOCK }, "plan-edits-");
  workspace = loadWorkspace(root);
  graph = buildGraph(workspace);
});

function declaration(name: string): Dependency {
  const dep = workspace.members[0]!.dependencies.find((d) => d.name === name);
  if (!dep) throw new Error(`no declaration of ${name}`);
  return dep;
}

/** A finding about `crate` (at `version`) sitting at the declaration `via`, located at its line. */
function at(via: string, ruleId: string, crate: string, version: string | undefined, overrides: Partial<Finding> = {}): Finding {
  return finding({
    ruleId,
    crate: version === undefined ? { name: crate } : { name: crate, version },
    location: location({ file: join(root, "Cargo.toml"), line: LINES[via]! }),
    declarations: [declaration(via)],
    ...overrides,
  });
}

function plan(findings: Finding[], catalog: Catalog = fakeCatalog(), withGraph = true) {
  const { actions, removed } = buildPlan({ workspace, graph: withGraph ? graph : null, catalog, findings });
  return { actions: actions.map(short), removed };
}

/** The action with its file relative to the project and its removes as `crate version rule+rule`. */
function short(a: PlanAction) {
  return {
    ...a,
    target: { ...a.target, file: a.target.file.slice(root.length + 1) },
    removes: a.removes.map((r) => `${r.crate}${r.version ? ` ${r.version}` : ""} ${r.rules.join("+")}`),
  } as Omit<PlanAction, "removes"> & { removes: string[] };
}

describe("the registry-based upgrade", () => {
  it("upgrades to the remedy's release and removes only the crates that release drops and nothing else brings", () => {
    const findings = [
      // The release drops async-std and http-types; http-types still comes with surf, so it stays.
      at("fetchy", "removable-transitive", "async-std", "1.12.0", { remedy: { action: "upgrade", to: "0.6.0" }, severity: "note" }),
      at("fetchy", "removable-transitive", "http-types", "2.12.0", { remedy: { action: "upgrade", to: "0.6.0" }, severity: "note" }),
      // async-std's own finding goes with it; log's does not: the release still brings log.
      at("fetchy", "declining-transitive", "async-std", "1.12.0", { severity: "warning" }),
      at("fetchy", "declining-transitive", "log", "0.4.0", { severity: "error" }),
      // solo 0.9.0 comes only with fetchy, but no remedy says the release drops it.
      at("fetchy", "declining-transitive", "solo", "0.9.0", { severity: "error" }),
    ];
    const { actions, removed } = plan(findings);
    expect(actions).toEqual([
      {
        action: "upgrade",
        target: { crate: "fetchy", version: "0.5.0", file: "Cargo.toml", line: 7, column: 1 },
        to: "0.6.0",
        removes: ["async-std 1.12.0 declining-transitive+removable-transitive"],
        findings: 2,
        severity: "warning",
        basis: "registry",
      },
    ]);
    expect([...removed]).toEqual([findings[0], findings[2]]);
  });

  it("takes the first remedy of the declaration, wherever it is among its findings", () => {
    const findings = [
      at("fetchy", "declining-transitive", "async-std", "1.12.0"),
      at("fetchy", "removable-transitive", "async-std", "1.12.0", { remedy: { action: "upgrade", to: "0.7.1" } }),
    ];
    expect(plan(findings).actions.map((a) => [a.action, a.to, a.basis, a.findings])).toEqual([["upgrade", "0.7.1", "registry", 2]]);
  });

  it("is not offered for a declining declaration: the catalog's replacement wins", () => {
    const findings = [
      at("tide", "removable-transitive", "tide", "0.16.0", { remedy: { action: "upgrade", to: "0.17.0" } }),
      at("tide", "declining-crate", "tide", "0.16.0"),
    ];
    const { actions } = plan(findings, fakeCatalog([catalogEntry("tide")]));
    expect(actions.map((a) => [a.action, a.to, a.basis, a.removes])).toEqual([["replace", "axum", "lockfile", ["tide 0.16.0 declining-crate+removable-transitive"]]]);
  });
});

describe("the catalog's verdict on a declared crate", () => {
  const rocketFindings = () => [at("rocket", "declining-crate", "rocket", "0.4.0"), at("rocket", "declining-transitive", "rocket-codegen", "0.4.0")];
  const selfReplaced = (versions: string): CatalogEntry =>
    catalogEntry("rocket", { versions, replacements: [{ crate: "rocket", recommendedBy: "cargo-sunset", note: "0.5" }] });

  it("replacing the crate removes what only it brings", () => {
    const { actions } = plan(rocketFindings(), fakeCatalog([catalogEntry("rocket")]));
    expect(actions).toEqual([
      {
        action: "replace",
        target: { crate: "rocket", version: "0.4.0", file: "Cargo.toml", line: 10, column: 1 },
        to: "axum",
        removes: ["rocket 0.4.0 declining-crate", "rocket-codegen 0.4.0 declining-transitive"],
        findings: 2,
        severity: "warning",
        basis: "lockfile",
      },
    ]);
  });

  it("an upgrade past the versions the verdict covers removes the old version only", () => {
    const { actions } = plan(rocketFindings(), fakeCatalog([selfReplaced("< 0.5.1")]));
    expect(actions.map((a) => [a.action, a.to, a.removes])).toEqual([["upgrade", "0.5.1", ["rocket 0.4.0 declining-crate"]]]);
    expect(plan(rocketFindings(), fakeCatalog([selfReplaced("<1")])).actions.map((a) => a.to)).toEqual(["1"]);
    expect(plan(rocketFindings(), fakeCatalog([selfReplaced("<12.10")])).actions.map((a) => a.to)).toEqual(["12.10"]);
  });

  it("a verdict below a version with another crate as replacement is a replacement", () => {
    const { actions } = plan(rocketFindings(), fakeCatalog([catalogEntry("rocket", { versions: "<0.5" })]));
    expect(actions.map((a) => [a.action, a.to, a.findings])).toEqual([["replace", "axum", 2]]);
  });

  it("a verdict on a range with a lower bound is not an upgrade past it", () => {
    const { actions } = plan(rocketFindings(), fakeCatalog([selfReplaced(">=0.3, <0.5")]));
    expect(actions.map((a) => [a.action, a.to, a.findings])).toEqual([["replace", "rocket", 2]]);
    expect(plan(rocketFindings(), fakeCatalog([selfReplaced("<0.5-beta")])).actions.map((a) => a.action)).toEqual(["replace"]);
  });

  it("an entry without replacements still removes the crate, with no `to`", () => {
    const { actions } = plan(rocketFindings(), fakeCatalog([catalogEntry("rocket", { replacements: [] })]));
    expect(actions).toHaveLength(1);
    expect(actions[0]!.action).toBe("replace");
    expect(actions[0]).not.toHaveProperty("to");
  });

  it("asks the catalog about the locked version first, then about the crate", () => {
    const byVersion = catalogEntry("rocket", { replacements: [{ crate: "salvo", recommendedBy: "cargo-sunset", note: "" }] });
    const byName = catalogEntry("rocket", { replacements: [{ crate: "axum", recommendedBy: "cargo-sunset", note: "" }] });
    const asked: string[] = [];
    const catalog: Catalog = {
      ...fakeCatalog([byName]),
      decliningForVersion: (name, version) => {
        asked.push(`${name}@${version}`);
        return version === "0.4.0" ? byVersion : undefined;
      },
    };
    expect(plan(rocketFindings(), catalog).actions.map((a) => a.to)).toEqual(["salvo"]);
    expect(asked).toEqual(["rocket@0.4.0"]);
    const noVersionVerdict: Catalog = { ...fakeCatalog([byName]), decliningForVersion: () => undefined };
    expect(plan(rocketFindings(), noVersionVerdict).actions.map((a) => a.to)).toEqual(["axum"]);
    // Without a lock graph there is no locked version to ask about.
    const noGraph = plan([rocketFindings()[0]!], catalog, false).actions;
    expect(noGraph.map((a) => [a.to, a.target.version])).toEqual([["axum", undefined]]);
    expect(noGraph[0]!.target).not.toHaveProperty("version");
  });
});

describe("what an edit removes", () => {
  it("a finding about the declaration itself goes with it, even when the crate still arrives another way", () => {
    // http-types also comes with fetchy, so it stays; the requirement of surf goes with surf.
    const findings = [at("surf", "outdated-requirement", "surf", "2.3.2"), at("surf", "declining-transitive", "http-types", "2.12.0")];
    expect(plan(findings).actions.map((a) => [a.action, a.target.crate, a.removes])).toEqual([["remove", "surf", ["surf 2.3.2 outdated-requirement"]]]);
  });

  it("the requirement or MSRV of a crate that still comes another way goes with its declaration; other findings stay", () => {
    const findings = [
      at("log", "outdated-requirement", "log", "0.4.0", { severity: "note" }),
      at("log", "msrv", "log", "0.4.0", { severity: "note" }),
      at("log", "yanked-version", "log", "0.4.0", { severity: "error" }),
    ];
    const { actions, removed } = plan(findings);
    expect(actions.map((a) => [a.action, a.target.crate, a.removes, a.findings, a.severity])).toEqual([["remove", "log", ["log 0.4.0 msrv+outdated-requirement"], 2, "note"]]);
    expect([...removed]).toEqual([findings[0], findings[1]]);
  });

  it("an MSRV finding about another crate that sits at the declaration goes only when that crate leaves", () => {
    expect(plan([at("surf", "msrv", "http-types", "2.12.0")]).actions).toEqual([]);
    expect(plan([at("rocket", "msrv", "rocket-codegen", "0.4.0")]).actions.map((a) => a.removes)).toEqual([["rocket-codegen 0.4.0 msrv"]]);
  });

  it("a declining-crate finding about another crate does not make the declaration a replacement", () => {
    const { actions } = plan([at("rocket", "declining-crate", "rocket-codegen", "0.4.0")], fakeCatalog([catalogEntry("rocket"), catalogEntry("rocket-codegen")]));
    expect(actions.map((a) => [a.action, a.to, a.removes])).toEqual([["remove", undefined, ["rocket-codegen 0.4.0 declining-crate"]]]);
  });

  it("findings without declarations are not edits of their own", () => {
    const undeclared = finding({ ruleId: "yanked-version", crate: { name: "log", version: "0.4.0" } });
    // One about the declared crate goes when that crate leaves.
    const aboutSolo = finding({ ruleId: "msrv", crate: { name: "solo", version: "1.0.0" } });
    expect(plan([at("solo", "declining-transitive", "log", "0.4.0"), aboutSolo]).actions.map((a) => a.removes)).toEqual([["solo 1.0.0 msrv"]]);
    expect(plan([undeclared]).actions).toEqual([]);
    expect(plan([undeclared, at("quiet", "declining-crate", "quiet", "1.0.0")]).actions.map((a) => [a.target.crate, a.findings])).toEqual([["quiet", 1]]);
  });

  it("a declaration whose findings all stay gets no edit", () => {
    const { actions, removed } = plan([at("surf", "declining-transitive", "http-types", "2.12.0")]);
    expect(actions).toEqual([]);
    expect(removed.size).toBe(0);
  });

  it("a finding of another rule about the declared crate goes only when its crate leaves", () => {
    const findings = [at("solo", "yanked-version", "solo", "1.0.0", { severity: "error" })];
    expect(plan(findings).actions.map((a) => [a.action, a.removes, a.severity])).toEqual([["remove", ["solo 1.0.0 yanked-version"], "error"]]);
    // Without a graph nothing is known to leave.
    expect(plan(findings, fakeCatalog(), false).actions).toEqual([]);
  });

  it("a finding that names no locked version never counts as leaving", () => {
    expect(plan([at("solo", "yanked-version", "solo", undefined)]).actions).toEqual([]);
    expect(plan([at("solo", "yanked-version", "solo", "9.9.9")]).actions).toEqual([]);
  });

  it("a finding naming several versions goes only when all of them leave, and lists each version", () => {
    const both = at("solo", "declining-transitive", "log", undefined, { crate: { name: "log", versions: ["0.4.0"] } });
    const { actions } = plan([at("solo", "declining-crate", "solo", "1.0.0"), both]);
    // log 0.4.0 comes with fetchy: it stays.
    expect(actions.map((a) => a.removes)).toEqual([["solo 1.0.0 declining-crate"]]);
    // solo 0.9.0 comes with fetchy: a finding about both solos stays when solo 1.0.0 goes.
    const solos = at("solo", "yanked-version", "solo", undefined, { crate: { name: "solo", versions: ["1.0.0", "0.9.0"] } });
    expect(plan([solos]).actions).toEqual([]);
    // Versions not in the lockfile do not hold a finding back, and each is listed.
    const codegens = at("rocket", "yanked-version", "rocket-codegen", undefined, { crate: { name: "rocket-codegen", versions: ["0.4.0", "0.3.0"] } });
    expect(plan([codegens]).actions.map((a) => a.removes)).toEqual([["rocket-codegen 0.4.0 yanked-version", "rocket-codegen 0.3.0 yanked-version"]]);
  });

  it("a finding about the declared crate with no declaration of its own goes with the declaration only if its crate leaves", () => {
    const loose = (versions: string[]) =>
      finding({ ruleId: "outdated-requirement", crate: { name: "solo", versions }, location: location({ file: join(root, "Cargo.lock"), line: 40 }), declarations: [] });
    const here = at("solo", "declining-transitive", "log", "0.4.0");
    // log stays (fetchy brings it); solo 1.0.0 leaves, so a loose finding about it goes.
    expect(plan([here, loose(["1.0.0"])]).actions.map((a) => [a.removes, a.findings])).toEqual([[["solo 1.0.0 outdated-requirement"], 1]]);
    // One about both solos stays: it is not at this declaration, and solo 0.9.0 stays.
    expect(plan([here, loose(["1.0.0", "0.9.0"])]).actions).toEqual([]);
  });

  it("a finding whose crate is unversioned lists it without a version", () => {
    const findings = [at("solo", "outdated-requirement", "solo", undefined)];
    const { actions } = buildPlan({ workspace, graph, catalog: fakeCatalog(), findings });
    expect(actions.map((a) => a.removes)).toEqual([[{ crate: "solo", rules: ["outdated-requirement"] }]]);
  });

  it("lists what an edit removes in report order, findings about leaving crates included", () => {
    const loose = (ruleId: string) =>
      finding({ ruleId, crate: { name: "rocket-codegen", version: "0.4.0" }, location: location({ file: join(root, "Cargo.lock"), line: 40 }), declarations: [] });
    const findings = [loose("yanked-version"), loose("outdated-lock"), at("rocket", "declining-crate", "rocket", "0.4.0"), loose("unmaintained")];
    const { actions, removed } = plan(findings);
    expect(actions.map((a) => [a.findings, a.removes])).toEqual([[4, ["rocket-codegen 0.4.0 outdated-lock+unmaintained+yanked-version", "rocket 0.4.0 declining-crate"]]]);
    expect([...removed]).toEqual(findings);
  });

  it("counts each removed finding once in `removed`, in the order the findings came", () => {
    const findings = [
      at("solo", "declining-crate", "solo", "1.0.0"),
      at("quiet", "declining-crate", "quiet", "1.0.0"),
      at("solo", "yanked-version", "solo", "1.0.0"),
    ];
    const { actions, removed } = plan(findings);
    expect(actions.map((a) => [a.target.crate, a.findings])).toEqual([["solo", 2], ["quiet", 1]]);
    expect([...removed]).toEqual([findings[0], findings[2], findings[1]]);
  });
});

describe("where the edit points", () => {
  it("at the first of the declaration's findings located in its manifest, else at its first finding", () => {
    const lockLocated = at("solo", "yanked-version", "solo", "1.0.0", { location: location({ file: join(root, "Cargo.lock"), line: 30, column: 1 }) });
    const manifestLocated = at("solo", "declining-crate", "solo", "1.0.0", { location: location({ file: join(root, "Cargo.toml"), line: 11, column: 4 }) });
    expect(plan([lockLocated, manifestLocated]).actions.map((a) => a.target)).toEqual([{ crate: "solo", version: "1.0.0", file: "Cargo.toml", line: 11, column: 4 }]);
    expect(plan([lockLocated]).actions.map((a) => a.target)).toEqual([{ crate: "solo", version: "1.0.0", file: "Cargo.lock", line: 30, column: 1 }]);
  });
});

describe("the order of the edits", () => {
  it("most findings first, then most severe, then by crate name", () => {
    const findings = [
      // quiet and solo: one warning each, one crate each: by name.
      at("quiet", "declining-crate", "quiet", "1.0.0"),
      at("solo", "declining-crate", "solo", "1.0.0"),
      // rocket: two warnings; fetchy: two notes.
      at("rocket", "yanked-version", "rocket-codegen", undefined, { crate: { name: "rocket-codegen", versions: ["0.4.0"] } }),
      // tide: one error.
      at("tide", "declining-crate", "tide", "0.16.0", { severity: "error" }),
      at("fetchy", "declining-transitive", "async-std", "1.12.0", { severity: "note" }),
      at("fetchy", "outdated-requirement", "fetchy", "0.5.0", { severity: "note" }),
    ];
    findings.push(at("rocket", "declining-crate", "rocket", "0.4.0", { severity: "warning" }));
    const order = plan(findings).actions.map((a) => [a.target.crate, a.findings, a.severity, a.removes.length]);
    expect(order).toEqual([
      ["rocket", 2, "warning", 2],
      ["fetchy", 2, "note", 2],
      ["tide", 1, "error", 1],
      ["quiet", 1, "warning", 1],
      ["solo", 1, "warning", 1],
    ]);
  });

  it("puts the edit removing more crates first when findings and severity tie", () => {
    const findings = [
      at("quiet", "declining-crate", "quiet", "1.0.0"),
      at("rocket", "yanked-version", "rocket-codegen", undefined, { crate: { name: "rocket-codegen", versions: ["0.4.0", "0.3.0"] } }),
    ];
    expect(plan(findings).actions.map((a) => [a.target.crate, a.removes.length])).toEqual([["rocket", 2], ["quiet", 1]]);
  });

  it("sorts tied edits by crate name whatever order the findings came in", () => {
    const names = ["solo", "quiet", "tide"];
    for (const order of [names, [...names].reverse(), ["tide", "solo", "quiet"]]) {
      const version = (n: string) => (n === "tide" ? "0.16.0" : "1.0.0");
      const actions = plan(order.map((n) => at(n, "declining-crate", n, version(n)))).actions;
      expect(actions.map((a) => a.target.crate)).toEqual(["quiet", "solo", "tide"]);
    }
  });
});

describe("a declaration shared through [workspace.dependencies]", () => {
  // Members a and b inherit tide and rocket; c declares its own tide.
  const ROOT_MANIFEST = '[workspace]\nmembers = ["a", "b", "c"]\nresolver = "2"\n\n[workspace.dependencies]\ntide = "0.16"\nrocket = "0.4"\n';
  const member = (name: string, deps: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`;
  const SHARED = 'tide = { workspace = true }\nrocket = { workspace = true }\n';
  const WS_LOCK = lockText([
    { name: "a", version: "0.1.0", local: true, deps: ["tide", "rocket"] },
    { name: "b", version: "0.1.0", local: true, deps: ["tide", "rocket"] },
    { name: "c", version: "0.1.0", local: true, deps: ["tide"] },
    { name: "tide", version: "0.16.0" },
    { name: "rocket", version: "0.4.0" },
  ]);
  let ws: Workspace;
  let wsRoot: string;

  beforeEach(() => {
    wsRoot = writeProject({ "Cargo.toml": ROOT_MANIFEST, "a/Cargo.toml": member("a", SHARED), "b/Cargo.toml": member("b", SHARED), "c/Cargo.toml": member("c", 'tide = "0.16"\n'), "Cargo.lock": WS_LOCK }, "plan-ws-");
    ws = loadWorkspace(wsRoot);
  });

  const entry = (memberName: string, crate: string): Dependency => ws.members.find((m) => m.name === memberName)!.dependencies.find((d) => d.name === crate)!;
  const shared = (crate: string, memberNames: string[], overrides: Partial<Finding> = {}) =>
    finding({
      ruleId: "outdated-requirement",
      crate: { name: crate, version: crate === "tide" ? "0.16.0" : "0.4.0" },
      location: location({ file: join(wsRoot, "Cargo.toml"), line: crate === "tide" ? 6 : 7 }),
      declarations: memberNames.map((m) => entry(m, crate)),
      ...overrides,
    });
  const wsPlan = (findings: Finding[]) => buildPlan({ workspace: ws, graph: buildGraph(ws), catalog: fakeCatalog(), findings }).actions;

  it("is one edit per shared entry, pointing at the entry in the root manifest", () => {
    const actions = wsPlan([shared("tide", ["a", "b"]), shared("rocket", ["a", "b"])]);
    expect(actions.map((a) => [a.target.crate, a.target.version, a.target.file.slice(wsRoot.length + 1), a.target.line, a.removes])).toEqual([
      ["rocket", "0.4.0", "Cargo.toml", 7, [{ crate: "rocket", version: "0.4.0", rules: ["outdated-requirement"] }]],
      ["tide", "0.16.0", "Cargo.toml", 6, [{ crate: "tide", version: "0.16.0", rules: ["outdated-requirement"] }]],
    ]);
  });

  it("points at the shared entry even when the declaration's first finding is located elsewhere", () => {
    const inLock = shared("tide", ["a", "b"], { location: location({ file: join(wsRoot, "Cargo.lock"), line: 20 }) });
    const actions = wsPlan([inLock, shared("tide", ["a", "b"], { ruleId: "msrv" })]);
    expect(actions.map((a) => [a.target.file.slice(wsRoot.length + 1), a.target.line, a.findings])).toEqual([["Cargo.toml", 6, 2]]);
  });

  it("a finding that also sits at a member's own declaration is not removed by editing the shared entry", () => {
    // c declares tide itself: editing the shared entry leaves c's requirement, and tide stays in the tree.
    const both = finding({ ruleId: "outdated-requirement", crate: { name: "tide", version: "0.16.0" }, location: location({ file: join(wsRoot, "Cargo.toml"), line: 6 }), declarations: [entry("a", "tide"), entry("c", "tide")] });
    expect(wsPlan([both])).toEqual([]);
  });
});
