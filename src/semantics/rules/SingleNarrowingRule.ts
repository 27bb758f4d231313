import type { TargetEntry } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

type Dimension = "tier" | "severity" | "channel";

/**
 * Single narrowing
 *
 * A rule is valid only if it narrows each dimension at most once, counting its enclosing
 * scopes and its own severities: specificity counts dimensions, not scopes, so an inner
 * `tier` scope inside another would look more specific than it is.
 */
export function SingleNarrowingRule(context: ValidationContext): RuleVisitor {
  const visit = (entries: readonly TargetEntry[], narrowed: ReadonlySet<Dimension>): void => {
    for (const entry of entries) {
      if (entry.kind === "TargetScope") {
        if (narrowed.has(entry.dimension)) {
          context.report(SemanticCodes.NestedDimension, `\`${entry.dimension}\` is already narrowed by an enclosing scope`, entry.values[0]?.range ?? entry.range, {
            hint: `write the rule in its own \`${entry.dimension}\` scope outside the enclosing one`,
          });
        }
        visit(entry.entries, new Set([...narrowed, entry.dimension]));
      } else if (entry.severities.length > 0 && narrowed.has("severity")) {
        context.report(SemanticCodes.NestedDimension, "the rule names severities inside a `severity` scope", entry.severities[0]!.range, {
          hint: "drop the severities here, or move the rule out of the `severity` scope",
        });
      }
    }
  };
  return { Targets: (node) => visit(node.entries, new Set()) };
}
