/** What a command receives from the process and returns to it; only bin.ts touches `process` itself. */
import type { FetchLike } from "./registry/http.js";

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  now: Date;
  /** Called by `check` when its report may be served again for unchanged inputs until `validUntil` (ms since the epoch). */
  reportCacheable?(validUntil: number): void;
  /** Injected in tests. */
  fetch?: FetchLike;
  /** Standard input and output as streams, for `lsp` (which speaks JSON-RPC over them). */
  streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Paths as the user should see them: relative to the working directory when inside it. */
export type Relativize = (file: string) => string;
