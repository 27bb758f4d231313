import type { TimeOfDay } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { formatTime } from "../values.js";
import type { RuleVisitor } from "../visitor.js";

/**
 * Valid times
 *
 * A window is valid only if its times lie between `00:00` and `24:00` and it does not
 * start at `24:00` (which is the next day's `00:00`).
 */
export function ValidTimesRule(context: ValidationContext): RuleVisitor {
  const check = (time: TimeOfDay, role: "start" | "end"): void => {
    const minutes = time.minutes;
    const written = Number.isInteger(minutes) && minutes >= 0 ? formatTime(minutes) : String(minutes);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
      context.report(SemanticCodes.InvalidTime, `\`${written}\` is not a time of day`, time.range, {
        hint: "times run from `00:00` to `24:00`",
      });
    } else if (role === "start" && minutes === 1440) {
      context.report(SemanticCodes.InvalidTime, "a window cannot start at `24:00`", time.range, {
        hint: "`24:00` only ends a window; start at `00:00` of the next day",
      });
    }
  };
  const visitOpen = (node: { from: TimeOfDay; to: TimeOfDay }): void => {
    check(node.from, "start");
    check(node.to, "end");
  };
  return { OpenDaily: visitOpen, OpenSpan: visitOpen };
}
