/**
 * Markdown for places that show it as is: GitHub's rule panel renders `help.markdown` but not relative links, and
 * shows `help.text` as plain text.
 */

/** A line opening or closing a fenced code block. */
export const FENCE = /^\s*(```|~~~)/;

/** Relative link targets resolved against `base` (the page's own URL); absolute ones and code are left alone. */
export function absolutizeLinks(markdown: string, base: string): string {
  let inFence = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence) return line;
      return line.replace(/(!?\[[^\]]*\]\()([^)\s]+)(\s+"[^"]*")?\)/g, (whole, open: string, target: string, title: string | undefined) =>
        /^[a-z][a-z0-9+.-]*:/i.test(target) ? whole : `${open}${new URL(target, base).href}${title ?? ""})`,
      );
    })
    .join("\n");
}

/** Plain text: no heading marks, emphasis, code ticks or fences; links as `text (url)`; tables and lists kept. */
export function markdownToText(markdown: string): string {
  let inFence = false;
  const out: string[] = [];
  for (const line of markdown.split("\n")) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    out.push(
      line
        .replace(/^#{1,6}\s+(.*?)\s*#*\s*$/, (_, heading: string) => heading.toUpperCase())
        .replace(/!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
        .replace(/`([^`]+)`/g, "$1")
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
        .replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, "$1$2")
        .replace(/^(\s*)[*+] /, "$1- ")
        .replace(/^>\s?/, ""),
    );
  }
  return out.join("\n");
}
