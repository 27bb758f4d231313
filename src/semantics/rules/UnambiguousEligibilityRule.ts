import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeEligibility } from "../describe.js";
import { lineColumn } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unambiguous eligibility
 *
 * Eligibility rules are valid only if two rules for the same severity with the same mode
 * and conditions give the same outcome: the tickets they refuse are the same, and only the
 * order would say whether they are rejected or reclassified, and to what.
 */
export function UnambiguousEligibilityRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const { first, second, severity } of context.resolutionOf(policy).eligibility.contradictions) {
        context.report(
          SemanticCodes.ConflictingEligibility,
          `conflicting eligibility for \`${severity}\`: \`${describeEligibility(second)}\` here and \`${describeEligibility(first)}\` at ${lineColumn(first.range)}`,
          second.otherwise.range,
          { hint: "the rules refuse the same tickets; keep one outcome", related: [{ message: "the other rule", range: first.range }] },
        );
      }
    },
  };
}
