import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { firstOf } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Channel severity
 *
 * A channel is valid only if it either fixes the severity of its tickets (`severity
 * always`) or gives a default for tickets that ask for none (`severity default`), not
 * both: a fixed severity leaves nothing to default.
 */
export function ChannelSeverityRule(context: ValidationContext): RuleVisitor {
  return {
    Channel: (node) => {
      const fixed = firstOf(node.items, "FixedSeverity");
      const given = firstOf(node.items, "DefaultSeverity");
      if (!fixed || !given) return;
      const [first, second] = fixed.range.start.offset < given.range.start.offset ? [fixed, given] : [given, fixed];
      context.report(
        SemanticCodes.ChannelSeverityConflict,
        `channel \`${node.id.value}\` fixes its tickets' severity to \`${fixed.severity.value}\`, so it takes no default`,
        second.range,
        {
          hint: "keep `severity always` when the channel cannot choose a severity, or `severity default` when tickets may choose one",
          related: [{ message: first === fixed ? "the fixed severity" : "the default", range: first.range }],
        },
      );
    },
  };
}
