import type { Credit } from "../../ast/nodes.js";
import { quotedList } from "../../diagnostics/wording.js";
import { firstOf } from "../symbols.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Ordered credits
 *
 * An uptime block's credits are valid only if each credit and level is above 0 % and at
 * most 100 %, no two credits share a `below` level, and a lower uptime never earns a
 * smaller (or equal) credit than a higher one; its `credit_cap` too is above 0 % and at
 * most 100 %, and a credit above the cap is warned about (the cap takes part of it back).
 */
export function OrderedCreditsRule(context: ValidationContext): RuleVisitor {
  return {
    Uptime: (node) => {
      const credits = node.items.filter((item): item is Credit => item.kind === "Credit");
      const valid: Credit[] = [];
      for (const credit of credits) {
        const bad = [credit.credit, credit.below].find((p) => !(p.value > 0 && p.value <= 100));
        if (bad) {
          context.report(SemanticCodes.UnorderedCredits, `\`${bad.text}\` is not above 0% and at most 100%`, bad.range);
        } else valid.push(credit);
      }
      const byLevel = [...valid].sort(
        (a, b) => b.below.value - a.below.value || a.range.start.offset - b.range.start.offset,
      );
      for (let i = 1; i < byLevel.length; i++) {
        const higher = byLevel[i - 1]!;
        const lower = byLevel[i]!;
        const later = higher.range.start.offset > lower.range.start.offset ? higher : lower;
        const earlier = later === higher ? lower : higher;
        if (higher.below.value === lower.below.value) {
          context.report(SemanticCodes.UnorderedCredits, `two credits below \`${lower.below.text}\``, later.range, {
            related: [{ message: "the other credit", range: earlier.range }],
          });
        } else if (lower.credit.value <= higher.credit.value) {
          context.report(
            SemanticCodes.UnorderedCredits,
            `credit \`${lower.credit.text}\` below \`${lower.below.text}\` is not more than \`${higher.credit.text}\` below \`${higher.below.text}\``,
            lower.range,
            {
              hint: "a lower uptime earns a larger credit",
              related: [{ message: "the credit for the higher level", range: higher.range }],
            },
          );
        }
      }
      const cap = firstOf(node.items, "CreditCap");
      if (cap === undefined) return;
      if (!(cap.percent.value > 0 && cap.percent.value <= 100)) {
        context.report(SemanticCodes.UnorderedCredits, `credit cap \`${cap.percent.text}\` is not above 0% and at most 100%`, cap.percent.range);
        return;
      }
      const above = valid.filter((credit) => credit.credit.value > cap.percent.value);
      if (above.length === 0) return;
      const listed = quotedList(above.map((c) => c.credit.text), "and");
      const one = above.length === 1;
      context.report(SemanticCodes.CreditAboveCap, `${one ? "credit" : "credits"} ${listed} ${one ? "is" : "are"} above the cap \`${cap.percent.text}\``, cap.range, {
        hint: `a month's credit is at most \`${cap.percent.text}\`: raise the cap, or lower ${one ? "the credit" : "the credits"} to it`,
        related: above.map((c) => ({ message: `\`${c.credit.text}\` below \`${c.below.text}\``, range: c.range })),
      });
    },
  };
}
