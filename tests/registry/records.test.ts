import { describe, expect, it } from "vitest";
import { TruncatedIndexError } from "../../src/registry/errors.js";
import { InputError } from "../../src/errors.js";
import { parseIndexFile, reviveVersions, storeVersions } from "../../src/registry/records.js";

// Real lines of the crates.io index (lazy_static 1.1.1 and a trimmed time 0.3.16 line).
const LAZY_STATIC_1_1_1 =
  '{"name":"lazy_static","vers":"1.1.1","deps":[{"name":"spin","req":"^0.4.6","features":[],"optional":true,"default_features":true,"target":null,"kind":"normal"},{"name":"version_check","req":"^0.1.4","features":[],"optional":false,"default_features":true,"target":null,"kind":"build"}],"cksum":"d89eda683219aefb49cf4704e549df3ec6926990fc64faf4a42350daf808e82b","features":{"nightly":[],"spin_no_std":["nightly","spin"]},"yanked":false}';
const TIME_V2 =
  '{"name":"time","vers":"0.3.16","deps":[{"name":"libc","req":"^0.2.98","features":[],"optional":false,"default_features":true,"target":"cfg(all(target_family = \\"unix\\", feature = \\"local-offset\\"))","kind":"normal"},{"name":"serde","req":"^1.0.126","features":[],"optional":true,"default_features":false,"target":null,"kind":"normal"}],"cksum":"0fab5c8b9980850e06d92ddbe3ab839c062c801f3927c0fb8abd6fc8e918fbca","features":{"default":["std"],"std":["alloc"],"alloc":[]},"features2":{"serde-human-readable":["serde","formatting","parsing"],"std":["serde?/std"]},"yanked":false,"links":null,"v":2}';

describe("parseIndexFile", () => {
  it("reads versions in file order with deps, kinds and defaults", () => {
    const { versions, problems } = parseIndexFile(`${LAZY_STATIC_1_1_1}\n`);
    expect(problems).toEqual([]);
    expect(versions).toEqual([
      {
        name: "lazy_static",
        version: "1.1.1",
        yanked: false,
        rustVersion: null,
        pubtime: null,
        deps: [
          { name: "spin", req: "^0.4.6", kind: "normal", optional: true, target: null },
          { name: "version_check", req: "^0.1.4", kind: "build", optional: false, target: null },
        ],
        features: { nightly: [], spin_no_std: ["nightly", "spin"] },
      },
    ]);
  });

  it("merges features2 into features, concatenating shared keys", () => {
    const [time] = parseIndexFile(`${TIME_V2}\n`).versions;
    expect(time?.features).toEqual({
      default: ["std"],
      std: ["alloc", "serde?/std"],
      alloc: [],
      "serde-human-readable": ["serde", "formatting", "parsing"],
    });
    expect(time?.deps[0]?.target).toBe('cfg(all(target_family = "unix", feature = "local-offset"))');
  });

  it("reads yanked, rust_version, pubtime, renamed and foreign-registry deps", () => {
    const line = JSON.stringify({
      name: "demo",
      vers: "2.0.0",
      deps: [{ name: "alias", package: "real", req: "^1", registry: "https://other/index", kind: "dev" }],
      cksum: "",
      features: {},
      yanked: true,
      rust_version: "1.70",
      pubtime: "2024-05-06T07:08:09Z",
    });
    const [version] = parseIndexFile(line).versions;
    expect(version).toMatchObject({ yanked: true, rustVersion: "1.70", pubtime: "2024-05-06T07:08:09Z" });
    expect(version?.deps).toEqual([{ name: "alias", package: "real", req: "^1", registry: "https://other/index", kind: "dev", optional: false, target: null }]);
  });

  it("skips lines of a newer schema silently, like cargo", () => {
    const v3 = JSON.stringify({ name: "demo", vers: "3.0.0", deps: [], features: {}, yanked: false, v: 3 });
    const { versions, problems } = parseIndexFile(`${LAZY_STATIC_1_1_1}\n${v3}\n`);
    expect(versions.map((v) => v.version)).toEqual(["1.1.1"]);
    expect(problems).toEqual([]);
  });

  it("skips an invalid line and records where it was", () => {
    const { versions, problems } = parseIndexFile(`${LAZY_STATIC_1_1_1}\n{oops\n[1]\n${TIME_V2}\n`);
    expect(versions.map((v) => v.version)).toEqual(["1.1.1", "0.3.16"]);
    expect(problems).toEqual(["line 2: invalid JSON", "line 3: not a JSON object"]);
  });

  it("treats a cut-off last line as a truncated file", () => {
    const body = `${LAZY_STATIC_1_1_1}\n${TIME_V2.slice(0, 80)}`;
    expect(() => parseIndexFile(body)).toThrow(TruncatedIndexError);
  });

  it("accepts a complete last line without a newline and an empty body", () => {
    expect(parseIndexFile(LAZY_STATIC_1_1_1).versions).toHaveLength(1);
    expect(parseIndexFile("")).toEqual({ versions: [], problems: [] });
  });

  it("keeps a feature named __proto__ as a plain key", () => {
    const line = JSON.stringify({ name: "x", vers: "1.0.0", deps: [], features: { __proto__: ["a"] } }).replace('"features":{}', '"features":{"__proto__":["a"]}');
    const [version] = parseIndexFile(line).versions;
    expect(Object.getPrototypeOf(version?.features)).toBe(Object.prototype);
    expect(Object.keys(version?.features ?? {})).toEqual(["__proto__"]);
  });
});

describe("the cached form of versions", () => {
  it("revives to the versions it stored, dependencies and features included", () => {
    const renames =
      '{"name":"y","vers":"0.1.0","features":{},"deps":[{"name":"alias","package":"real","req":"^1","kind":"dev","optional":false,"target":"cfg(unix)"},' +
      '{"name":"other","req":"^2","registry":"https://x.example/index","kind":"normal","optional":false,"target":null},' +
      '{"name":"both","package":"real2","registry":"https://y.example/","req":"^3","kind":"build","optional":true,"target":null}]}';
    const { versions } = parseIndexFile(`${LAZY_STATIC_1_1_1}\n${TIME_V2}\n${renames}\n`);
    expect(versions[2]?.deps.map((d) => [d.package, d.registry])).toEqual([["real", undefined], [undefined, "https://x.example/index"], ["real2", "https://y.example/"]]);
    const stored = JSON.parse(JSON.stringify(storeVersions(versions))) as unknown;
    const revived = reviveVersions(stored);
    expect(revived?.map((v) => [v.name, v.version, v.yanked, v.rustVersion, v.pubtime])).toEqual(versions.map((v) => [v.name, v.version, v.yanked, v.rustVersion, v.pubtime]));
    expect(revived?.map((v) => v.deps)).toEqual(versions.map((v) => v.deps));
    expect(revived?.map((v) => v.features)).toEqual(versions.map((v) => v.features));
    expect(JSON.parse(JSON.stringify(revived))).toEqual(versions);
  });

  it("keeps a feature called __proto__ a plain key", () => {
    const line = '{"name":"x","vers":"1.0.0","deps":[],"features":{"__proto__":["a"]}}';
    const [version] = reviveVersions(JSON.parse(JSON.stringify(storeVersions(parseIndexFile(line).versions)))) ?? [];
    expect(Object.getPrototypeOf(version?.features)).toBe(Object.prototype);
    expect(Object.keys(version?.features ?? {})).toEqual(["__proto__"]);
  });

  it.each([
    ["not a list", { name: "x" }],
    ["a row of the wrong length", [["x", "1.0.0", false, null, null]]],
    ["a version that is not text", [["x", 1, false, null, null, "[[],{}]"]]],
    ["yanked that is not a boolean", [["x", "1.0.0", 0, null, null, "[[],{}]"]]],
    ["a rust_version that is not text", [["x", "1.0.0", false, 1.7, null, "[[],{}]"]]],
    ["a pubtime that is not text", [["x", "1.0.0", false, null, 0, "[[],{}]"]]],
    ["dependencies that are not text", [["x", "1.0.0", false, null, null, []]]],
  ])("reads %s as missing", (_label, data) => {
    expect(reviveVersions(data)).toBeUndefined();
  });
});

describe("a cached version whose dependency text is not the cache's own", () => {
  it.each([
    ["not JSON", "{{"],
    ["not a pair", "[[]]"],
    ["a dependency row of the wrong shape", '[[["serde","^1",3,0,null]],{}]'],
    ["a feature list of numbers", '[[],{"std":[1]}]'],
  ])("names the cache file when read (%s)", (_label, rest) => {
    const [version] = reviveVersions([["x", "1.0.0", false, null, null, rest]], "/cache/index/host.pack.json") ?? [];
    expect(version?.version).toBe("1.0.0");
    let thrown: unknown;
    try {
      void version?.deps;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe("/cache/index/host.pack.json:1:1: damaged registry cache: the dependencies of x 1.0.0 are unreadable; delete the file and run again");
  });
});
