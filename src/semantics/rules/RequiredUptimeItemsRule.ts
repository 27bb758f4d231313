import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Required uptime items
 *
 * An uptime block is valid only if it states its `objective` and its `downtime` rule, and
 * any `minimum_period` is a whole number of minutes from 1.
 */
export function RequiredUptimeItemsRule(context: ValidationContext): RuleVisitor {
  return {
    Uptime: (node) => {
      for (const [kind, word, example] of [
        ["Objective", "objective", "objective 99.9% per month"],
        ["Downtime", "downtime", "downtime error_rate > 5%"],
      ] as const) {
        if (node.items.some((item) => item.kind === kind)) continue;
        context.report(SemanticCodes.MissingUptimeItem, `the uptime block has no \`${word}\``, headOf(node.range, "uptime".length), {
          hint: `add a line such as \`${example}\``,
        });
      }
    },
    MinimumPeriod: (node) => {
      const minutes = node.duration.minutes;
      if (Number.isInteger(minutes) && minutes >= 1) return;
      context.report(SemanticCodes.MissingUptimeItem, `a minimum period of \`${node.duration.text}\` is shorter than a minute`, node.duration.range, {
        hint: "downtime is counted in whole minutes; write at least `1m`",
      });
    },
  };
}
