import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination, describeCoverage } from "../describe.js";
import { lineColumn } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unambiguous coverage
 *
 * A policy's coverage is valid only if, for every combination, the matching coverage rules
 * of the highest specificity give the same calendar and fallback (then the first decides).
 */
export function UnambiguousCoverageRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const conflict of context.resolutionOf(policy).coverage.conflicts) {
        context.report(
          SemanticCodes.ConflictingCoverage,
          `conflicting coverage for ${describeCombination(conflict.combination)}: \`${describeCoverage(conflict.second)}\` here and \`${describeCoverage(conflict.first)}\` at ${lineColumn(conflict.first.range)}`,
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
