/** advisory-notice: a locked crate is the subject of a RustSec informational notice. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { checkAdvisories } from "./advisory-support.js";

const meta: RuleMeta = {
  id: "advisory-notice",
  description: "A locked crate is the subject of a RustSec informational notice",
  defaultSeverity: "note",
  category: "security",
  needsRegistry: false,
  docs: "rules/advisory-notice.md",
};

export const advisoryNotice: Rule = {
  meta,
  check(context) {
    checkAdvisories(context, "notice", meta.defaultSeverity, "is the subject of");
  },
};
