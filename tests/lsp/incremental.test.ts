/**
 * The language server re-runs only the rules an edit affects: after every edit of a long random sequence, what it
 * has published equals a fresh full audit of the same texts; an edit of one member's requirement re-runs the
 * member-scoped rules for that member only, and a comment edit re-runs no rule. The server is the built binary over
 * stdio; the fresh audit runs in this process on the same texts and the same registry cache.
 */
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type Diagnostic,
} from "vscode-languageserver-protocol";
import { runAudit } from "../../src/audit.js";
import { ConfigError } from "../../src/config/errors.js";
import { InputError } from "../../src/errors.js";
import { errorDiagnostic, toDiagnostic } from "../../src/lsp/convert.js";
import { setSourceOverlay } from "../../src/model/toml-file.js";
import { packageInfo } from "../../src/util/package-root.js";
import { removeTempDirs, tempDir, writeFiles } from "../helpers/index-fixture.js";
import { startIndexServer, type IndexServer } from "../helpers/index-server.js";
import { lockText } from "../helpers/rule-runner.js";
import { startClient, uri, type LspClient } from "./client.js";

const INDEX_ROOT = resolve(import.meta.dirname, "../../fixtures/registry/index");

const ROOT = `[workspace]
members = ["web", "tools"]
resolver = "2"

[workspace.dependencies]
structopt = "0.3"
`;

const WEB = `[package]
name = "web"
version = "0.1.0"
edition = "2021"
rust-version = "1.60"

[dependencies]
tide = "0.15"   # the HTTP server
warp = "0.2"
structopt = { workspace = true }
`;

const TOOLS = `[package]
name = "tools"
version = "0.1.0"
edition = "2021"

[dependencies]
structopt = { workspace = true }
warp = "0.2"
`;

// Two tide versions are locked: which one web's declaration resolves to follows its requirement.
const LOCK = lockText([
  { name: "structopt", version: "0.3.26" },
  { name: "tide", version: "0.15.0" },
  { name: "tide", version: "0.16.0" },
  { name: "tools", version: "0.1.0", local: true, deps: ["structopt", "warp"] },
  { name: "warp", version: "0.2.5" },
  { name: "web", version: "0.1.0", local: true, deps: ["structopt", "tide 0.15.0", "tide 0.16.0", "warp"] },
]);

interface Stats {
  audits: number;
  workspacePasses: number;
  memberPasses: Record<string, number>;
}

let server: IndexServer;
let client: LspClient;
let dir: string;
let env: Record<string, string>;
const paths: Record<"root" | "web" | "tools", string> = { root: "", web: "", tools: "" };
const texts = new Map<string, string>();
const versions = new Map<string, number>();

async function open(path: string, text: string): Promise<void> {
  texts.set(path, text);
  versions.set(path, 1);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(path), languageId: "toml", version: 1, text } });
}

/** Sends the edit and waits until the server has audited it (stats waits for the session to be idle). */
async function edit(path: string, text: string): Promise<Stats> {
  const version = (versions.get(path) ?? 1) + 1;
  texts.set(path, text);
  versions.set(path, version);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
  return stats();
}

const stats = (): Promise<Stats> => client.connection.sendRequest<Stats>("cargo-sunset/stats");

/** What the server has published last for each file. */
function published(): Map<string, Diagnostic[]> {
  const latest = new Map<string, Diagnostic[]>();
  for (const p of client.published) latest.set(new URL(p.uri).pathname, p.diagnostics);
  return latest;
}

/** A fresh full audit of the current texts, as the session turns one into diagnostics (files it names only). */
async function freshAudit(): Promise<Map<string, Diagnostic[]>> {
  const homepage = packageInfo().homepage;
  const expected = new Map<string, Diagnostic[]>();
  setSourceOverlay({ text: (path) => texts.get(path), parsed: new Map() });
  try {
    const outcome = await runAudit({ paths: [paths.web], cwd: dir, now: new Date(), cli: { rules: {}, offline: true }, registry: { env, cratesIoIndex: server.url } });
    const ws = outcome.audited[0]!.workspace;
    for (const file of [ws.rootManifestPath, ws.lockfilePath, ...ws.members.map((m) => m.manifestPath)]) expected.set(file, []);
    for (const finding of outcome.result.findings) expected.set(finding.location.file, [...(expected.get(finding.location.file) ?? []), toDiagnostic(finding, homepage)]);
  } catch (error) {
    if (error instanceof InputError) expected.set(error.file, [errorDiagnostic(error.line, error.column, error.problem)]);
    else if (error instanceof ConfigError) for (const i of error.issues) expected.set(i.file, [...(expected.get(i.file) ?? []), errorDiagnostic(i.line || 1, i.column || 1, i.message)]);
    else throw error;
  } finally {
    setSourceOverlay(null);
  }
  return expected;
}

async function expectFreshAudit(): Promise<void> {
  const expected = await freshAudit();
  const actual = published();
  for (const [file, diagnostics] of expected) expect({ file, diagnostics: actual.get(file) ?? [] }).toEqual({ file, diagnostics });
}

beforeAll(async () => {
  server = await startIndexServer({ root: INDEX_ROOT });
  dir = tempDir("lsp-incremental-");
  const cache = tempDir("lsp-incremental-cache-");
  env = { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: cache, XDG_CACHE_HOME: cache };
  writeFiles(dir, { "Cargo.toml": ROOT, "web/Cargo.toml": WEB, "tools/Cargo.toml": TOOLS, "Cargo.lock": LOCK });
  Object.assign(paths, { root: join(dir, "Cargo.toml"), web: join(dir, "web/Cargo.toml"), tools: join(dir, "tools/Cargo.toml") });
  client = await startClient(env, { debounceMs: 0 });
  await open(paths.web, WEB);
  // The background refresh fills the registry cache once; every audit after it reads the cache only.
  await client.diagnostics(paths.web, (d) => d.some((x) => x.code === "outdated-requirement"));
  await open(paths.tools, TOOLS);
  await open(paths.root, ROOT);
  await stats();
}, 60_000);

afterAll(async () => {
  client?.child.kill();
  await server?.close();
  removeTempDirs();
});

/** Edits a person makes while typing in a manifest: each returns the new text from the current one. */
const EDITS: Array<[string, "root" | "web" | "tools", (text: string) => string]> = [
  ["warp requirement 0.3", "web", (t) => t.replace(/warp = "[^"]*"/, 'warp = "0.3"')],
  ["warp requirement 0.2", "web", (t) => t.replace(/warp = "[^"]*"/, 'warp = "0.2"')],
  ["tide requirement 0.15", "web", (t) => t.replace(/tide = "[^"]*"/, 'tide = "0.15"')],
  ["tide requirement 0.15.0", "web", (t) => t.replace(/tide = "[^"]*"/, 'tide = "0.15.0"')],
  ["tide requirement 0.16", "web", (t) => t.replace(/tide = "[^"]*"/, 'tide = "0.16"')],
  ["tools warp 0.3", "tools", (t) => t.replace(/warp = "[^"]*"/, 'warp = "0.3"')],
  ["tools warp 0.2", "tools", (t) => t.replace(/warp = "[^"]*"/, 'warp = "0.2"')],
  ["comment line", "web", (t) => `# note\n${t}`],
  ["comment dropped", "web", (t) => t.replace(/^# note\n/, "")],
  ["trailing comment", "tools", (t) => t.replace("[dependencies]\n", "[dependencies] # deps\n")],
  ["allow tide", "web", (t) => (t.includes("allow(declining-crate)") ? t : t.replace(/^tide/m, "# cargo-sunset: allow(declining-crate) reason: planned\ntide"))],
  ["unallow tide", "web", (t) => t.replace("# cargo-sunset: allow(declining-crate) reason: planned\n", "")],
  ["add async-std", "tools", (t) => (t.includes("async-std") ? t : `${t}async-std = "1"\n`)],
  ["remove async-std", "tools", (t) => t.replace('async-std = "1"\n', "")],
  ["remove warp", "web", (t) => t.replace(/warp = "[^"]*"\n/, "")],
  ["add warp", "web", (t) => (t.includes("warp =") ? t : t.replace("[dependencies]\n", '[dependencies]\nwarp = "0.2"\n'))],
  ["break TOML", "web", (t) => t.replace("[dependencies]", "[dependencies")],
  ["fix TOML", "web", (t) => t.replace("[dependencies\n", "[dependencies]\n")],
  ["rust-version 1.80", "web", (t) => t.replace(/rust-version = "[^"]*"/, 'rust-version = "1.80"')],
  ["rust-version 1.60", "web", (t) => t.replace(/rust-version = "[^"]*"/, 'rust-version = "1.60"')],
  ["unrelated key", "tools", (t) => (t.includes("description") ? t.replace(/description = "(\w*)"/, 'description = "$1x"') : t.replace('edition = "2021"\n', 'edition = "2021"\ndescription = "t"\n'))],
  ["workspace structopt 0.2", "root", (t) => t.replace(/structopt = "[^"]*"/, 'structopt = "0.2"')],
  ["workspace structopt 0.3", "root", (t) => t.replace(/structopt = "[^"]*"/, 'structopt = "0.3"')],
];

describe("cargo-sunset lsp: incremental re-audits", () => {
  it("after every edit of random sequences, the published diagnostics equal a fresh full audit's", async () => {
    await expectFreshAudit();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: EDITS.length - 1 }), { minLength: 10, maxLength: 20 }), async (sequence) => {
        for (const index of sequence) {
          const [, file, change] = EDITS[index]!;
          await edit(paths[file], change(texts.get(paths[file])!));
          await expectFreshAudit();
        }
      }),
      { numRuns: 4, seed: 20251203 },
    );
    // Back to the texts on disk, and once more every edit in order.
    for (const [, file, change] of EDITS) {
      await edit(paths[file], change(texts.get(paths[file])!));
      await expectFreshAudit();
    }
  }, 240_000);

  it("an edit of one member's requirement re-runs the member-scoped rules for that member only; a comment edit re-runs no rule", async () => {
    await edit(paths.root, ROOT);
    await edit(paths.tools, TOOLS);
    const before = await edit(paths.web, WEB);
    const bumped = await edit(paths.web, WEB.replace('warp = "0.2"', 'warp = "0.3"'));
    expect(bumped.audits).toBeGreaterThan(before.audits);
    // stale-crate, for web alone; the workspace-wide rules once.
    expect(bumped.memberPasses.web).toBe((before.memberPasses.web ?? 0) + 1);
    expect(bumped.memberPasses.tools).toBe(before.memberPasses.tools);
    expect(bumped.workspacePasses).toBeGreaterThan(before.workspacePasses);
    await expectFreshAudit();

    const commented = await edit(paths.web, `# a comment moves every line\n${texts.get(paths.web)}`);
    expect(commented.audits).toBe(bumped.audits + 1);
    expect(commented.memberPasses).toEqual(bumped.memberPasses);
    expect(commented.workspacePasses).toBe(bumped.workspacePasses);
    await expectFreshAudit();

    // A new dependency changes what the graph is built from: every rule runs again, for every member.
    const added = await edit(paths.tools, `${TOOLS}async-std = "1"\n`);
    expect(added.memberPasses.tools).toBe((commented.memberPasses.tools ?? 0) + 1);
    expect(added.memberPasses.web).toBe((commented.memberPasses.web ?? 0) + 1);
    await expectFreshAudit();
  }, 60_000);
});
