import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import { listOf } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";
import { MAX_COMBINATIONS } from "../scopes.js";
import type { RuleVisitor } from "../../ast/visitor.js";

const count = (n: number): string => n.toLocaleString("en-US");

/**
 * Combination limit
 *
 * A policy is valid only if its target table (every metric's rows, one per value of each
 * attribute its rules name), its coverage and its eligibility rules each depend on at most
 * MAX_COMBINATIONS combinations: the compiler enumerates them, and the bundle carries the
 * target table. Past the limit they are not resolved, and this is the one error.
 */
export function CombinationLimitRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const resolution = context.resolutionOf(policy);
      const parts = [
        ["target table", resolution.combinations],
        ["coverage", resolution.coverage.combinations],
        ["eligibility rules", resolution.eligibility.combinations],
      ] as const;
      const over = parts.filter(([, n]) => n > MAX_COMBINATIONS);
      if (over.length === 0) return;
      // One slip (too many attributes or values) is one error, however many parts it makes too large.
      const most = Math.max(...over.map(([, n]) => n));
      context.report(
        SemanticCodes.TooManyCombinations,
        `the policy's ${listOf(over.map(([what]) => what), "and")} would depend on up to ${count(most)} combinations, more than the ${count(MAX_COMBINATIONS)} the compiler resolves`,
        headOf(policy.range, "policy".length),
        { hint: "name fewer attributes in one metric's rules (or coverage, or eligibility), or fewer values of them" },
      );
    },
  };
}
