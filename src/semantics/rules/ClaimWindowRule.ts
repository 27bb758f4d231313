import type { RuleVisitor } from "../../ast/visitor.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";

const DAY = 1440;

/**
 * Claim window
 *
 * A `claim_within` of an uptime commitment or a response credit is valid only if it is a
 * whole number of days from 1 (`30d`): credits are claimed by date.
 */
export function ClaimWindowRule(context: ValidationContext): RuleVisitor {
  return {
    ClaimWindow: (node) => {
      const minutes = node.duration.minutes;
      if (minutes >= DAY && minutes % DAY === 0) return;
      context.report(SemanticCodes.InvalidClaimWindow, `a claim window of \`${node.duration.text}\` is not a whole number of days`, node.duration.range, {
        hint: `write it in days, such as \`${Math.max(1, Math.round(minutes / DAY))}d\``,
      });
    },
  };
}
