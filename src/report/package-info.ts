/** Facts about cargo-sunset itself that outputs link to. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

export interface PackageInfo {
  homepage: string;
}

export function readPackageInfo(): PackageInfo {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { homepage?: string };
  if (!manifest.homepage) throw new Error("package.json of cargo-sunset has no homepage");
  return { homepage: manifest.homepage.replace(/\/+$/, "") };
}

/** The rule's docs page on the repository's default branch, derived from the id as the docs path is. */
export function ruleDocsUrl(homepage: string, ruleId: string): string {
  return `${homepage}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}
