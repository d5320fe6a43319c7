import { describe, expect, it } from "vitest";
import { formatGuideMarkdown } from "../../src/catalog/format.js";
import { codeCell, escapeCell, markdownReporter } from "../../src/report/markdown.js";
import { auditResult, catalogEntry, context, fakeCatalog, finding, location, ROOT } from "../helpers/findings.js";

function tableRows(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Severity") && !line.startsWith("| ---"));
}

/** Cells of a GFM table row: split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe("markdown cell escaping", () => {
  it("escapes pipes, HTML and line breaks", () => {
    expect(escapeCell("a | b\nc\r\nd <b>&")).toBe("a \\| b<br>c<br>d &lt;b&gt;&amp;");
  });

  it("fences code spans longer than any backtick run inside", () => {
    expect(codeCell("plain")).toBe("`plain`");
    expect(codeCell("a ``b`` c")).toBe("```a ``b`` c```");
    expect(codeCell("`start only")).toBe("`` `start only ``");
    expect(codeCell("end only`")).toBe("`` end only` ``");
    expect(codeCell("two\r\nlines\rand\nmore")).toBe("`two lines and more`");
    expect(codeCell("has `tick` | pipe")).toBe("``has `tick` \\| pipe``");
    expect(codeCell("`edge`")).toBe("`` `edge` ``");
  });
});

describe("markdown reporter", () => {
  it("says no problems were found when there are none, under the tool's name it is given", () => {
    const out = markdownReporter(auditResult([]), context({ tool: { name: "fake-sunset", version: "0.0.1", informationUri: "https://example.test" } }));
    expect(out.split("\n")[0]).toBe("## fake-sunset");
    expect(out).toContain("No problems found");
    expect(out).not.toContain("| Severity");
  });

  it("renders one table row per finding with five cells, whatever the message holds", () => {
    const findings = [
      finding({ message: "pipes | and\nnewlines", location: location({ line: 4 }) }),
      finding({ ruleId: "outdated-major", crate: { name: "hyper", version: "0.14.28" }, severity: "note", location: location({ line: 9 }) }),
    ];
    const rows = tableRows(markdownReporter(auditResult(findings), context()));
    expect(rows).toHaveLength(2);
    expect(rows.map(cells)).toEqual([
      ["🟡 warning", "`declining-crate`", "`tide 0.16.0`", "`Cargo.toml:4`", "pipes \\| and<br>newlines"],
      ["🔵 note", "`outdated-major`", "`hyper 0.14.28`", "`Cargo.toml:9`", "`hyper` is no longer maintained"],
    ]);
  });

  it("lists suggestions and counts", () => {
    const out = markdownReporter(auditResult([finding({ suggestion: "Migrate to axum" })]), context());
    expect(out).toContain("**1 problem (0 errors, 1 warning, 0 notes)** in 1 workspace");
    expect(out).toContain("### Suggestions\n\n- `tide` (`Cargo.toml:3`): Migrate to axum");
  });

  it("folds long lists into <details>", () => {
    const many = Array.from({ length: 11 }, (_, i) => finding({ crate: { name: `c${i}` }, location: location({ line: i + 1 }), suggestion: "x" }));
    const out = markdownReporter(auditResult(many), context());
    expect(out).toContain("<details>\n<summary>11 findings</summary>\n\n| Severity");
    expect(out).toContain("<summary>Suggestions</summary>");
    const short = markdownReporter(auditResult(many.slice(0, 10)), context());
    expect(short).not.toContain("<summary>10 findings</summary>");
  });

  it("adds one collapsed migration guide per declining crate", () => {
    const tide = catalogEntry("tide");
    const findings = [finding(), finding({ location: location({ line: 8 }) }), finding({ ruleId: "other", crate: { name: "tide" }, location: location({ line: 9 }) })];
    const out = markdownReporter(auditResult(findings), context({ catalog: fakeCatalog([tide]) }));
    const guide = formatGuideMarkdown(tide).trimEnd();
    expect(out.split(guide)).toHaveLength(2);
    expect(out).toContain(`<summary>tide → axum</summary>\n\n${guide}\n\n</details>`);
  });

  it("lists tool notes", () => {
    const out = markdownReporter(auditResult([], [{ level: "warning", message: "registry <down>" }]), context());
    expect(out).toContain("### Notes\n\n- 🟡 registry &lt;down&gt;");
  });

  it("puts counts, table, suggestions, guides and notes together, each section once", () => {
    const findings = [
      finding({ severity: "error", suggestion: "Migrate to axum", location: location({ line: 3 }) }),
      finding({ severity: "note", crate: { name: "gotham" }, suggestion: "Try salvo", location: location({ line: 5 }) }),
    ];
    const notes = [{ level: "note" as const, message: "n1" }, { level: "warning" as const, message: "w1" }];
    const tide = catalogEntry("tide", { replacements: [{ crate: "axum", recommendedBy: "cargo-sunset", note: "" }, { crate: "salvo", recommendedBy: "cargo-sunset", note: "" }] });
    const gotham = catalogEntry("gotham", { replacements: [] });
    const result = { ...auditResult(findings, notes), workspaceRoots: [ROOT, `${ROOT}/other`] };
    const out = markdownReporter(result, context({ catalog: fakeCatalog([tide, gotham]) }));
    expect(out).toBe(
      [
        "## cargo-sunset",
        "**2 problems (1 error, 0 warnings, 1 note)** in 2 workspaces",
        [
          "| Severity | Rule | Crate | Location | Message |",
          "| --- | --- | --- | --- | --- |",
          "| 🔴 error | `declining-crate` | `tide 0.16.0` | `Cargo.toml:3` | `tide` is no longer maintained |",
          "| 🔵 note | `declining-crate` | `gotham` | `Cargo.toml:5` | `gotham` is no longer maintained |",
        ].join("\n"),
        "### Suggestions\n\n- `tide` (`Cargo.toml:3`): Migrate to axum\n- `gotham` (`Cargo.toml:5`): Try salvo",
        "### Migration guides",
        `<details>\n<summary>tide → axum, salvo</summary>\n\n${formatGuideMarkdown(tide).trimEnd()}\n\n</details>\n\n` +
          `<details>\n<summary>gotham</summary>\n\n${formatGuideMarkdown(gotham).trimEnd()}\n\n</details>`,
        "### Notes",
        "- 🟡 w1\n- 🔵 n1",
      ].join("\n\n") + "\n",
    );
  });

  it("leaves out the sections it has nothing for", () => {
    expect(markdownReporter(auditResult([finding()]), context())).toBe(
      "## cargo-sunset\n\n**1 problem (0 errors, 1 warning, 0 notes)** in 1 workspace\n\n" +
        "| Severity | Rule | Crate | Location | Message |\n| --- | --- | --- | --- | --- |\n" +
        "| 🟡 warning | `declining-crate` | `tide 0.16.0` | `Cargo.toml:3` | `tide` is no longer maintained |\n",
    );
    expect(markdownReporter(auditResult([]), context())).toBe("## cargo-sunset\n\nNo problems found ✅\n");
  });
});
