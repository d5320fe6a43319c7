/** GitLab Code Quality: one Code Climate issue per finding, in report order, with unique fingerprints. */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GITLAB_SEVERITY, gitlabReporter, type CodeQualityIssue } from "../../src/report/gitlab.js";
import { auditResult, context, finding, location, ROOT } from "../helpers/findings.js";

const md5 = (text: string) => createHash("md5").update(text).digest("hex");
const issues = (...args: Parameters<typeof auditResult>) => JSON.parse(gitlabReporter(auditResult(...args), context())) as CodeQualityIssue[];

describe("GitLab Code Quality issues", () => {
  it("carry the message with its suggestion, the rule, the level and the lines, relative to the repository", () => {
    const f = finding({
      severity: "error",
      suggestion: "Migrate to axum",
      location: location({ file: join(ROOT, "crates", "web", "Cargo.toml"), line: 7, endLine: 9 }),
    });
    expect(issues([f])).toEqual([
      {
        description: "`tide` is no longer maintained. Migrate to axum",
        check_name: "declining-crate",
        fingerprint: md5(`declining-crate\0${f.fingerprint}\0${0}`),
        severity: "major",
        location: { path: "crates/web/Cargo.toml", lines: { begin: 7, end: 9 } },
      },
    ]);
  });

  it("map error, warning and note to major, minor and info, and come in report order", () => {
    expect(GITLAB_SEVERITY).toEqual({ error: "major", warning: "minor", note: "info" });
    const found = issues([
      finding({ severity: "note", crate: { name: "c" }, location: location({ line: 3 }) }),
      finding({ severity: "warning", crate: { name: "b" }, location: location({ line: 2 }) }),
      finding({ severity: "error", crate: { name: "a" }, location: location({ line: 1 }) }),
    ]);
    expect(found.map((i) => [i.location.lines.begin, i.severity, i.description])).toEqual([
      [1, "major", "`a` is no longer maintained"],
      [2, "minor", "`b` is no longer maintained"],
      [3, "info", "`c` is no longer maintained"],
    ]);
  });

  it("keep fingerprints unique when two findings share one", () => {
    const twin = (line: number) => finding({ ruleId: "r", fingerprint: "same", message: `m${line}`, location: location({ line }) });
    const found = issues([twin(1), twin(2), twin(3)]);
    expect(found.map((i) => i.fingerprint)).toEqual([md5("r\0same\u00000"), md5("r\0same\u00001"), md5("r\0same\u00002")]);
  });

  it("are an empty array, as JSON text ending in a newline, when nothing was found", () => {
    expect(gitlabReporter(auditResult([]), context())).toBe("[]\n");
  });
});
