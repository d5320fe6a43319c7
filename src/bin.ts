#!/usr/bin/env node
/**
 * The executable: the only module that touches `process`. It first asks the warm-run cache (a tiny module) for
 * the report of an earlier run with unchanged inputs; only on a miss does it load the CLI.
 */
import { fileURLToPath } from "node:url";
import { interruptBudgetFlag } from "./tiering.js";
import { entryPath, storedReport, type WarmRequest } from "./warm/report-cache.js";

function reportInternalBug(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`cargo-sunset: internal error, please report it with the output below and the command you ran.\n${detail}\n`);
  process.exitCode = 2;
}

/** Exits once stdout and stderr have drained, without waiting for idle sockets, timers or a last collection. */
function exitWhenDrained(code: number): void {
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let left = pending.length;
  for (const stream of pending) {
    const done = () => --left === 0 && process.exit(code);
    stream.once("drain", done);
    stream.once("error", done);
  }
}

// A closed pipe (`cargo-sunset | head`) is the reader's choice, not a bug.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") reportInternalBug(error);
});
process.on("uncaughtException", reportInternalBug);
process.on("unhandledRejection", reportInternalBug);

const request: WarmRequest = {
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  entryFile: fileURLToPath(import.meta.url),
};

const stored = storedReport(request);
if (stored) {
  if (stored.stderr) process.stderr.write(stored.stderr);
  process.stdout.write(stored.stdout);
  exitWhenDrained(stored.exitCode);
} else {
  await runCli(request);
}

async function runCli(request: WarmRequest): Promise<void> {
  // Only `check` stores reports; the other commands (the language server runs for hours) are not recorded.
  const first = request.argv[0] === "sunset" ? request.argv[1] : request.argv[0];
  const storeAt = ["lsp", "why", "metadata", "init"].includes(first ?? "") ? undefined : entryPath(request);
  const budget = interruptBudgetFlag({ nodeVersion: process.version, execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS, command: first });
  if (budget) (await import("node:v8")).setFlagsFromString(budget);
  const recorder = storeAt ? await import("./warm/recorder.js") : undefined;
  const recording = recorder?.startRecording(process.env);
  const createdAt = Date.now();
  let stdout = "";
  let stderr = "";
  let validUntil = 0;
  const { main } = await import("./cli.js");
  const code = await main(request.argv, {
    cwd: request.cwd,
    env: recording?.env ?? process.env,
    stdout: (text) => {
      if (recording) stdout += text;
      process.stdout.write(text);
    },
    stderr: (text) => {
      if (recording) stderr += text;
      process.stderr.write(text);
    },
    stdoutIsTTY: request.stdoutIsTTY,
    stderrIsTTY: request.stderrIsTTY,
    now: new Date(createdAt),
    streams: { input: process.stdin, output: process.stdout },
    reportCacheable: (until) => {
      validUntil = until;
    },
  });
  const inputs = recording?.stop();
  if (recorder && storeAt && inputs && validUntil > createdAt && process.exitCode === undefined) {
    recorder.storeReport(storeAt.path, { key: storeAt.key, createdAt, validUntil, ...inputs, stdout, stderr, exitCode: code });
  }
  exitWhenDrained(process.exitCode === undefined ? code : Number(process.exitCode));
}
