/** advisory-notice: a locked crate is the subject of a RustSec informational notice. */
import { createRule } from "./create-rule.js";
import { advisoryMessage, checkAdvisories } from "./advisory-support.js";

export const advisoryNotice = createRule({
  id: "advisory-notice",
  description: "A locked crate is the subject of a RustSec informational notice",
  defaultSeverity: "note",
  category: "security",
  messages: { advisory: advisoryMessage("is the subject of") },
  check(context) {
    checkAdvisories(context, "notice");
  },
});
