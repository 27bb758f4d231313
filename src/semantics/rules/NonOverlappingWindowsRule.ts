import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { calendarWindows, describeMinute, describeOpen, findOverlaps } from "../windows.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Non-overlapping windows
 *
 * A calendar is valid only if no two of its open windows share open time, also across the
 * week's end (`sun 22:00 - 02:00` against `mon 01:00 - …`); windows that touch are fine.
 */
export function NonOverlappingWindowsRule(context: ValidationContext): RuleVisitor {
  return {
    Calendar: (node) => {
      for (const overlap of findOverlaps(calendarWindows(node))) {
        context.report(
          SemanticCodes.OverlappingWindows,
          `\`${describeOpen(overlap.second)}\` overlaps \`${describeOpen(overlap.first)}\` in calendar \`${node.id.value}\``,
          overlap.second.range,
          {
            hint: `both are open on ${describeMinute(overlap.at)}; merge them or make them touch`,
            related: [{ message: "the window it overlaps", range: overlap.first.range }],
          },
        );
      }
    },
  };
}
