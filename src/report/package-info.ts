/** Links into cargo-sunset's own documentation that outputs point to. */

/** The rule's docs page on the repository's default branch, derived from the id as the docs path is. */
export function ruleDocsUrl(homepage: string, ruleId: string): string {
  return `${homepage}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}
