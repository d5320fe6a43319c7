import { describe, expect, it } from "vitest";
import { INTERRUPT_BUDGET, interruptBudgetFlag } from "../src/tiering.js";

const base = { nodeVersion: "v20.20.2", execArgv: [], nodeOptions: undefined, command: "check" };

describe("interruptBudgetFlag", () => {
  it("raises V8's optimisation budget for a short command on a known Node", () => {
    expect(interruptBudgetFlag(base)).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(interruptBudgetFlag({ ...base, command: undefined })).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(interruptBudgetFlag({ ...base, nodeVersion: "v24.1.0" })).not.toBeNull();
  });

  it("leaves V8 alone on a Node whose flags are not known (an unknown flag is an error on stderr)", () => {
    expect(interruptBudgetFlag({ ...base, nodeVersion: "v19.9.0" })).toBeNull();
    expect(interruptBudgetFlag({ ...base, nodeVersion: "v25.0.0" })).toBeNull();
    expect(interruptBudgetFlag({ ...base, nodeVersion: "garbage" })).toBeNull();
  });

  it("keeps the default for the long-running language server", () => {
    expect(interruptBudgetFlag({ ...base, command: "lsp" })).toBeNull();
  });

  it("never overrides a budget the user set on the command line or in NODE_OPTIONS", () => {
    expect(interruptBudgetFlag({ ...base, execArgv: ["--interrupt-budget=1000"] })).toBeNull();
    expect(interruptBudgetFlag({ ...base, nodeOptions: "--max-old-space-size=4096 --interrupt_budget=5" })).toBeNull();
    expect(interruptBudgetFlag({ ...base, nodeOptions: "--interrupt-budget-for-maglev=9" })).not.toBeNull();
  });
});
