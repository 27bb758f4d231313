import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeOpen, singleDay } from "../windows.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Valid windows
 *
 * A span `open <day> <time> - <day> <time>` is valid only if each end names exactly one
 * day and it ends somewhere other than where it starts: an empty span is a mistake, and a
 * whole week is written `open daily 00:00 - 24:00`.
 */
export function ValidWindowsRule(context: ValidationContext): RuleVisitor {
  return {
    OpenSpan: (node) => {
      const fromDay = singleDay(node.fromDay);
      const toDay = singleDay(node.toDay);
      for (const [set, day] of [
        [node.fromDay, fromDay],
        [node.toDay, toDay],
      ] as const) {
        if (day !== undefined) continue;
        context.report(SemanticCodes.InvalidWindow, "a span starts and ends on one day each", set.range, {
          hint: "for the same hours on several days write `open mon-fri 09:00 - 17:00`",
        });
      }
      if (fromDay !== undefined && fromDay === toDay && node.from.minutes === node.to.minutes) {
        context.report(SemanticCodes.InvalidWindow, `the span \`${describeOpen(node)}\` is empty`, node.range, {
          hint: "a span that never closes is written `open daily 00:00 - 24:00`",
        });
      }
    },
  };
}
