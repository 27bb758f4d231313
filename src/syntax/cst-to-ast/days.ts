/** Day words of `open` (`mon`, `mon-fri`, `weekdays`, `weekends`, `daily`) expanded to DaySets. */
import type { DaySet, Weekday } from "../../ast/nodes.js";
import { SyntaxCodes } from "../../diagnostics/codes/syntax.js";
import type { IToken } from "../chevrotain.js";
import type { Builder } from "./builder.js";

const dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const named: Record<string, readonly Weekday[]> = {
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 7],
  daily: [1, 2, 3, 4, 5, 6, 7],
};

function dayNumber(word: string): Weekday | undefined {
  const index = (dayNames as readonly string[]).indexOf(word);
  return index < 0 ? undefined : ((index + 1) as Weekday);
}

/** `fri-mon` wraps over the week's end: fri, sat, sun, mon. */
function expandRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [from];
  for (let day = from; day !== to; ) {
    day = ((day % 7) + 1) as Weekday;
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}

/** The days a word stands for, or undefined when it is no day word. */
function readDays(word: string): readonly Weekday[] | undefined {
  const single = dayNumber(word);
  if (single !== undefined) return [single];
  if (Object.hasOwn(named, word)) return named[word];
  const [from, to, ...rest] = word.split("-");
  const fromDay = dayNumber(from ?? "");
  const toDay = dayNumber(to ?? "");
  return fromDay !== undefined && toDay !== undefined && rest.length === 0 ? expandRange(fromDay, toDay) : undefined;
}

/** A suggestion for a misspelt day: `Mon` or `monday` → `mon`. */
function suggestion(word: string): string | undefined {
  const parts = word.toLowerCase().split("-").map((part) => part.slice(0, 3));
  const fixed = parts.join("-");
  return fixed !== word && readDays(fixed) !== undefined ? fixed : undefined;
}

/** The DaySet of one word; an unknown word is reported and yields undefined. */
export function daySet(b: Builder, tok: IToken): DaySet | undefined {
  const days = readDays(tok.image);
  if (days !== undefined) return { kind: "DaySet", days, range: b.rangeOf(tok) };
  const fix = suggestion(tok.image);
  b.report(SyntaxCodes.UnknownDay, `unknown day \`${tok.image}\``, b.rangeOf(tok), {
    hint:
      fix !== undefined
        ? `did you mean \`${fix}\`?`
        : "days are `mon` … `sun`, ranges such as `mon-fri`, `weekdays`, `weekends` and `daily`",
  });
  return undefined;
}

/** The one day a span across days starts or ends on; anything else is reported. */
export function singleDay(b: Builder, tok: IToken): DaySet | undefined {
  const set = daySet(b, tok);
  if (set === undefined || set.days.length === 1) return set;
  b.report(SyntaxCodes.SpanDayNotSingle, `a span across days starts and ends on one day, found \`${tok.image}\``, set.range, {
    hint: "for the same hours on several days, write `open mon-fri 09:00 - 17:00`",
  });
  return undefined;
}
