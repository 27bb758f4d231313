import type { DeadlineValue } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCoverage, describeTarget } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Coverage fallback
 *
 * A target is valid only if it does not both say what happens outside hours (`otherwise`)
 * and run on the business clock of a coverage with a fallback, which says the same: the
 * fallback counts the target's deadline on its own clock, and a target has one deadline
 * for outside hours.
 */
export function CoverageFallbackRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const problem of context.resolutionOf(policy).clockProblems) {
        if (problem.kind !== "fallback-with-otherwise" || !problem.coverage) continue;
        const value = problem.node as DeadlineValue;
        context.report(
          SemanticCodes.FallbackWithOtherwise,
          `\`${describeTarget(value)}\` runs on a coverage with a fallback, which already says what happens outside its hours`,
          value.range,
          {
            hint: `drop the \`otherwise\` here, give these tickets a rule without it, or drop the fallback of \`${describeCoverage(problem.coverage)}\``,
            related: [{ message: "the coverage and its fallback", range: problem.coverage.range }],
          },
        );
      }
    },
  };
}
