/** Builds findings for suppression tests. */
import { fingerprintOf } from "../../src/engine/fingerprint.js";
import type { CrateRef, Finding } from "../../src/engine/types.js";

export function makeFinding(input: { ruleId: string; crate: CrateRef; file: string; line: number; member?: string }): Finding {
  const { ruleId, crate, file, line, member } = input;
  return {
    ruleId,
    severity: "warning",
    message: `${crate.name} is flagged by ${ruleId}`,
    crate,
    location: { file, line, column: 1, endLine: line, endColumn: crate.name.length + 1 },
    relatedLocations: [],
    member,
    // As the engine does: no line numbers, so moving entries keeps the fingerprint.
    fingerprint: fingerprintOf([ruleId, crate.name, file, member ?? ""]),
  };
}
