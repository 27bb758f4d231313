import { METRIC_STATUSES } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { alternatives, didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Known test status
 *
 * An `expect` is valid only if its status, when given, is `met`, `running`, `paused` or
 * `breached`.
 */
export function KnownTestStatusRule(context: ValidationContext): RuleVisitor {
  return {
    TestExpect: (node) => {
      const status = node.status;
      if (!status || (METRIC_STATUSES as readonly string[]).includes(status.value)) return;
      context.report(SemanticCodes.UnknownTestStatus, `unknown status \`${status.value}\``, status.range, {
        hint: didYouMean(status.value, METRIC_STATUSES) ?? `write ${alternatives(METRIC_STATUSES)}`,
      });
    },
  };
}
