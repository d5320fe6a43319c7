/**
 * When V8 may start optimising hot functions. A check lasts a few hundred milliseconds; with V8's default budget,
 * functions reach the optimising compiler (TurboFan) after a few dozen calls, and compiling and then throwing away
 * that code costs a short run more than the optimised code gives back: four times the budget took 20 ms off an
 * offline check of a 143-manifest workspace (225 vs 204 ms) and 65 ms off the same check with registry data
 * (384 vs 318 ms), and was no slower on generated workspaces of 2,000 members or 20,000 locked packages, whose
 * hot loops still reach the optimiser.
 */

/** Four times Node 20's default (66 KB of bytecode executed before a function is considered for optimisation). */
export const INTERRUPT_BUDGET = 4 * 66 * 1024;

/** Node majors whose V8 has `--interrupt-budget` (an unknown flag is reported on stderr, so none is guessed at). */
const KNOWN_NODE_MAJORS = { from: 20, to: 24 };

export interface TieringInput {
  nodeVersion: string;
  execArgv: readonly string[];
  nodeOptions: string | undefined;
  /** The CLI's command; the language server runs for hours and keeps V8's default. */
  command: string | undefined;
}

/** The V8 flag to set before the CLI loads, or null: another Node, the language server, or a budget the user set. */
export function interruptBudgetFlag({ nodeVersion, execArgv, nodeOptions, command }: TieringInput): string | null {
  const major = Number(nodeVersion.replace(/^v/, "").split(".")[0]);
  if (!(major >= KNOWN_NODE_MAJORS.from && major <= KNOWN_NODE_MAJORS.to)) return null;
  if (command === "lsp") return null;
  const userSet = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg));
  return userSet ? null : `--interrupt-budget=${INTERRUPT_BUDGET}`;
}
