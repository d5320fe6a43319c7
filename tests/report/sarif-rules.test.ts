/**
 * SARIF rule descriptors (`tool.driver.rules[]`): names, the full description taken from the docs page's first
 * prose paragraph, clipping to GitHub's 1024 characters, the descriptor of a rule id no rule declares,
 * `security-severity` from the findings' CVSS scores, and the migration guides appended to the help.
 */
import { describe, expect, it } from "vitest";
import { formatGuide, formatGuideMarkdown } from "../../src/catalog/format.js";
import type { AdvisoryRef, Finding, RuleMeta } from "../../src/engine/types.js";
import { buildRuleDescriptors, ruleName, toPascalCase } from "../../src/report/sarif-rules.js";
import type { SarifReportingDescriptor } from "../../src/report/sarif-types.js";
import type { ReportContext } from "../../src/report/types.js";
import { catalogEntry, context, fakeCatalog, finding, location, rule } from "../helpers/findings.js";

const HOME = "https://example.test/cargo-sunset";

function descriptors(rules: RuleMeta[], findings: Finding[] = [], ctx: ReportContext = context()): SarifReportingDescriptor[] {
  return buildRuleDescriptors(rules, findings, ctx, HOME);
}

/** The descriptor of `id` with `page` as its docs page. */
function withPage(page: string, meta: RuleMeta = rule("my-rule")): SarifReportingDescriptor {
  return descriptors([meta], [], context({ ruleDocs: new Map([[meta.id, page]]) }))[0]!;
}

function advisory(score: number | undefined, id = "RUSTSEC-2024-0001"): AdvisoryRef {
  return { id, kind: "vulnerability", title: "A hole", date: "2024-01-01", url: `https://rustsec.org/advisories/${id}`, aliases: [], patched: [], ...(score !== undefined ? { score } : {}) };
}

describe("rule names", () => {
  it("PascalCases the id at every run of characters that are not letters or digits", () => {
    expect(toPascalCase("no-yanked-version")).toBe("NoYankedVersion");
    expect(toPascalCase("-lead__and--double.dots-")).toBe("LeadAndDoubleDots");
    expect(toPascalCase("abc-DEF-x2")).toBe("AbcDEFX2");
    expect(toPascalCase("")).toBe("");
  });

  it("adds Check where the PascalCase name would equal the id ignoring case, and names msrv by hand", () => {
    expect(ruleName("outdated-lock")).toBe("OutdatedLock");
    expect(ruleName("unmaintained")).toBe("UnmaintainedCheck");
    expect(ruleName("Yanked")).toBe("YankedCheck");
    expect(ruleName("msrv")).toBe("RustVersionTooLow");
  });
});

describe("the descriptor of a declared rule", () => {
  it("without a docs page: every field from the metadata, description as help and full description", () => {
    expect(descriptors([rule("outdated-lock", { defaultSeverity: "note", category: "freshness" })])).toEqual([
      {
        id: "outdated-lock",
        name: "OutdatedLock",
        shortDescription: { text: "Description of outdated-lock" },
        fullDescription: { text: "Description of outdated-lock" },
        help: { text: "Description of outdated-lock", markdown: "Description of outdated-lock" },
        helpUri: `${HOME}/blob/main/rules/outdated-lock.md`,
        defaultConfiguration: { level: "note" },
        properties: { tags: ["freshness", "dependencies", "rust"], precision: "high", "problem.severity": "recommendation" },
      },
    ]);
  });

  it("with a docs page: the page as markdown help, as plain text help, links made absolute", () => {
    const page = "# my-rule\n\nFlags **odd** crates ([why](why.md)).\n\n## Details\n\nUse `cargo tree`.";
    const descriptor = withPage(page);
    const link = `${HOME}/blob/main/rules/why.md`;
    expect(descriptor.help).toEqual({
      markdown: `# my-rule\n\nFlags **odd** crates ([why](${link})).\n\n## Details\n\nUse \`cargo tree\`.`,
      text: `MY-RULE\n\nFlags odd crates (why (${link})).\n\nDETAILS\n\nUse cargo tree.`,
    });
    expect(descriptor.fullDescription.text).toBe(`Flags odd crates (why (${link})).`);
    expect(descriptor.shortDescription.text).toBe("Description of my-rule");
  });
});

describe("the full description: the page's first prose paragraph", () => {
  it("skips headings, code fences and tables", () => {
    const page = "# Title\n\n## Sub\n\n```toml\n[dependencies]\n```\n\n| a | b |\n| - | - |\n\nThe *first* prose.\n\nThe second.";
    expect(withPage(page).fullDescription.text).toBe("The first prose.");
  });

  it("splits at blank lines that hold spaces, and at CRLF blank lines", () => {
    expect(withPage("# T\n  \t\nFirst.\n\nSecond.").fullDescription.text).toBe("First.");
    expect(withPage("# T\r\n\r\nFirst line\r\nstill first.\r\n\r\nSecond.").fullDescription.text).toBe("First line\nstill first.");
  });

  it("skips a fenced code block whole, blank lines inside it included, with either fence", () => {
    const toml = "```toml\n[dependencies]\ntide = \"0.16\"\n\n[features]\nfull = []\n```";
    expect(withPage(`# T\n\n${toml}\n\nAfter the code.`).fullDescription.text).toBe("After the code.");
    expect(withPage("~~~\nfirst\n\n  second\n~~~\n\n  ```\n  indented fence\n\n  ```\n\nProse.").fullDescription.text).toBe("Prose.");
  });

  it("trims the paragraph and skips empty blocks at the start of the page", () => {
    expect(withPage("\n\n   Leading spaces and trailing ones.   \n\nNext.").fullDescription.text).toBe("Leading spaces and trailing ones.");
    expect(withPage("\n\n# Only a heading after blank lines\n\nBody.").fullDescription.text).toBe("Body.");
  });

  it("skips a table whose rows do not end in a pipe", () => {
    expect(withPage("| a | b\n| - | -\n| 1 | 2\n\nProse.").fullDescription.text).toBe("Prose.");
  });

  it("falls back to the rule's description when the page has no prose", () => {
    expect(withPage("# Title\n\n```\ncode\n```\n\n| table |").fullDescription.text).toBe("Description of my-rule");
  });
});

describe("descriptions are clipped to GitHub's 1024 characters", () => {
  it("keeps exactly 1024 characters, clips 1025 to 1023 and an ellipsis", () => {
    const exact = "a".repeat(1024);
    const over = `${"b".repeat(1023)}cd`;
    const [kept] = descriptors([rule("r", { description: exact })]);
    expect(kept!.shortDescription.text).toBe(exact);
    expect(kept!.fullDescription.text).toBe(exact);
    const [clipped] = descriptors([rule("r", { description: over })]);
    expect(clipped!.shortDescription.text).toBe(`${"b".repeat(1023)}…`);
    expect(clipped!.fullDescription.text).toBe(`${"b".repeat(1023)}…`);
    // The help is not clipped.
    expect(clipped!.help.text).toBe(over);
  });

  it("clips a long first paragraph of the docs page", () => {
    const paragraph = "word ".repeat(300).trim();
    expect(withPage(`# T\n\n${paragraph}`).fullDescription.text).toBe(`${paragraph.slice(0, 1023)}…`);
  });
});

describe("security-severity of a rule", () => {
  it("is the highest CVSS score among the rule's findings, with one decimal", () => {
    const findings = [
      finding({ ruleId: "vulnerability", advisory: advisory(5.3), location: location({ line: 1 }) }),
      finding({ ruleId: "vulnerability", advisory: advisory(9), location: location({ line: 2 }) }),
      finding({ ruleId: "vulnerability", advisory: advisory(undefined), location: location({ line: 3 }) }),
      finding({ ruleId: "vulnerability", location: location({ line: 4 }) }),
      // Another rule's higher score does not count.
      finding({ ruleId: "unsound", advisory: advisory(10), location: location({ line: 5 }) }),
    ];
    const byId = Object.fromEntries(descriptors([rule("vulnerability"), rule("unsound"), rule("yanked-version")], findings).map((d) => [d.id, d.properties]));
    expect(byId["vulnerability"]!["security-severity"]).toBe("9.0");
    expect(byId["unsound"]!["security-severity"]).toBe("10.0");
    expect(byId["yanked-version"]).not.toHaveProperty("security-severity");
  });

  it("counts a score of zero, and is absent when no finding of the rule has a score", () => {
    const [zero] = descriptors([rule("vulnerability")], [finding({ ruleId: "vulnerability", advisory: advisory(0) })]);
    expect(zero!.properties["security-severity"]).toBe("0.0");
    const [none] = descriptors([rule("vulnerability")], [finding({ ruleId: "vulnerability", advisory: advisory(undefined) })]);
    expect(Object.keys(none!.properties)).toEqual(["tags", "precision", "problem.severity"]);
  });
});

describe("the descriptor of a rule id no rule declares", () => {
  it("is built from the id and the first finding's level, sorted among the declared rules", () => {
    const findings = [
      finding({ ruleId: "declared", location: location({ line: 1 }) }),
      finding({ ruleId: "mystery-rule", severity: "note", location: location({ line: 2 }) }),
      finding({ ruleId: "mystery-rule", severity: "error", location: location({ line: 3 }) }),
    ];
    const [declared, mystery, zed] = descriptors([rule("declared"), rule("zed")], findings);
    expect([declared!.id, zed!.id]).toEqual(["declared", "zed"]);
    expect(mystery).toEqual({
      id: "mystery-rule",
      name: "MysteryRule",
      shortDescription: { text: "mystery-rule" },
      fullDescription: { text: "mystery-rule" },
      help: { text: "mystery-rule", markdown: "mystery-rule" },
      helpUri: `${HOME}/blob/main/rules/mystery-rule.md`,
      defaultConfiguration: { level: "note" },
      properties: { tags: ["dependencies", "rust"], precision: "high", "problem.severity": "recommendation" },
    });
  });

  it("takes the level of an error finding as an error", () => {
    const [descriptor] = descriptors([], [finding({ ruleId: "other", severity: "error" })]);
    expect([descriptor!.defaultConfiguration.level, descriptor!.properties["problem.severity"]]).toEqual(["error", "error"]);
  });
});

describe("migration guides in the help of the catalog rules", () => {
  const axumGuide = { conceptMap: [{ from: "tide::Server", to: "axum::Router" }], before: "tide::new()", after: "Router::new()", pitfalls: [] };
  const tide = catalogEntry("tide", { guide: axumGuide });
  const gotham = catalogEntry("gotham");
  const findings = [
    finding({ crate: { name: "tide" }, location: location({ line: 1 }) }),
    finding({ crate: { name: "gotham" }, location: location({ line: 2 }) }),
    // The same crate twice: its guide once.
    finding({ crate: { name: "tide" }, location: location({ line: 3 }) }),
    finding({ crate: { name: "not-in-catalog" }, location: location({ line: 4 }) }),
  ];

  it("appends each flagged crate's guide once, by crate name, after the page trimmed at its end", () => {
    const page = "# declining-crate\n\nA **declining** crate.\n\n";
    const ctx = context({ catalog: fakeCatalog([tide, gotham]), ruleDocs: new Map([["declining-crate", page]]) });
    const [descriptor] = descriptors([rule("declining-crate")], findings, ctx);
    expect(descriptor!.help).toEqual({
      markdown:
        "# declining-crate\n\nA **declining** crate.\n\n## Migration guides for the crates flagged in this analysis\n\n" +
        `${formatGuideMarkdown(gotham).trimEnd()}\n\n${formatGuideMarkdown(tide).trimEnd()}\n`,
      text:
        "DECLINING-CRATE\n\nA declining crate.\n\nMigration guides for the crates flagged in this analysis:\n\n" +
        `${formatGuide(gotham).trimEnd()}\n\n${formatGuide(tide).trimEnd()}\n`,
    });
    expect(descriptor!.help.markdown).toContain("axum::Router");
    // The full description stays the page's first paragraph.
    expect(descriptor!.fullDescription.text).toBe("A declining crate.");
  });

  it("sorted by crate name whatever order the findings came in", () => {
    const ctx = context({ catalog: fakeCatalog([tide, gotham]) });
    const sorted = [findings[1]!, findings[0]!];
    const [descriptor] = descriptors([rule("declining-crate")], sorted, ctx);
    const markdown = descriptor!.help.markdown;
    expect(markdown.indexOf(formatGuideMarkdown(gotham).trimEnd())).toBeLessThan(markdown.indexOf(formatGuideMarkdown(tide).trimEnd()));
    expect(markdown.indexOf(formatGuideMarkdown(gotham).trimEnd())).toBeGreaterThan(0);
  });

  it("only for the findings of that rule", () => {
    const ctx = context({ catalog: fakeCatalog([tide, gotham]) });
    const all = descriptors([rule("declining-crate"), rule("declining-transitive")], findings, ctx);
    expect(all.map((d) => d.id)).toEqual(["declining-crate", "declining-transitive"]);
    expect(all[0]!.help.markdown).toContain(formatGuideMarkdown(tide).trimEnd());
    expect(all[1]!.help).toEqual({ text: "Description of declining-transitive", markdown: "Description of declining-transitive" });
  });
});
