import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** How many uncovered combinations a message lists before it counts the rest. */
const LISTED = 3;

/**
 * Covered targets
 *
 * A metric's targets are complete only if every available (tier, severity, channel)
 * combination has a rule, possibly `none`; a gap is a warning, since the bundle then has
 * no deadline for those tickets. Targets that already have an error are not warned about:
 * a rule that could not count leaves a gap that is that error's consequence.
 */
export function CoveredTargetsRule(context: ValidationContext): RuleVisitor {
  return {
    // On leaving the policy, when every other rule has seen all of it.
    Policy: {
      leave: (policy) => {
        for (const gap of context.resolutionOf(policy).gaps) {
          if (context.hasErrorWithin(gap.targets.range)) continue;
          const listed = gap.combinations.slice(0, LISTED).map(describeCombination).join("; ");
          const more = gap.combinations.length - LISTED;
          const rest = more > 0 ? ` and ${more} more ${more === 1 ? "combination" : "combinations"}` : "";
          context.report(SemanticCodes.MissingTarget, `no \`${gap.metric}\` target for ${listed}${rest}`, gap.targets.metric.range, {
            hint: "add a rule that covers them, or a rule saying `none` to promise nothing",
          });
        }
      },
    },
  };
}
