import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Test opened
 *
 * A test is valid only if it says when its ticket was `opened`, the instant every clock
 * starts from.
 */
export function TestOpenedRule(context: ValidationContext): RuleVisitor {
  return {
    Test: (node) => {
      if (node.items.some((item) => item.kind === "TestOpened")) return;
      context.report(SemanticCodes.TestWithoutOpened, `test \`${node.name.value}\` has no \`opened\``, node.name.range, {
        hint: "add a line such as `opened 2026-03-02T09:00Z`",
      });
    },
  };
}
