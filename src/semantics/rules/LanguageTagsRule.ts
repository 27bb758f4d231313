import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { canonicalLanguageTag } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Language tags
 *
 * A `languages` list is valid only if every entry is a well-formed BCP 47 language tag.
 */
export function LanguageTagsRule(context: ValidationContext): RuleVisitor {
  return {
    LanguageEntry: (node) => {
      if (canonicalLanguageTag(node.tag.value) !== undefined) return;
      context.report(SemanticCodes.InvalidLanguageTag, `\`${node.tag.value}\` is not a BCP 47 language tag`, node.tag.range, {
        hint: "write a tag such as `en`, `pt-BR` or `zh-Hant`",
      });
    },
  };
}
