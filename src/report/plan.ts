/** Wording of the remediation plan, shared by the text, Markdown and JSON reporters. */
import type { AuditResult, PlanAction } from "../engine/types.js";
import { toPosixRelative } from "./paths.js";

/** `3 changes remove 41 of 52 findings` */
export function planHeadline(result: AuditResult): string {
  const plan = result.plan ?? [];
  const changes = `${plan.length} change${plan.length === 1 ? "" : "s"}`;
  const removed = result.planRemoves ?? 0;
  // Counted over every finding, including those `--quiet` hides.
  const total = result.findings.length + (result.hidden?.findings ?? 0);
  return `${changes} remove${plan.length === 1 ? "s" : ""} ${removed} of ${total} finding${total === 1 ? "" : "s"}`;
}

/** `replace tide 0.16.0 (Cargo.toml:9) with axum` */
export function describeAction(action: PlanAction, cwd: string): string {
  const t = action.target;
  const what = `${t.crate}${t.version ? ` ${t.version}` : ""} (${toPosixRelative(t.file, cwd)}:${t.line})`;
  switch (action.action) {
    case "replace":
      return `replace ${what}${action.to ? ` with ${action.to}, per \`cargo-sunset --explain ${t.crate}\`` : ""}`;
    case "upgrade":
      return action.basis === "registry"
        ? `upgrade ${what} to ${action.to} (registry data shows ${action.to} drops them)`
        : `upgrade ${what} to ${action.to}, per \`cargo-sunset --explain ${t.crate}\``;
    default:
      return `remove or replace ${what}`;
  }
}

/** `tide 0.16.0, async-h1 2.3.3` */
export function describeRemoves(action: PlanAction): string {
  return action.removes.map((r) => `${r.crate}${r.version ? ` ${r.version}` : ""}`).join(", ");
}

export interface JsonPlanAction {
  action: PlanAction["action"];
  target: { crate: string; version?: string; file: string; line: number; column: number };
  to?: string;
  removes: PlanAction["removes"];
  findings: number;
  severity: PlanAction["severity"];
  basis: PlanAction["basis"];
}

export function toJsonPlan(plan: readonly PlanAction[], cwd: string): JsonPlanAction[] {
  return plan.map((a) => ({
    action: a.action,
    target: { ...a.target, file: toPosixRelative(a.target.file, cwd) },
    ...(a.to ? { to: a.to } : {}),
    removes: a.removes,
    findings: a.findings,
    severity: a.severity,
    basis: a.basis,
  }));
}
