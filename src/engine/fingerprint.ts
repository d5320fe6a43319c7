import { createHash } from "node:crypto";

/**
 * A short stable identity for a finding. Callers pass parts without line numbers so that moving
 * lines or adding unrelated dependencies keeps fingerprints (and baselines) valid.
 */
export function fingerprintOf(parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
