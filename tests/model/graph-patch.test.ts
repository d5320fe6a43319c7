/** The graph's reading of `[patch]` and `[replace]`: which locked package a declaration resolves to. */
import { afterEach, describe, expect, it } from "vitest";
import { buildGraph, type DependencyGraph } from "../../src/model/graph.js";
import type { Package } from "../../src/model/types.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs } from "../helpers/index-fixture.js";
import { writeProject } from "../helpers/temp-project.js";

afterEach(removeTempDirs);

const CRATES = "registry+https://github.com/rust-lang/crates.io-index";
const GIT = "git+https://github.com/acme/foo?branch=main#0123456789abcdef0123456789abcdef01234567";
const PRIVATE = "sparse+https://private.example/index/";

function locked(name: string, version: string, source: string | null, extra: string[] = []): string {
  return ["[[package]]", `name = "${name}"`, `version = "${version}"`, ...(source ? [`source = "${source}"`] : []), ...extra].join("\n");
}

function lock(...blocks: string[]): string {
  return `version = 4\n\n${blocks.join("\n\n")}\n`;
}

const appLocked = (deps: string[]) => locked("app", "0.1.0", null, ["dependencies = [", ...deps.map((d) => ` "${d}",`), "]"]);
const VENDOR_FOO = '[package]\nname = "foo"\nversion = "1.0.0"\nedition = "2021"\n';

function graphOf(files: Record<string, string>): { graph: DependencyGraph; app: Package } {
  const workspace = loadWorkspace(writeProject(files));
  const graph = buildGraph(workspace)!;
  return { graph, app: workspace.members.find((m) => m.name === "app")! };
}

const resolved = ({ graph, app }: { graph: DependencyGraph; app: Package }, name = "foo") =>
  graph.lockedIdOf(app.dependencies.find((d) => d.name === name)!, app);

describe("[patch]", () => {
  it("[patch.crates-io] with a path redirects a crates.io declaration to the local package", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n\n[patch.crates-io]\nfoo = { path = "vendor/foo" }\n',
      "vendor/foo/Cargo.toml": VENDOR_FOO,
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", null)),
    });
    expect(resolved(g)).toBe("foo 1.0.0");
    expect(g.graph.reach("foo 1.0.0").members).toEqual(["app"]);
  });

  it("[patch.'<crates.io index URL>'] is [patch.crates-io], in the spellings cargo takes for it and not the sparse URL", () => {
    const files = (target: string) => ({
      "Cargo.toml": `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n\n[patch."${target}"]\nfoo = { path = "vendor/foo" }\n`,
      "vendor/foo/Cargo.toml": VENDOR_FOO,
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", null)),
    });
    // What `cargo generate-lockfile --offline` (1.95) does with each key: the first four patch, the last does not.
    for (const target of [
      "https://github.com/rust-lang/crates.io-index",
      "registry+https://github.com/rust-lang/crates.io-index",
      "https://github.com/rust-lang/crates.io-index.git",
      "https://github.com/Rust-Lang/crates.io-index/",
    ]) {
      expect(resolved(graphOf(files(target))), target).toBe("foo 1.0.0");
    }
    expect(resolved(graphOf(files("sparse+https://index.crates.io/")))).toBeUndefined();
  });

  it("[patch.'<git url>'] applies to a git declaration of that repository, .git and a trailing slash aside", () => {
    const g = graphOf({
      "Cargo.toml":
        '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = { git = "https://github.com/acme/foo.git" }\n\n[patch."https://github.com/acme/foo/"]\nfoo = { path = "vendor/foo" }\n',
      "vendor/foo/Cargo.toml": VENDOR_FOO,
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", null)),
    });
    expect(resolved(g)).toBe("foo 1.0.0");
  });

  it("[patch.<registry name>] applies to that registry's declarations only", () => {
    const files = (patchTarget: string) => ({
      "Cargo.toml": `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = { version = "1", registry = "private" }\n\n[patch.${patchTarget}]\nfoo = { path = "vendor/foo" }\n`,
      ".cargo/config.toml": `[registries.private]\nindex = "${PRIVATE}"\n`,
      "vendor/foo/Cargo.toml": VENDOR_FOO,
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", null)),
    });
    expect(resolved(graphOf(files("private")))).toBe("foo 1.0.0");
    expect(resolved(graphOf(files("crates-io")))).toBeUndefined();
  });

  it("a path declaration is never patched, and a crates.io one does not resolve to a git package", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n',
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", GIT)),
    });
    expect(resolved(g)).toBeUndefined();
  });

  it("a git declaration resolves to the package locked from that repository", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = { git = "https://github.com/acme/foo", branch = "main" }\n',
      "Cargo.lock": lock(appLocked([`foo 1.0.0 (${GIT})`]), locked("foo", "1.0.0", GIT), locked("foo", "1.0.0", CRATES)),
    });
    expect(resolved(g)).toBe(`foo 1.0.0 (${GIT})`);
  });
});

describe("[replace]", () => {
  it("an edge into a replaced package goes to its replacement, whose dependents include the replaced one's", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n\n[replace]\n"foo:1.0.0" = { path = "vendor/foo" }\n',
      "vendor/foo/Cargo.toml": VENDOR_FOO,
      "Cargo.lock": lock(appLocked([`foo 1.0.0 (${CRATES})`]), locked("foo", "1.0.0", CRATES, ['replace = "foo 1.0.0"']), locked("foo", "1.0.0", null)),
    });
    const app = "app 0.1.0";
    expect(g.graph.edgesOf(app)).toEqual(["foo 1.0.0"]);
    expect(g.graph.dependentsOf("foo 1.0.0")).toContain(app);
  });

  it("a replace line naming a source picks the package from that source", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n',
      "Cargo.lock": lock(
        appLocked([`foo 1.0.0 (${CRATES})`]),
        locked("foo", "1.0.0", CRATES, [`replace = "foo 1.0.0 (${GIT.split("#")[0]})"`]),
        locked("foo", "1.0.0", GIT),
      ),
    });
    expect(g.graph.edgesOf("app 0.1.0")).toEqual([`foo 1.0.0 (${GIT})`]);
  });

  it("a malformed replace line, or one naming no locked package, changes nothing", () => {
    const g = graphOf({
      "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfoo = "1"\n',
      "Cargo.lock": lock(appLocked(["foo"]), locked("foo", "1.0.0", CRATES, ['replace = "foo"'])),
    });
    expect(g.graph.edgesOf("app 0.1.0")).toEqual([`foo 1.0.0 (${CRATES})`]);
  });
});
