import { UPTIME_WINDOW } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Uptime window
 *
 * An uptime objective is valid only if it is measured `per month`, the one window the
 * runtime computes.
 */
export function UptimeWindowRule(context: ValidationContext): RuleVisitor {
  return {
    Objective: (node) => {
      if (node.window.value === UPTIME_WINDOW) return;
      context.report(SemanticCodes.UnknownUptimeWindow, `uptime cannot be measured per \`${node.window.value}\``, node.window.range, {
        hint: `write \`per ${UPTIME_WINDOW}\``,
      });
    },
  };
}
