import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * On-call hours
 *
 * An `on_call` block is valid only if it says when it works with `hours`.
 */
export function OnCallHoursRule(context: ValidationContext): RuleVisitor {
  return {
    OnCall: (node) => {
      if (node.items.some((item) => item.kind === "HoursRef")) return;
      context.report(SemanticCodes.OnCallWithoutHours, "the on-call block has no `hours`", node.title?.range ?? headOf(node.range, "on_call".length), {
        hint: "add `hours 24x7` or `hours <calendar>`",
      });
    },
  };
}
