#!/usr/bin/env node
/** The executable: the only module that touches `process`. */
import { main } from "./cli.js";

function reportInternalBug(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`cargo-sunset: internal error, please report it with the output below and the command you ran.\n${detail}\n`);
  process.exitCode = 2;
}

// A closed pipe (`cargo-sunset | head`) is the reader's choice, not a bug.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") reportInternalBug(error);
});
process.on("uncaughtException", reportInternalBug);
process.on("unhandledRejection", reportInternalBug);

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: new Date(),
  streams: { input: process.stdin, output: process.stdout },
});
