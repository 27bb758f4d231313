import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeEligibility } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Reachable eligibility
 *
 * Eligibility rules are complete (without warnings) only if each refuses some ticket: a
 * rule whose conditions every ticket meets (`only`) or none meets (`not`), or whose
 * tickets earlier rules for the same severity already refuse, changes nothing. Rules that
 * name something unknown are not warned about: that error comes first.
 */
export function ReachableEligibilityRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: {
      leave: (policy) => {
        const reported = new Set<unknown>();
        for (const { rule, severity, before } of context.resolutionOf(policy).eligibility.unreachable) {
          if (reported.has(rule) || context.hasErrorWithin(rule.range)) continue;
          reported.add(rule);
          const which = rule.severities.length > 1 ? ` for \`${severity}\`` : "";
          const message = before
            ? `\`${describeEligibility(rule)}\` never applies${which}: an earlier rule already refuses those tickets`
            : `\`${describeEligibility(rule)}\` never applies${which}: ${rule.mode === "only" ? "every" : "no"} ticket meets its conditions`;
          context.report(SemanticCodes.UnreachableEligibility, message, rule.range, {
            hint: before ? "drop this rule, or narrow the earlier one" : "drop this rule, or name the values where the severity is not offered",
            ...(before && { related: [{ message: "the rule that refuses them first", range: before.range }] }),
          });
        }
      },
    },
  };
}
