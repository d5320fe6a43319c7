/** `check --fix` and `--fix-dry-run`: plan the safe edits, then print them as a diff or write them atomically. */
import type { AuditOutcome } from "../audit.js";
import type { CliIo, Relativize } from "../cli-io.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { planFixes, type FixPlan } from "./plan.js";
import { unifiedDiff } from "./unified-diff.js";

export interface FixRun {
  plan: FixPlan;
  /** True when at least one file changes (or would change, for a dry run). */
  changed: boolean;
}

function summary(plan: FixPlan, relativize: Relativize, dryRun: boolean): string {
  const verb = dryRun ? "would " : "";
  const lines: string[] = [];
  for (const b of plan.bumps) lines.push(`${verb}bump ${b.crate} "${b.from}" -> "${b.to}" (${b.version}) at ${relativize(b.file)}:${b.line}`);
  for (const r of plan.removals) lines.push(`${verb}remove the ${r.ruleId === "unused-ignore" ? "unused ignore" : "unused inline allow"} of ${r.crate || "(no crate)"} at ${relativize(r.file)}:${r.line}`);
  for (const s of plan.skipped) lines.push(`not fixed: ${s.finding.ruleId} ${s.finding.crate.name} at ${relativize(s.finding.location.file)}:${s.finding.location.line}: ${s.why}`);
  if (plan.files.length === 0) lines.push("nothing to fix");
  else lines.push(`${dryRun ? "would change" : "changed"} ${plan.files.length} file(s)`);
  const crates = [...new Set(plan.bumps.map((b) => b.crate))].sort();
  if (crates.length > 0) {
    lines.push(`Cargo.lock is left as it is: run \`cargo update ${crates.map((c) => `-p ${c}`).join(" ")}\` to move the lockfile to the new requirements`);
  }
  return lines.map((line) => `fix: ${line}\n`).join("");
}

export function runFixes(outcome: AuditOutcome, io: CliIo, relativize: Relativize, dryRun: boolean): FixRun {
  const plan = planFixes(outcome.result.findings, outcome.audited);
  if (dryRun) {
    io.stdout(plan.files.map((f) => unifiedDiff(relativize(f.file), f.before, f.after)).join(""));
  } else {
    for (const file of plan.files) writeFileAtomic(file.file, file.after);
  }
  io.stderr(summary(plan, relativize, dryRun));
  return { plan, changed: plan.files.length > 0 };
}
