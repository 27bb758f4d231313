import type { DateLiteral } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { firstOf } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

const dayOf = (date: DateLiteral): number => date.year * 10000 + date.month * 100 + date.day;
const written = (date: DateLiteral): string =>
  `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

/**
 * Policy generation
 *
 * A policy is valid only if the dates it is in force between run forward (`valid_from`
 * before `valid_until`: a policy in force from the day it ends is in force on no day) and
 * it does not supersede itself.
 */
export function PolicyGenerationRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const from = firstOf(policy.items, "ValidFrom");
      const until = firstOf(policy.items, "ValidUntil");
      if (from && until && dayOf(until.date) <= dayOf(from.date)) {
        context.report(
          SemanticCodes.InvalidGeneration,
          `policy \`${policy.id.value}\` is in force until ${written(until.date)}, which is not after ${written(from.date)}, when it comes into force`,
          until.range,
          { hint: "`valid_until` is the first day the policy is no longer in force", related: [{ message: "in force from here", range: from.range }] },
        );
      }
      const supersedes = firstOf(policy.items, "Supersedes");
      if (supersedes && supersedes.policy.value === policy.id.value) {
        context.report(SemanticCodes.InvalidGeneration, `policy \`${policy.id.value}\` supersedes itself`, supersedes.policy.range, {
          hint: "name the earlier policy this one replaces",
        });
      }
    },
  };
}
