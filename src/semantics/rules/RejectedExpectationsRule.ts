import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Rejected expectations
 *
 * A test is valid only if, when it expects its ticket `rejected`, it expects no severity
 * and no metric of it: a rejected ticket is handled at no severity and has no deadlines.
 */
export function RejectedExpectationsRule(context: ValidationContext): RuleVisitor {
  return {
    Test: (node) => {
      const rejected = node.items.find((item) => item.kind === "TestExpectRejected");
      if (!rejected) return;
      const other = node.items.find((item) => item.kind === "TestExpect" || item.kind === "TestExpectSeverity");
      if (!other) return;
      context.report(SemanticCodes.RejectedWithExpectations, `test \`${node.name.value}\` expects its ticket rejected, and expects more of it`, other.range, {
        hint: "a rejected ticket has no severity and no deadlines: drop this `expect`, or the `expect rejected`",
        related: [{ message: "the ticket is expected rejected here", range: rejected.range }],
      });
    },
  };
}
