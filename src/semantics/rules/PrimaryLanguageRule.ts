import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Primary language
 *
 * A `languages` list is valid only if at most one of its languages is marked `primary`
 * (with none marked, the first one is primary).
 */
export function PrimaryLanguageRule(context: ValidationContext): RuleVisitor {
  return {
    Languages: (node) => {
      const primaries = node.languages.filter((entry) => entry.primary);
      for (const extra of primaries.slice(1)) {
        context.report(
          SemanticCodes.MultiplePrimaryLanguages,
          `\`${extra.tag.value}\` is marked primary, but \`${primaries[0]!.tag.value}\` already is`,
          extra.range,
          { related: [{ message: "the first primary language", range: primaries[0]!.range }] },
        );
      }
    },
  };
}
