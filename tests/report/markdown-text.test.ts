/** Markdown for GitHub's rule panel: relative links made absolute, and plain text without Markdown marks. */
import { describe, expect, it } from "vitest";
import { absolutizeLinks, markdownToText } from "../../src/report/markdown-text.js";

const BASE = "https://example.com/rules/page.md";

describe("absolutizeLinks", () => {
  it("resolves a relative target with a title however far the title is", () => {
    expect(absolutizeLinks('[a](b.md  "T") and [c](d.md "U")', BASE)).toBe('[a](https://example.com/rules/b.md  "T") and [c](https://example.com/rules/d.md "U")');
  });

  it("leaves targets with a scheme exactly as written, and resolves a relative one with a colon later in it", () => {
    expect(absolutizeLinks("[s](HTTPS://Example.ORG) [m](mailto:a@b.c)", BASE)).toBe("[s](HTTPS://Example.ORG) [m](mailto:a@b.c)");
    expect(absolutizeLinks("[x](guide.md#step:1)", BASE)).toBe("[x](https://example.com/rules/guide.md#step:1)");
    expect(absolutizeLinks("[n](1x:y)", BASE)).toBe("[n](https://example.com/rules/1x:y)");
  });
});

describe("markdownToText", () => {
  it("takes heading marks only at the start of a line, after at least one space", () => {
    expect(markdownToText("#  Two spaces\nC# is fine\n####### seven")).toBe("TWO SPACES\nC# is fine\n####### seven");
  });

  it("writes links as `text (url)`, dropping a title however it is spaced", () => {
    expect(markdownToText('[a](https://u.test  "T") [b](https://v.test "Title")')).toBe("a (https://u.test) b (https://v.test)");
  });

  it("drops emphasis at the start and the end of a line, and keeps stars that are not emphasis", () => {
    expect(markdownToText("*start* here\nends in *em*\n(_paren_)\n2 * 3 = 6")).toBe("start here\nends in em\n(paren)\n2 * 3 = 6");
  });

  it("turns list stars into dashes and drops quote marks only at the start of a line", () => {
    expect(markdownToText("* item\n  + nested\na * b\n> quoted\na > b")).toBe("- item\n  - nested\na * b\nquoted\na > b");
  });
});
