/** The registry names cargo's configuration defines for a project: config files up the tree, CARGO_HOME, env vars. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { configuredRegistries } from "../../src/model/registries.js";
import { tempDir } from "../helpers/index-fixture.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** root/ with root/ws/crates/app as the project; `files` relative to root. */
function layout(files: Record<string, string>): { root: string; project: string } {
  const root = tempDir("registries-");
  dirs.push(root);
  const project = join(root, "ws", "crates", "app");
  mkdirSync(project, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, project };
}

const registry = (name: string) => `[registries.${name}]\nindex = "sparse+https://${name}.example/index/"\n`;

describe("configuredRegistries", () => {
  it("knows crates-io without any configuration", () => {
    const { root, project } = layout({});
    const names = configuredRegistries(project, { HOME: root });
    expect([names.has("crates-io"), names.has("private"), names.has("")]).toEqual([true, false, false]);
  });

  it("reads .cargo/config.toml and legacy .cargo/config in the project's directory and every parent", () => {
    const { root, project } = layout({
      "ws/crates/app/.cargo/config.toml": registry("here"),
      "ws/.cargo/config": registry("legacy"),
      ".cargo/config.toml": registry("top"),
    });
    const names = configuredRegistries(project, { HOME: join(root, "nohome") });
    expect(["here", "legacy", "top", "other"].map((n) => names.has(n))).toEqual([true, true, true, false]);
  });

  it("reads CARGO_HOME's config when set (blank means unset: HOME/.cargo then)", () => {
    const { root, project } = layout({ "cargohome/config.toml": registry("fromhome"), "home/.cargo/config.toml": registry("fromdothome") });
    const withHome = configuredRegistries(project, { CARGO_HOME: join(root, "cargohome"), HOME: join(root, "home") });
    const blank = configuredRegistries(project, { CARGO_HOME: "  ", HOME: join(root, "home") });
    expect([withHome.has("fromhome"), withHome.has("fromdothome")]).toEqual([true, false]);
    expect([blank.has("fromhome"), blank.has("fromdothome")]).toEqual([false, true]);
  });

  it("a CARGO_REGISTRIES_<NAME>_INDEX variable defines a registry, dashes as underscores", () => {
    const { root, project } = layout({});
    const names = configuredRegistries(project, { HOME: root, CARGO_REGISTRIES_MY_CORP_INDEX: "sparse+https://corp.example/" });
    expect([names.has("my-corp"), names.has("my_corp"), names.has("mycorp")]).toEqual([true, true, false]);
  });

  it("config files that cannot be parsed or have no [registries] table add nothing", () => {
    const { root, project } = layout({ ".cargo/config.toml": "this is = = not toml\n", "ws/.cargo/config.toml": "registries = 3\n" });
    const names = configuredRegistries(project, { HOME: root });
    expect([names.has("crates-io"), names.has("registries")]).toEqual([true, false]);
  });
});
