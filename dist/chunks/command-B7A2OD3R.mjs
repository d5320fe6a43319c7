import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  planFixes
} from "./chunk-Y4JMOQPA.mjs";
import "./chunk-RPMUVPDV.mjs";
import "./chunk-QIKAJBTO.mjs";
import {
  writeFileAtomic
} from "./chunk-NXUHKXOR.mjs";
import "./chunk-FWWLTAH5.mjs";
import "./chunk-WDHDEUBW.mjs";

// dist/src/fix/unified-diff.js
function splitLines(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "")
    lines.pop();
  return lines.map((line) => line.replace(/\r$/, ""));
}
function lineOps(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
    prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const n = midA.length;
  const m = midB.length;
  const ops = a.slice(0, prefix).map((line) => ({ kind: " ", line }));
  const tail = a.slice(a.length - suffix).map((line) => ({ kind: " ", line }));
  if (n * m > 4e6)
    return [...ops, ...midA.map((line) => ({ kind: "-", line })), ...midB.map((line) => ({ kind: "+", line })), ...tail];
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      table[i2 * (m + 1) + j2] = midA[i2] === midB[j2] ? table[(i2 + 1) * (m + 1) + j2 + 1] + 1 : Math.max(table[(i2 + 1) * (m + 1) + j2], table[i2 * (m + 1) + j2 + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j])
      ops.push({ kind: " ", line: midA[i++] }), j++;
    else if (i < n && (j === m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]))
      ops.push({ kind: "-", line: midA[i++] });
    else
      ops.push({ kind: "+", line: midB[j++] });
  }
  ops.push(...tail);
  return ops;
}
function unifiedDiff(label, before, after, context = 3) {
  if (before === after)
    return "";
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- a/${label}`, `+++ b/${label}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]?.kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    for (let probe = k; probe < ops.length; probe++) {
      if (ops[probe]?.kind !== " ")
        end = probe;
      else if (probe - end > 2 * context)
        break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const lineA = ops.slice(0, start).filter((o) => o.kind !== "+").length + 1;
    const lineB = ops.slice(0, start).filter((o) => o.kind !== "-").length + 1;
    const countA = hunk.filter((o) => o.kind !== "+").length;
    const countB = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@`);
    out.push(...hunk.map((o) => `${o.kind}${o.line}`));
    k = stop;
  }
  return `${out.join("\n")}
`;
}

// dist/src/fix/command.js
function summary(plan, relativize, dryRun) {
  const verb = dryRun ? "would " : "";
  const lines = [];
  for (const b of plan.bumps)
    lines.push(`${verb}bump ${b.crate} "${b.from}" -> "${b.to}" (${b.version}) at ${relativize(b.file)}:${b.line}`);
  for (const r of plan.removals)
    lines.push(`${verb}remove the ${r.ruleId === "unused-ignore" ? "unused ignore" : "unused inline allow"} of ${r.crate || "(no crate)"} at ${relativize(r.file)}:${r.line}`);
  for (const s of plan.skipped)
    lines.push(`not fixed: ${s.finding.ruleId} ${s.finding.crate.name} at ${relativize(s.finding.location.file)}:${s.finding.location.line}: ${s.why}`);
  if (plan.files.length === 0)
    lines.push("nothing to fix");
  else
    lines.push(`${dryRun ? "would change" : "changed"} ${plan.files.length} file(s)`);
  const crates = [...new Set(plan.bumps.map((b) => b.crate))].sort();
  if (crates.length > 0) {
    lines.push(`Cargo.lock is left as it is: run \`cargo update ${crates.map((c) => `-p ${c}`).join(" ")}\` to move the lockfile to the new requirements`);
  }
  return lines.map((line) => `fix: ${line}
`).join("");
}
function runFixes(outcome, io, relativize, dryRun) {
  const plan = planFixes(outcome.result.findings, outcome.audited);
  if (dryRun) {
    io.stdout(plan.files.map((f) => unifiedDiff(relativize(f.file), f.before, f.after)).join(""));
  } else {
    for (const file of plan.files)
      writeFileAtomic(file.file, file.after);
  }
  io.stderr(summary(plan, relativize, dryRun));
  return { plan, changed: plan.files.length > 0 };
}
export {
  runFixes
};
