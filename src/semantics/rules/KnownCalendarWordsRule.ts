import type { Name } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import { MONTH_WORDS, ORDINAL_WORDS, WEEKDAY_WORDS } from "../values.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Known calendar words
 *
 * A `closed every …` rule is valid only if its month (`jan`…`dec`), weekday (`mon`…`sun`)
 * and ordinal (`first`…`fifth`, `last`) words are ones the language knows, the weekdays
 * of its `observed` days included.
 */
export function KnownCalendarWordsRule(context: ValidationContext): RuleVisitor {
  const check = (what: string, name: Name, words: readonly string[]): void => {
    if (words.includes(name.value)) return;
    // Full names (`january`, `thursday`) are the likeliest slip; their first three letters are the word.
    const prefix = name.value.slice(0, 3).toLowerCase();
    const hint = words.includes(prefix) ? `did you mean \`${prefix}\`?` : didYouMean(name.value, words);
    context.report(SemanticCodes.UnknownCalendarWord, `unknown ${what} \`${name.value}\``, name.range, {
      hint: hint ?? `write one of ${words.map((w) => `\`${w}\``).join(", ")}`,
    });
  };
  return {
    ClosedYearly: (node) => check("month", node.month, MONTH_WORDS),
    ClosedNthWeekday: (node) => {
      check("ordinal", node.ordinal, [...ORDINAL_WORDS.keys()]);
      check("weekday", node.weekday, WEEKDAY_WORDS);
      check("month", node.month, MONTH_WORDS);
    },
    ClosedYearlyRange: (node) => {
      check("month", node.fromMonth, MONTH_WORDS);
      check("month", node.toMonth, MONTH_WORDS);
    },
    ObservedDay: (node) => {
      check("weekday", node.from, WEEKDAY_WORDS);
      check("weekday", node.to, WEEKDAY_WORDS);
    },
  };
}
