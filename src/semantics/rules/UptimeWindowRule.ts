import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../visitor.js";

/**
 * Uptime window
 *
 * An uptime objective is valid only if it is measured `per month`, the one window the
 * runtime computes.
 */
export function UptimeWindowRule(context: ValidationContext): RuleVisitor {
  return {
    Objective: (node) => {
      if (node.window.value === "month") return;
      context.report(SemanticCodes.UnknownUptimeWindow, `uptime cannot be measured per \`${node.window.value}\``, node.window.range, {
        hint: "write `per month`",
      });
    },
  };
}
