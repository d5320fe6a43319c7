import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-Y6SXNGMV.mjs";

// dist/src/report/package-info.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
function readPackageInfo() {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  if (!manifest.homepage)
    throw new Error("package.json of cargo-sunset has no homepage");
  return { homepage: manifest.homepage.replace(/\/+$/, "") };
}
function ruleDocsUrl(homepage, ruleId) {
  return `${homepage}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}

export {
  readPackageInfo,
  ruleDocsUrl
};
