import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * The words an attribute's scope cannot start with: the other dimensions, the words a
 * target starts with, the clock words that may follow a target (`4h business`, `on`), and
 * `otherwise`, which may follow a coverage.
 */
export const RESERVED_ATTRIBUTE_NAMES: readonly string[] = ["tier", "channel", "severity", "none", "unknown", "next", "under", "business", "on", "otherwise"];

/**
 * Reserved attribute names
 *
 * An attribute is valid only if its id is none of the words targets and coverage read as
 * something else where a scope of it would start: the dimensions `tier`, `channel` and
 * `severity`, the target words `none`, `unknown`, `next` and `under`, the clock words
 * `business` and `on`, and `otherwise`.
 */
export function ReservedAttributeNamesRule(context: ValidationContext): RuleVisitor {
  return {
    AttributeDecl: (node) => {
      const id = node.id.value;
      if (!RESERVED_ATTRIBUTE_NAMES.includes(id)) return;
      const dimension = ["tier", "channel", "severity"].includes(id);
      context.report(SemanticCodes.ReservedAttributeName, `an attribute cannot be called \`${id}\``, node.id.range, {
        hint: dimension
          ? `\`${id}\` is a dimension of every ticket already; give the attribute another id`
          : `in targets \`${id}\` starts something else; give the attribute another id, such as \`${id}_kind\``,
      });
    },
  };
}
