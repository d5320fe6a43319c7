/** unsound: a locked crate is unsound according to a RustSec advisory. */
import { createRule } from "./create-rule.js";
import { advisoryMessage, checkAdvisories } from "./advisory-support.js";

export const unsound = createRule({
  id: "unsound",
  description: "A locked crate is unsound according to a RustSec advisory",
  defaultSeverity: "warning",
  category: "security",
  messages: { advisory: advisoryMessage("is unsound according to") },
  check(context) {
    checkAdvisories(context, "unsound");
  },
});
