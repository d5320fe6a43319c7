/** `workspace = true` beside keys cargo ignores (it only warns about them). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/model/workspace.js";
import { writeProject } from "../helpers/temp-project.js";

describe("inherited dependency with extra keys", () => {
  it("takes version and source from the workspace and ignores the member's own", () => {
    const root = writeProject({
      "Cargo.toml": '[workspace]\nmembers = ["a"]\n\n[workspace.dependencies]\nserde = "1.0.200"\n',
      "a/Cargo.toml": '[package]\nname = "a"\nversion = "0.1.0"\n\n[dependencies]\nserde = { workspace = true, version = "not a version", git = "https://example.com/x", path = "../x" }\n',
    });
    const [dep] = loadWorkspace(join(root, "a")).members[0]!.dependencies;
    expect(dep).toMatchObject({ name: "serde", req: "^1.0.200", source: { type: "registry" } });
  });
});
