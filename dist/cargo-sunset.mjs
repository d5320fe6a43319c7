#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  entryPath,
  storedReport
} from "./chunks/chunk-AGG32OSS.mjs";
import "./chunks/chunk-WDHDEUBW.mjs";

// dist/src/bin.js
import { fileURLToPath } from "node:url";
function reportInternalBug(error) {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  process.stderr.write(`cargo-sunset: internal error, please report it with the output below and the command you ran.
${detail}
`);
  process.exitCode = 2;
}
function exitWhenDrained(code) {
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0)
    process.exit(code);
  let left = pending.length;
  for (const stream of pending) {
    const done = () => --left === 0 && process.exit(code);
    stream.once("drain", done);
    stream.once("error", done);
  }
}
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE")
    reportInternalBug(error);
});
process.on("uncaughtException", reportInternalBug);
process.on("unhandledRejection", reportInternalBug);
var request = {
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  entryFile: fileURLToPath(import.meta.url)
};
var stored = storedReport(request);
if (stored) {
  if (stored.stderr)
    process.stderr.write(stored.stderr);
  process.stdout.write(stored.stdout);
  exitWhenDrained(stored.exitCode);
} else {
  await runCli(request);
}
async function runCli(request2) {
  const first = request2.argv[0] === "sunset" ? request2.argv[1] : request2.argv[0];
  const storeAt = ["lsp", "why", "metadata", "init"].includes(first ?? "") ? void 0 : entryPath(request2);
  const recorder = storeAt ? await import("./chunks/recorder-HPXFQEVF.mjs") : void 0;
  const recording = recorder?.startRecording(process.env);
  const createdAt = Date.now();
  let stdout = "";
  let stderr = "";
  let validUntil = 0;
  const { main } = await import("./chunks/cli-6MKJY6IC.mjs");
  const code = await main(request2.argv, {
    cwd: request2.cwd,
    env: recording?.env ?? process.env,
    stdout: (text) => {
      if (recording)
        stdout += text;
      process.stdout.write(text);
    },
    stderr: (text) => {
      if (recording)
        stderr += text;
      process.stderr.write(text);
    },
    stdoutIsTTY: request2.stdoutIsTTY,
    stderrIsTTY: request2.stderrIsTTY,
    now: new Date(createdAt),
    streams: { input: process.stdin, output: process.stdout },
    reportCacheable: (until) => {
      validUntil = until;
    }
  });
  const inputs = recording?.stop();
  if (recorder && storeAt && inputs && validUntil > createdAt && process.exitCode === void 0) {
    recorder.storeReport(storeAt.path, { key: storeAt.key, createdAt, validUntil, ...inputs, stdout, stderr, exitCode: code });
  }
  exitWhenDrained(process.exitCode === void 0 ? code : Number(process.exitCode));
}
