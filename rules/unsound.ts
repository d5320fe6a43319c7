/** unsound: a locked crate is unsound according to a RustSec advisory. */
import type { Rule, RuleMeta } from "../src/engine/types.js";
import { checkAdvisories } from "./advisory-support.js";

const meta: RuleMeta = {
  id: "unsound",
  description: "A locked crate is unsound according to a RustSec advisory",
  defaultSeverity: "warning",
  category: "security",
  needsRegistry: false,
  docs: "rules/unsound.md",
};

export const unsound: Rule = {
  meta,
  check(context) {
    checkAdvisories(context, "unsound", meta.defaultSeverity, "is unsound according to");
  },
};
