import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CRATES_IO_LOCK_SOURCE, loadRegistryConfig } from "../../src/registry/config.js";
import { TokenStore } from "../../src/registry/credentials.js";
import { removeTempDirs, tempDir, writeFiles } from "../helpers/index-fixture.js";

afterEach(removeTempDirs);

function setUp(files: Record<string, string>, cargoHomeFiles: Record<string, string> = {}) {
  const base = tempDir("config-");
  writeFiles(base, files);
  const cargoHome = join(base, "cargo-home");
  writeFiles(cargoHome, cargoHomeFiles);
  return { base, root: join(base, "outer", "project"), env: { HOME: base, CARGO_HOME: cargoHome } as Record<string, string> };
}

describe("registry configuration", () => {
  it("uses the crates.io sparse index by default and maps its lockfile source", async () => {
    const { root, env } = setUp({});
    const config = await loadRegistryConfig(root, env);
    expect(config.byName(undefined)).toEqual({ name: "crates-io", displayName: "crates.io", indexUrl: "https://index.crates.io/" });
    expect(config.byName("crates-io").indexUrl).toBe("https://index.crates.io/");
    expect(config.bySource(CRATES_IO_LOCK_SOURCE)?.indexUrl).toBe("https://index.crates.io/");
    expect(config.bySource("sparse+https://index.crates.io/")?.indexUrl).toBe("https://index.crates.io/");
    expect(config.bySource("git+https://github.com/org/repo#0123")).toBeUndefined();
  });

  it("merges the directory chain and CARGO_HOME, closer files winning", async () => {
    const { root, env } = setUp(
      {
        "outer/project/.cargo/config.toml": '[registries.near]\nindex = "sparse+https://near.example/index/"\n',
        "outer/.cargo/config.toml": '[registries.near]\nindex = "sparse+https://far.example/"\n[registries.mid]\nindex = "sparse+https://mid.example/"\n',
      },
      { "config.toml": '[registries.home]\nindex = "sparse+https://home.example/"\n[registries.mid]\nindex = "sparse+https://home-mid.example/"\n' },
    );
    const config = await loadRegistryConfig(root, env);
    expect(config.byName("near").indexUrl).toBe("https://near.example/index/");
    expect(config.byName("mid").indexUrl).toBe("https://mid.example/");
    expect(config.byName("home").indexUrl).toBe("https://home.example/");
    expect(config.bySource("sparse+https://near.example/index/")).toMatchObject({ name: "near", credentialName: "near" });
  });

  it("reads the legacy .cargo/config, preferring it over config.toml in the same directory as cargo does", async () => {
    const { root, env } = setUp({
      "outer/project/.cargo/config": '[registries.legacy]\nindex = "sparse+https://legacy.example/"\n',
      "outer/project/.cargo/config.toml": '[registries.legacy]\nindex = "sparse+https://modern.example/"\n',
    });
    expect((await loadRegistryConfig(root, env)).byName("legacy").indexUrl).toBe("https://legacy.example/");
  });

  it("lets CARGO_REGISTRIES_<NAME>_INDEX override config files", async () => {
    const { root, env } = setUp({ "outer/project/.cargo/config.toml": '[registries.my-reg]\nindex = "sparse+https://file.example/"\n' });
    const config = await loadRegistryConfig(root, { ...env, CARGO_REGISTRIES_MY_REG_INDEX: "sparse+https://env.example/", CARGO_REGISTRIES_ONLY_ENV_INDEX: "sparse+https://only.example/" });
    expect(config.byName("my-reg").indexUrl).toBe("https://env.example/");
    expect(config.byName("only-env").indexUrl).toBe("https://only.example/");
    expect(config.bySource("sparse+https://only.example/")?.name).toBe("only-env");
  });

  it("follows [source.crates-io] replace-with to a sparse source while Cargo.lock still says crates.io", async () => {
    const { root, env } = setUp({
      "outer/.cargo/config.toml": '[source.crates-io]\nreplace-with = "mirror"\n[source.mirror]\nreplace-with = "inner"\n[source.inner]\nregistry = "sparse+http://127.0.0.1:9/index/"\n',
    });
    const config = await loadRegistryConfig(root, env);
    expect(config.bySource(CRATES_IO_LOCK_SOURCE)).toMatchObject({ displayName: "crates.io", indexUrl: "http://127.0.0.1:9/index/" });
    expect(config.byName(undefined).indexUrl).toBe("http://127.0.0.1:9/index/");
  });

  it("follows replace-with to a named registry and uses that registry's token", async () => {
    const { root, env } = setUp({ "outer/project/.cargo/config.toml": '[source.crates-io]\nreplace-with = "corp"\n[registries.corp]\nindex = "sparse+https://corp.example/"\n' });
    const config = await loadRegistryConfig(root, env);
    expect(config.byName(undefined)).toMatchObject({ indexUrl: "https://corp.example/", credentialName: "corp", displayName: "crates.io" });
  });

  it.each([
    ['[source.crates-io]\nreplace-with = "vendored"\n[source.vendored]\ndirectory = "vendor"\n', /directory source `vendored`/],
    ['[source.crates-io]\nreplace-with = "a"\n[source.a]\nreplace-with = "b"\n[source.b]\nreplace-with = "a"\n', /loops/],
    ['[source.crates-io]\nreplace-with = "nowhere"\n', /not defined/],
    ['[source.crates-io]\nreplace-with = "gitmirror"\n[source.gitmirror]\nregistry = "https://git.example/index"\n', /git protocol/],
  ])("skips crates.io with a reason when it is replaced by something without a sparse index", async (toml, reason) => {
    const { root, env } = setUp({ "outer/project/.cargo/config.toml": toml });
    const endpoint = (await loadRegistryConfig(root, env)).byName(undefined);
    expect(endpoint.indexUrl).toBeNull();
    expect(endpoint.skipReason).toMatch(reason);
  });

  it("skips git-protocol and unknown registries with a note, and never reads a registry only Cargo.lock names", async () => {
    const { root, env } = setUp({ "outer/project/.cargo/config.toml": '[registries.old]\nindex = "https://git.example/index.git"\n' });
    const config = await loadRegistryConfig(root, env);
    expect(config.byName("old").skipReason).toMatch(/uses the git protocol/);
    expect(config.bySource("registry+https://git.example/index.git")?.skipReason).toMatch(/git protocol/);
    expect(config.byName("missing").skipReason).toMatch(/registry `missing` is not configured .*CARGO_REGISTRIES_MISSING_INDEX/);
    const unknown = config.bySource("sparse+https://elsewhere.example/idx/");
    expect(unknown).toMatchObject({ indexUrl: null, skipReason: expect.stringMatching(/^Cargo\.lock names the registry `sparse\+https:\/\/elsewhere\.example\/idx\/`, which is neither crates\.io nor configured/) });
    expect(unknown?.credentialName).toBeUndefined();
    expect(config.bySource("registry+https://other.example/index")?.indexUrl).toBeNull();
  });

  it("reads a lockfile source that is not a URL as an unknown registry, without throwing", async () => {
    const { root, env } = setUp({});
    const config = await loadRegistryConfig(root, env);
    for (const source of ["sparse+http://[", "sparse+", "registry+::::", "sparse+http://a b/"]) {
      expect(config.bySource(source)).toMatchObject({ indexUrl: null, skipReason: expect.stringContaining("is neither crates.io nor configured") });
    }
  });

  it("never shows URL credentials in a skip reason", async () => {
    const { root, env } = setUp({ "outer/project/.cargo/config.toml": '[registries.old]\nindex = "https://user:hunter2@git.example/index.git"\n[registries.ftp]\nindex = "sparse+ftp://user:hunter2@ftp.example/"\n' });
    const config = await loadRegistryConfig(root, env);
    const reasons = [config.byName("old").skipReason, config.byName("ftp").skipReason, config.bySource("sparse+https://u:hunter2@x.example/")?.skipReason, config.bySource("sparse+http://u:hunter2@[")?.skipReason];
    expect(reasons.every((r) => typeof r === "string" && r.length > 0)).toBe(true);
    expect(reasons.join("\n")).not.toContain("hunter2");
  });

  it("takes a plain URL override for crates.io", async () => {
    const { root, env } = setUp({});
    const config = await loadRegistryConfig(root, env, { cratesIoIndex: "http://127.0.0.1:1234" });
    expect(config.bySource(CRATES_IO_LOCK_SOURCE)?.indexUrl).toBe("http://127.0.0.1:1234/");
  });

  it("reports an unparsable config file and carries on", async () => {
    const { root, env } = setUp({
      "outer/project/.cargo/config.toml": "[registries\n",
      "outer/.cargo/config.toml": '[registries.ok]\nindex = "sparse+https://ok.example/"\n',
    });
    const config = await loadRegistryConfig(root, env);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatch(/outer\/project\/\.cargo\/config\.toml: not valid TOML/);
    expect(config.byName("ok").indexUrl).toBe("https://ok.example/");
  });
});

describe("registry tokens", () => {
  it("reads credentials.toml and lets CARGO_REGISTRIES_<NAME>_TOKEN win", async () => {
    const { env } = setUp({}, { "credentials.toml": '[registries.my-reg]\ntoken = "from-file"\n[registries.other]\ntoken = "other-file"\n' });
    const tokens = await TokenStore.load({ ...env, CARGO_REGISTRIES_MY_REG_TOKEN: "from-env" });
    expect(tokens.tokenFor("my-reg")).toBe("from-env");
    expect(tokens.tokenFor("other")).toBe("other-file");
    expect(tokens.tokenFor("none")).toBeUndefined();
    expect(tokens.tokenFor(undefined)).toBeUndefined();
  });

  it("never shows a token when serialized or inspected", async () => {
    const { env } = setUp({}, { credentials: '[registries.legacy]\ntoken = "s3cret-legacy"\n' });
    const tokens = await TokenStore.load(env);
    expect(tokens.tokenFor("legacy")).toBe("s3cret-legacy");
    const { inspect } = await import("node:util");
    expect(JSON.stringify({ tokens })).not.toContain("s3cret");
    expect(inspect(tokens, { depth: 5, showHidden: true })).not.toContain("s3cret");
  });
});
