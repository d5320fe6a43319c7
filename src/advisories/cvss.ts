/** CVSS base scores (3.0, 3.1 and 4.0 vectors), for SARIF's `security-severity`. */
import calculator from "ae-cvss-calculator";

/** The base score of a vector, or undefined when the vector is not one the calculator understands. */
export function cvssScore(vector: string): number | undefined {
  try {
    const parsed = vector.startsWith("CVSS:4.0/")
      ? new calculator.Cvss4P0(vector)
      : vector.startsWith("CVSS:3.1/")
        ? new calculator.Cvss3P1(vector)
        : vector.startsWith("CVSS:3.0/")
          ? new calculator.Cvss3P0(vector)
          : undefined;
    const base = parsed?.calculateScores().base;
    return typeof base === "number" && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** CVSS qualitative rating of a score. */
export function cvssRating(score: number): "none" | "low" | "medium" | "high" | "critical" {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}
