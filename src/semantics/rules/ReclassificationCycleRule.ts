import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Reclassification cycles
 *
 * Eligibility rules are valid only if every reclassification leads to another severity and
 * no chain of them leads back to a severity it left: a reclassified ticket is checked again
 * under its new severity, so a cycle would never settle.
 */
export function ReclassificationCycleRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      for (const cycle of context.resolutionOf(policy).eligibility.cycles) {
        const target = cycle.rule.otherwise.kind === "Reclassify" ? cycle.rule.otherwise : undefined;
        if (!target) continue;
        const self = cycle.path.length === 2;
        const where = describeCombination({ ...cycle.combination, severity: "*" });
        context.report(
          SemanticCodes.ReclassificationCycle,
          self
            ? `\`${cycle.path[0]}\` is reclassified to itself`
            : `reclassifications run in a circle for ${where}: ${cycle.path.map((s) => `\`${s}\``).join(" → ")}`,
          target.range,
          { hint: self ? "reclassify to another severity, or reject" : "end the chain with `otherwise reject`, or reclassify to a severity offered there" },
        );
      }
    },
  };
}
