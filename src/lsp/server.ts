/** `cargo-sunset lsp`: a Language Server Protocol server for Cargo.toml and Cargo.lock over stdio. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createConnection,
  LSPErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatGuideMarkdown } from "../catalog/format.js";
import { resolveRegistryOptions } from "../registry/options.js";
import { toolVersion } from "../util/package-root.js";
import { codeActions, OPEN_GUIDE_COMMAND } from "./actions.js";
import { dependencyAt, hoverMarkdown } from "./hover.js";
import { Session, uriToPath } from "./session.js";

export interface ServerStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

interface InitOptions {
  debounceMs?: number;
  refreshRegistry?: boolean;
}

const WATCHED = /(^|[\\/])(Cargo\.toml|Cargo\.lock|cargo-sunset\.toml)$/;

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, "request cancelled");
}

/** Waits for the audit of the latest edits (hover and quick fixes answer for the text as it is now), or the cancellation. */
function settled(session: Session, token: CancellationToken): Promise<boolean> {
  if (token.isCancellationRequested) return Promise.resolve(false);
  return new Promise((resolve) => {
    const listener = token.onCancellationRequested(() => resolve(false));
    void session.idle.then(() => {
      listener.dispose();
      resolve(!token.isCancellationRequested);
    });
  });
}

/** Runs until the client sends `exit`; resolves with the exit code (0 after `shutdown`, 1 without, as LSP says). */
export function runLanguageServer(streams: ServerStreams): Promise<number> {
  const connection: Connection = createConnection(new StreamMessageReader(streams.input), new StreamMessageWriter(streams.output));
  const texts = new Map<string, TextDocument>();
  let session: Session | undefined;
  let snippets = false;
  let shutdown = false;

  const sessionOf = (): Session => {
    if (!session) throw new ResponseError(-32002, "server not initialized");
    return session;
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    snippets = params.capabilities?.workspace?.workspaceEdit?.snippetEditSupport === true;
    session = new Session({
      env: streams.env,
      debounceMs: typeof init.debounceMs === "number" && init.debounceMs >= 0 ? init.debounceMs : 150,
      refreshRegistry: init.refreshRegistry !== false,
      publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }),
      log: (message) => connection.console.error(message),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        executeCommandProvider: { commands: [OPEN_GUIDE_COMMAND] },
      },
      serverInfo: { name: "cargo-sunset", version: toolVersion() },
    };
  });

  const tracked = (uri: string) => uri.startsWith("file:") && WATCHED.test(uri);

  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    if (!tracked(d.uri)) return;
    const doc = TextDocument.create(d.uri, d.languageId, d.version, d.text);
    texts.set(d.uri, doc);
    sessionOf().open(uriToPath(d.uri), doc.getText(), doc.version);
  });
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => {
    const doc = texts.get(d.uri);
    if (!doc) return;
    const next = TextDocument.update(doc, contentChanges, d.version);
    texts.set(d.uri, next);
    sessionOf().change(uriToPath(d.uri), next.getText(), next.version);
  });
  connection.onDidCloseTextDocument(({ textDocument: d }) => {
    if (!texts.delete(d.uri)) return;
    sessionOf().close(uriToPath(d.uri));
  });

  connection.onHover(async (params, token: CancellationToken) => {
    if (!(await settled(sessionOf(), token))) return cancelled();
    const doc = texts.get(params.textDocument.uri);
    const path = uriToPath(params.textDocument.uri);
    const state = sessionOf().stateOf(path);
    if (!doc || !state) return null;
    const at = dependencyAt(state, path, doc.getText(), params.position.line, params.position.character);
    if (!at) return null;
    return {
      contents: { kind: "markdown", value: hoverMarkdown(state, at, state.findings) },
      range: { start: { line: at.span.line - 1, character: at.span.column - 1 }, end: { line: at.span.endLine - 1, character: at.span.endColumn - 1 } },
    };
  });

  connection.onCodeAction(async (params, token: CancellationToken) => {
    if (!(await settled(sessionOf(), token))) return cancelled();
    const doc = texts.get(params.textDocument.uri);
    const path = uriToPath(params.textDocument.uri);
    const state = sessionOf().stateOf(path);
    if (!doc || !state) return [];
    return codeActions(params.context.diagnostics, { state, file: path, text: doc.getText(), version: doc.version, snippets });
  });

  connection.onExecuteCommand(async (params, token: CancellationToken) => {
    if (token.isCancellationRequested) return cancelled();
    if (params.command !== OPEN_GUIDE_COMMAND) throw new ResponseError(-32602, `unknown command ${params.command}`);
    const [crate, entry] = (params.arguments ?? []) as [string, string];
    const state = sessionOf().workspaces.find((w) => w.entry === entry) ?? sessionOf().workspaces[0];
    const catalogEntry = state?.audited?.catalog.entry(crate);
    if (!catalogEntry) throw new ResponseError(-32602, `no catalog entry for ${crate}`);
    if (catalogEntry.guideUrl && !catalogEntry.guide) {
      await connection.window.showDocument({ uri: catalogEntry.guideUrl, external: true });
      return catalogEntry.guideUrl;
    }
    // The guide as a Markdown file in the cache directory, so any editor can open it as a document.
    const dir = join(state?.audited?.config.registry.cacheDir ?? resolveRegistryOptions({ env: streams.env }).cacheDir, "guides");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${crate}.md`);
    writeFileSync(file, formatGuideMarkdown(catalogEntry));
    const uri = pathToFileURL(file).href;
    await connection.window.showDocument({ uri, takeFocus: true });
    return uri;
  });

  // Not part of LSP: heap figures for the memory measurement script (after a collection when node runs with
  // --expose-gc), and how often rules re-ran (tests check that an edit re-runs only what it affects).
  connection.onRequest("cargo-sunset/stats", async () => {
    await sessionOf().idle;
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    return { heapUsed: memory.heapUsed, rss: memory.rss, audits: sessionOf().audits, ...sessionOf().ruleStats() };
  });

  connection.onShutdown(() => {
    shutdown = true;
    session?.dispose();
  });

  return new Promise((resolve) => {
    connection.onExit(() => {
      session?.dispose();
      connection.dispose();
      // Stop reading stdin so the process can end.
      (streams.input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      resolve(shutdown ? 0 : 1);
    });
    // The client went away without `exit`.
    streams.input.on("end", () => {
      session?.dispose();
      resolve(1);
    });
    connection.listen();
  });
}
