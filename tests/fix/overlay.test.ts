/** The source overlay: in-memory texts stand in for files, and parsed manifests and lockfiles are reused while unchanged. */
import { afterEach, describe, expect, it } from "vitest";
import { readLockfile } from "../../src/model/lockfile.js";
import { readTextFile, readTomlFile, setSourceOverlay, type TomlDocument } from "../../src/model/toml-file.js";
import { loadWorkspace } from "../../src/model/workspace.js";
import { removeTempDirs, tempDir, writeFiles } from "../helpers/index-fixture.js";
import { lockText } from "../helpers/rule-runner.js";
import { join } from "node:path";

afterEach(() => {
  setSourceOverlay(null);
  removeTempDirs();
});

describe("source overlay", () => {
  it("the model reads unsaved texts instead of the files, and reuses what did not change", () => {
    const dir = tempDir("overlay-");
    const onDisk = '[package]\nname = "a"\nversion = "0.1.0"\n\n[dependencies]\ntide = "0.16"\n';
    writeFiles(dir, { "Cargo.toml": onDisk, "Cargo.lock": lockText([{ name: "a", version: "0.1.0", local: true }]) });
    const manifest = join(dir, "Cargo.toml");
    const texts = new Map<string, string>();
    const parsed = new Map<string, TomlDocument>();
    setSourceOverlay({ text: (path) => texts.get(path), parsed });

    expect(loadWorkspace(dir).members[0]?.dependencies.map((d) => d.name)).toEqual(["tide"]);
    const first = readTomlFile(manifest);
    expect(readTomlFile(manifest)).toBe(first);
    const lock = readLockfile(join(dir, "Cargo.lock"));
    expect(readLockfile(join(dir, "Cargo.lock"))).toBe(lock);

    texts.set(manifest, onDisk.replace('tide = "0.16"', 'axum = "0.8"'));
    expect(readTextFile(manifest)).toContain("axum");
    expect(loadWorkspace(dir).members[0]?.dependencies.map((d) => d.name)).toEqual(["axum"]);
    expect(readTomlFile(manifest)).not.toBe(first);

    setSourceOverlay(null);
    expect(loadWorkspace(dir).members[0]?.dependencies.map((d) => d.name)).toEqual(["tide"]);
  });
});
