import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../visitor.js";

/** The statuses a test may expect of a metric. */
export const TEST_STATUSES = ["met", "running", "paused", "breached"] as const;

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
      if (!status || (TEST_STATUSES as readonly string[]).includes(status.value)) return;
      context.report(SemanticCodes.UnknownTestStatus, `unknown status \`${status.value}\``, status.range, {
        hint: didYouMean(status.value, TEST_STATUSES) ?? "write `met`, `running`, `paused` or `breached`",
      });
    },
  };
}
