import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// dist/src/report/package-info.js
function ruleDocsUrl(homepage, ruleId) {
  return `${homepage}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}

export {
  ruleDocsUrl
};
