/** A unified diff (`diff -u` shape, 3 lines of context) of one file's text before and after the fixes. */

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.replace(/\r$/, ""));
}

type Op = { kind: " " | "-" | "+"; line: string };

/** Line operations through a longest common subsequence of the region between the common prefix and suffix. */
function lineOps(a: string[], b: string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const n = midA.length;
  const m = midB.length;
  const ops: Op[] = a.slice(0, prefix).map((line) => ({ kind: " ", line }));
  const tail = a.slice(a.length - suffix).map((line) => ({ kind: " " as const, line }));
  // Edits far apart in a very long file: a correct, less minimal diff rather than a quadratic table.
  if (n * m > 4_000_000) return [...ops, ...midA.map((line) => ({ kind: "-" as const, line })), ...midB.map((line) => ({ kind: "+" as const, line })), ...tail];
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = midA[i] === midB[j] ? (table[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(table[(i + 1) * (m + 1) + j] as number, table[i * (m + 1) + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) ops.push({ kind: " ", line: midA[i++] as string }), j++;
    else if (i < n && (j === m || (table[(i + 1) * (m + 1) + j] as number) >= (table[i * (m + 1) + j + 1] as number))) ops.push({ kind: "-", line: midA[i++] as string });
    else ops.push({ kind: "+", line: midB[j++] as string });
  }
  ops.push(...tail);
  return ops;
}

export function unifiedDiff(label: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- a/${label}`, `+++ b/${label}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]?.kind === " ") {
      k++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change it absorbs.
    const start = Math.max(0, k - context);
    let end = k;
    for (let probe = k; probe < ops.length; probe++) {
      if (ops[probe]?.kind !== " ") end = probe;
      else if (probe - end > 2 * context) break;
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
  return `${out.join("\n")}\n`;
}
