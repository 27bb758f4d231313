import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { firstOf } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Attribute values
 *
 * An attribute is valid only if it says where its values come from, one way: it lists its
 * `values`, or it draws them `from languages`, in a policy that lists `languages`.
 */
export function AttributeValuesRule(context: ValidationContext): RuleVisitor {
  return {
    AttributeDecl: (node) => {
      const listed = firstOf(node.items, "AttributeValues");
      const id = node.id.value;
      if (node.fromLanguages && listed) {
        context.report(SemanticCodes.InvalidAttributeValues, `attribute \`${id}\` draws its values from languages and lists values too`, listed.range, {
          hint: "drop the `values`, or drop `from languages`",
          related: [{ message: "its values come from the policy's languages here", range: node.fromLanguages.range }],
        });
        return;
      }
      if (node.fromLanguages) {
        if (!context.policy.items.some((item) => item.kind === "Languages")) {
          context.report(SemanticCodes.InvalidAttributeValues, `attribute \`${id}\` draws its values from languages, and the policy lists none`, node.fromLanguages.range, {
            hint: "list the languages, as in `languages en primary, ja`",
          });
        }
        return;
      }
      if (!listed) {
        context.report(SemanticCodes.InvalidAttributeValues, `attribute \`${id}\` has no values`, node.id.range, {
          hint: `list them, as in \`attribute ${id} { values production, staging }\`, or draw them \`from languages\``,
        });
      }
    },
  };
}
