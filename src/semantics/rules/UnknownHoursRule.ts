import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Unknown hours
 *
 * A calendar whose hours are `unknown` is valid only without `open` windows: hours that
 * are written down are known, or, when the author guessed them, assumed (`assumption`).
 */
export function UnknownHoursRule(context: ValidationContext): RuleVisitor {
  return {
    Calendar: (calendar) => {
      const unknown = calendar.items.find((item) => item.kind === "UnknownHours");
      const open = calendar.items.find((item) => item.kind === "OpenDaily" || item.kind === "OpenSpan");
      if (unknown === undefined || open === undefined) return;
      context.report(
        SemanticCodes.WindowsOfUnknownHours,
        `calendar \`${calendar.id.value}\` says its hours are \`unknown\` and has \`open\` windows`,
        unknown.range,
        {
          hint: "leave out `unknown` if the windows are the hours the source states, or the windows if it states none; for hours the author assumed, write `assumption \"…\"`",
          related: [{ message: "an `open` window", range: open.range }],
        },
      );
    },
  };
}
