import * as crypto from "node:crypto";

/** One-shot `crypto.hash` (Node >= 20.12) skips the Hash object and costs a fraction per call; same digest. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === "function"
    ? (text) => (crypto as unknown as { hash(algorithm: string, data: string): string }).hash("sha256", text)
    : (text) => crypto.createHash("sha256").update(text).digest("hex");

/**
 * A short stable identity for a finding. Callers pass parts without line numbers so that moving
 * lines or adding unrelated dependencies keeps fingerprints (and baselines) valid.
 */
export function fingerprintOf(parts: string[]): string {
  return sha256Hex(parts.join("\u0000")).slice(0, 16);
}
