/**
 * The built language server over stdio, driven by a real JSON-RPC client: initialize, open, change, diagnostics,
 * hover, code actions, cancellation, malformed TOML mid-edit, shutdown and exit. The registry is the local sparse
 * index (fixtures/registry) on 127.0.0.1; the server reads it only in its background refresh.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  LSPErrorCodes,
  ShowDocumentRequest,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { removeTempDirs, tempDir, writeFiles } from "../helpers/index-fixture.js";
import { startIndexServer, type IndexServer } from "../helpers/index-server.js";
import { lockText } from "../helpers/rule-runner.js";
import { startClient, uri, type LspClient } from "./client.js";

const INDEX_ROOT = resolve(import.meta.dirname, "../../fixtures/registry/index");

const ROOT = `[workspace]
members = ["web", "tools"]
resolver = "2"
`;

const WEB = `[package]
name = "web"
version = "0.1.0"
edition = "2021"

[dependencies]
tide = "0.16"   # the HTTP server
warp = "0.2"
`;

const TOOLS = `[package]
name = "tools"
version = "0.1.0"
edition = "2021"

[dependencies]
structopt = "0.3"
`;

const LOCK = lockText([
  { name: "structopt", version: "0.3.26" },
  { name: "tide", version: "0.16.0" },
  { name: "tools", version: "0.1.0", local: true, deps: ["structopt"] },
  { name: "warp", version: "0.2.5" },
  { name: "web", version: "0.1.0", local: true, deps: ["tide", "warp"] },
]);

let server: IndexServer;
let client: LspClient;
let dir: string;
let web: string;
let tools: string;
let cache: string;
let doc: TextDocument;
const shown: string[] = [];

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();

async function edit(text: string): Promise<void> {
  doc = TextDocument.update(doc, [{ text }], doc.version + 1);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ text }] });
}

beforeAll(async () => {
  server = await startIndexServer({ root: INDEX_ROOT });
  dir = tempDir("lsp-project-");
  cache = tempDir("lsp-cache-");
  writeFiles(dir, { "Cargo.toml": ROOT, "web/Cargo.toml": WEB, "tools/Cargo.toml": TOOLS, "Cargo.lock": LOCK });
  web = join(dir, "web/Cargo.toml");
  tools = join(dir, "tools/Cargo.toml");
  client = await startClient(
    { CARGO_SUNSET_CRATES_IO_INDEX: server.url, HOME: cache, XDG_CACHE_HOME: cache },
    {},
    { workspace: { workspaceEdit: { snippetEditSupport: true } }, window: { showDocument: { support: true } } },
  );
  client.connection.onRequest(ShowDocumentRequest.type, (params) => {
    shown.push(params.uri);
    return { success: true };
  });
  doc = TextDocument.create(uri(web), "toml", 1, WEB);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc.uri, languageId: "toml", version: 1, text: WEB } });
}, 60_000);

afterAll(async () => {
  client?.child.kill();
  await server?.close();
  removeTempDirs();
});

describe("cargo-sunset lsp", () => {
  it("publishes the check rules' diagnostics for the opened manifest, with the rule id, docs URL and registry findings after the background refresh", async () => {
    const diagnostics = await client.diagnostics(web, (d) => codes(d).includes("outdated-requirement"));
    expect(codes(diagnostics)).toEqual(["declining-crate", "declining-crate", "outdated-requirement", "vulnerability"]);
    const tide = diagnostics.find((d) => d.code === "declining-crate" && d.message.includes("tide"));
    expect(tide?.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: 4 } });
    expect(tide?.codeDescription?.href).toBe("https://github.com/cargo-sunset/cargo-sunset/blob/main/rules/declining-crate.md");
    expect(tide?.source).toBe("cargo-sunset");
    // The other member's manifest is part of the workspace: it gets its diagnostics without being opened.
    expect(codes(await client.diagnostics(tools, (d) => d.length > 0))).toContain("declining-crate");
    // The refresh went to the registry; the cache now holds its answers.
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it("hover on a dependency key gives the verdict, why, replacements, guide lines and versions", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: 7, character: 2 } });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain("**warp** `^0.2`");
    expect(value).toContain("Verdict: **superseded (versions <0.4)**");
    expect(value).toMatch(/Replacements: `warp` \(upgrade to 0.4[^\n]*`axum`/);
    expect(value).toContain("locked 0.2.5");
    expect(value).toContain("newest 0.3.7");
    expect(value).toContain("Concept map:");
    expect(hover?.range).toEqual({ start: { line: 7, character: 0 }, end: { line: 7, character: 4 } });
    const nothing = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: 1, character: 2 } });
    expect(nothing).toBeNull();
  });

  it("offers a snippet inline allow, a bump within rust-version and the migration guide; their edits keep the rest of the file", async () => {
    const diagnostics = await client.diagnostics(web, (d) => d.length === 4);
    const warp = diagnostics.filter((d) => d.message.includes("warp"));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: doc.uri }, range: warp[0]!.range, context: { diagnostics: warp } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Bump warp to "0.3" (0.3.7, the newest release the rust-version allows)');
    expect(titles).toContain("Open the migration guide for warp");
    const allow = actions.find((a) => a.title.startsWith("Allow declining-crate"));
    const snippetEdit = (allow?.edit?.documentChanges?.[0] as { edits: Array<{ snippet: { value: string } }> }).edits[0];
    expect(snippetEdit?.snippet.value).toBe("# cargo-sunset: allow(declining-crate) reason: ${1:why this is accepted}\n");
    const bump = actions.find((a) => a.title.startsWith("Bump"));
    const edits = bump?.edit?.changes?.[doc.uri] as TextEdit[];
    expect(TextDocument.applyEdits(doc, edits)).toBe(WEB.replace('warp = "0.2"', 'warp = "0.3"'));

    const guide = actions.find((a) => a.title.startsWith("Open the migration guide"));
    const opened = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: guide!.command!.command, arguments: guide!.command!.arguments })) as string;
    expect(shown).toContain(opened);
    const file = new URL(opened).pathname;
    expect(file.startsWith(cache)).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("warp");
  });

  it("re-audits the unsaved text as the user types, and publishes only for the files whose diagnostics change", async () => {
    await client.diagnostics(tools, (d) => d.length > 0);
    const before = client.published.length;
    await edit(WEB.replace("tide = \"0.16\"   # the HTTP server\n", "# cargo-sunset: allow(declining-crate) reason: migration planned for Q3\ntide = \"0.16\"   # the HTTP server\n"));
    const after = await client.diagnostics(web, (d) => d.length === 3);
    expect(after.some((d) => d.message.includes("tide"))).toBe(false);
    const newer = client.published.slice(before);
    expect(newer.every((p) => p.uri === doc.uri)).toBe(true);
    expect(newer.at(-1)?.version).toBe(doc.version);
  });

  it("malformed TOML mid-edit gives a diagnostic at the error and the server keeps going", async () => {
    await edit(WEB.replace("[dependencies]", "[dependencies"));
    const broken = await client.diagnostics(web, (d) => d.some((x) => x.code === "input-error"));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.range.start.line).toBe(5);
    expect(broken[0]?.message).toMatch(/invalid TOML/);
    await edit(WEB);
    expect(codes(await client.diagnostics(web, (d) => d.length === 4 && !d.some((x) => x.code === "input-error")))).toEqual(["declining-crate", "declining-crate", "outdated-requirement", "vulnerability"]);
  });

  it("audits an opened Cargo.lock with its workspace, and reports a broken one at its error", async () => {
    const lock = join(dir, "Cargo.lock");
    const lockUri = uri(lock);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: lockUri, languageId: "toml", version: 1, text: LOCK } });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: lockUri, version: 2 }, contentChanges: [{ text: `${LOCK}\n[[package]]\nname = "x"\n` }] });
    const broken = await client.diagnostics(lock, (d) => d.some((x) => x.code === "input-error"));
    expect(broken[0]?.message).toContain("without a `name` and `version`");
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: lockUri, version: 3 }, contentChanges: [{ text: LOCK }] });
    expect(await client.diagnostics(lock, (d) => d.length === 0)).toEqual([]);
    expect(readFileSync(lock, "utf8")).toBe(LOCK);
  });

  it("honours cancellation of a request waiting for the audit of the latest edit", async () => {
    await edit(`${WEB}\n`);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: 7, character: 2 } }, source.token);
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    // Uncancelled, the same request waits for that audit and answers.
    const answered = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: 7, character: 2 } });
    expect((answered?.contents as MarkupContent).value).toContain("**warp**");
  });

  it("shuts down and exits with 0", async () => {
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exited).toBe(0);
    expect(existsSync(web)).toBe(true);
    expect(readFileSync(web, "utf8")).toBe(WEB);
  });
});
