import type { CoverageEntry, TargetEntry } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** A scope's dimension as its rules narrow it: `tier`, `channel`, `severity`, or an attribute's id. */
function dimensionOf(scope: { readonly dimension: string; readonly attribute?: { readonly value: string } }): string {
  return scope.dimension === "attribute" ? (scope.attribute?.value ?? "") : scope.dimension;
}

/**
 * Single narrowing
 *
 * A rule (of targets or of coverage) is valid only if it narrows each dimension at most
 * once, counting its enclosing scopes and its own severities: specificity counts
 * dimensions, not scopes, so an inner `tier` scope inside another would look more
 * specific than it is. Each attribute is a dimension of its own.
 */
export function SingleNarrowingRule(context: ValidationContext): RuleVisitor {
  const visit = (entries: readonly (TargetEntry | CoverageEntry)[], narrowed: ReadonlySet<string>): void => {
    for (const entry of entries) {
      if (entry.kind === "TargetScope" || entry.kind === "CoverageScope") {
        const dimension = dimensionOf(entry);
        if (narrowed.has(dimension)) {
          context.report(SemanticCodes.NestedDimension, `\`${dimension}\` is already narrowed by an enclosing scope`, entry.values[0]?.range ?? entry.range, {
            hint: `write the rule in its own \`${dimension}\` scope outside the enclosing one`,
          });
        }
        visit(entry.entries, new Set([...narrowed, dimension]));
      } else if (entry.severities.length > 0 && narrowed.has("severity")) {
        context.report(SemanticCodes.NestedDimension, "the rule names severities inside a `severity` scope", entry.severities[0]!.range, {
          hint: "drop the severities here, or move the rule out of the `severity` scope",
        });
      }
    }
  };
  return {
    Targets: (node) => visit(node.entries, new Set()),
    Coverage: (node) => visit(node.entries, new Set()),
    // A condition per dimension: two would narrow it twice.
    EligibilityRule: (node) => {
      const seen = new Set<string>();
      for (const condition of node.conditions) {
        const dimension = dimensionOf(condition);
        if (seen.has(dimension)) {
          context.report(SemanticCodes.NestedDimension, `\`${dimension}\` is already a condition of this rule`, condition.range, {
            hint: `list its values in one condition, as in \`${dimension} ${condition.values.map((v) => v.value).join(", ")}, …\``,
          });
        }
        seen.add(dimension);
      }
    },
  };
}
