/** `[registry]` limits in cargo-sunset.toml reach the registry client of a real `check` run. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import type { JsonReport } from "../../src/report/json.js";
import { removeTempDirs, tempDir, writeFiles, writeIndex } from "../helpers/index-fixture.js";
import { startIndexServer, type IndexServer } from "../helpers/index-server.js";
import { lockText } from "../helpers/rule-runner.js";

const MANIFEST = '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\ntokio = "1"\n';
const LOCK = lockText([
  { name: "app", version: "0.1.0", local: true, deps: ["serde", "tokio"] },
  { name: "serde", version: "1.0.0" },
  { name: "tokio", version: "1.0.0" },
]);

let server: IndexServer;
beforeAll(async () => {
  server = await startIndexServer({
    root: writeIndex({ serde: [{ vers: "1.0.0" }, { vers: "1.0.1" }], tokio: [{ vers: "1.0.0" }] }),
    faults: { "se/rd/serde": { kind: "delay", ms: 5_000 } },
  });
});
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

async function check(config: string): Promise<JsonReport> {
  const project = tempDir("limits-project-");
  const home = tempDir("limits-home-");
  writeFiles(project, { "Cargo.toml": MANIFEST, "Cargo.lock": LOCK, "cargo-sunset.toml": config });
  let stdout = "";
  await main(["check", "--format", "json", "--no-cache"], {
    cwd: project,
    env: { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: home, XDG_CACHE_HOME: home },
    stdout: (text) => (stdout += text),
    stderr: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: new Date(),
  });
  return JSON.parse(stdout) as JsonReport;
}

const messages = (report: JsonReport) => report.notes.map((n) => n.message).join("\n");

describe("[registry] limits", () => {
  it("`timeout` bounds each request: the delayed crate times out after the configured time", async () => {
    const text = messages(await check('[registry]\ntimeout = "1s"\n'));
    expect(text).toMatch(/se\/rd\/serde timed out after 1000 ms/);
    expect(text).not.toMatch(/tokio/);
  });

  it("`max-file-size` refuses an index file larger than the limit", async () => {
    const text = messages(await check('[registry]\nmax-file-size = 8\ntimeout = "1s"\n'));
    expect(text).toMatch(/could not check 2 crate\(s\).*index file is larger than the limit of 8 bytes; not read/);
  });
});
