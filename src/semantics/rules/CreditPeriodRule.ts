import type { RuleVisitor } from "../../ast/visitor.js";
import { CREDIT_PERIODS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { alternatives, didYouMean } from "../suggest.js";
import { firstOf } from "../symbols.js";

const [FISCAL_QUARTER] = CREDIT_PERIODS;

/**
 * Credit period
 *
 * A response credit is valid only if it counts misses `per fiscal_quarter`, the one period
 * the runtime counts, in a policy that says when its fiscal year starts.
 */
export function CreditPeriodRule(context: ValidationContext): RuleVisitor {
  // One missing fiscal year is one slip, however many credits count its quarters.
  let missingReported = false;
  return {
    Policy: () => {
      missingReported = false;
    },
    Misses: (node) => {
      const period = node.period.value;
      if (!(CREDIT_PERIODS as readonly string[]).includes(period)) {
        context.report(SemanticCodes.UnknownCreditPeriod, `misses cannot be counted per \`${period}\``, node.period.range, {
          hint: didYouMean(period, CREDIT_PERIODS) ?? `write ${alternatives(CREDIT_PERIODS)}`,
        });
        return;
      }
      if (period !== FISCAL_QUARTER || missingReported || firstOf(context.policy.items, "FiscalYear") !== undefined) return;
      missingReported = true;
      context.report(SemanticCodes.MissingFiscalYear, "the policy does not say when its fiscal year starts", node.period.range, {
        hint: "add a policy item such as `fiscal_year starts feb 1` (`jan 1` for calendar quarters)",
      });
    },
  };
}
