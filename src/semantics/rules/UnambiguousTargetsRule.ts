import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination, describeRule } from "../describe.js";
import { lineColumn } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unambiguous targets
 *
 * A metric's targets are valid only if, for every combination, the matching rules of the
 * highest specificity give the same target (then the first of them decides).
 */
export function UnambiguousTargetsRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const conflict of context.resolutionOf(policy).conflicts) {
        context.report(
          SemanticCodes.ConflictingTargets,
          `conflicting \`${conflict.metric}\` targets for ${describeCombination(conflict)}: \`${describeRule(conflict.second)}\` here and \`${describeRule(conflict.first)}\` at ${lineColumn(conflict.first.range)}`,
          conflict.second.range,
          {
            hint: "both rules are equally specific; add a more specific rule for this combination or make them agree",
            related: [{ message: "the other rule", range: conflict.first.range }],
          },
        );
      }
    },
  };
}
