import type { RuleVisitor } from "../../ast/visitor.js";
import { FISCAL_START_LAST_DAY } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import { MONTH_WORDS, monthNumber } from "../values.js";

/**
 * Fiscal year
 *
 * A fiscal year is valid only if it starts on a month word (`jan` … `dec`) and a whole day
 * from 1 to 28, a day every month has, so that each of its quarters starts on that day.
 */
export function FiscalYearRule(context: ValidationContext): RuleVisitor {
  return {
    FiscalYear: (node) => {
      const word = node.month.value;
      if (monthNumber(word) === undefined) {
        // `february`, `Feb`: the month's first three letters are its word.
        const short = MONTH_WORDS.find((m) => word.toLowerCase().startsWith(m));
        context.report(SemanticCodes.InvalidFiscalYear, `\`${word}\` is not a month`, node.month.range, {
          hint: short !== undefined ? `write \`${short}\`` : (didYouMean(word, MONTH_WORDS) ?? "write a month as `jan` … `dec`"),
        });
      }
      const day = node.day.value;
      if (Number.isInteger(day) && day >= 1 && day <= FISCAL_START_LAST_DAY) return;
      context.report(SemanticCodes.InvalidFiscalYear, `a fiscal year cannot start on day \`${node.day.text}\``, node.day.range, {
        hint: `a fiscal year starts on a day from 1 to ${FISCAL_START_LAST_DAY}, which every month has, so that each quarter starts on it`,
      });
    },
  };
}
