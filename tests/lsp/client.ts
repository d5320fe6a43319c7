/** A real LSP client over stdio for tests: spawns the built `cargo-sunset lsp` and records what it publishes. */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node";
import {
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type InitializeParams,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol";

export const BIN = resolve(import.meta.dirname, "../../dist/cargo-sunset.mjs");

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcess;
  /** Every publishDiagnostics notification, in order. */
  published: PublishDiagnosticsParams[];
  stderr: () => string;
  /** The latest diagnostics of a file once `until` holds for them (polling the notifications received). */
  diagnostics(path: string, until: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  exited: Promise<number | null>;
}

export const uri = (path: string): string => pathToFileURL(path).href;

export async function startClient(env: Record<string, string>, init: Record<string, unknown> = {}, capabilities: InitializeParams["capabilities"] = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [...(env.EXPOSE_GC ? ["--expose-gc"] : []), BIN, "lsp"], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout as NodeJS.ReadableStream), new StreamMessageWriter(child.stdin as NodeJS.WritableStream));
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions: { debounceMs: 20, ...init } });
  await connection.sendNotification("initialized", {});
  const diagnostics = async (path: string, until: (d: Diagnostic[]) => boolean, timeoutMs = 20_000) => {
    const target = uri(path);
    const start = Date.now();
    for (;;) {
      const latest = published.filter((p) => p.uri === target).at(-1);
      if (latest && until(latest.diagnostics)) return latest.diagnostics;
      if (Date.now() - start > timeoutMs) throw new Error(`no matching diagnostics for ${path}; last: ${JSON.stringify(latest?.diagnostics.map((d) => d.code))}; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { connection, child, published, stderr: () => stderr, diagnostics, exited };
}
