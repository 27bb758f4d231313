/** Compiles a calendar: weekly windows in minutes of the week, closed-date rules, business-day length. */
import type * as Ast from "../ast/nodes.js";
import type { Calendar, ClosedRule, Note } from "../contract/bundle.js";
import { ORDINAL_WORDS, allOf, calendarWindows, firstOf, monthNumber, weekdayNumber } from "../semantics/index.js";
import { formatDate } from "../civil/text.js";

/** The bundle form of a calendar. */
export function compileCalendar(calendar: Ast.Calendar): Calendar {
  return {
    id: calendar.id.value,
    title: calendar.title?.value ?? null,
    zone: firstOf(calendar.items, "Zone")?.zone.value ?? "UTC",
    windows: calendarWindows(calendar).map(({ start, end }) => ({ start, end })),
    closed: allOf(calendar.items, "Closed").map(closedRuleOf),
    businessDayMinutes: firstOf(calendar.items, "BusinessDay")?.length.minutes ?? null,
    assumption: firstOf(calendar.items, "Assumption")?.text.value ?? null,
    notes: allOf(calendar.items, "Note").map((note): Note => ({ title: note.title?.value ?? null, text: note.text.value })),
  };
}

function closedRuleOf(closed: Ast.Closed): ClosedRule {
  const name = closed.name?.value ?? null;
  const when = closed.when;
  switch (when.kind) {
    case "ClosedDate":
      return { kind: "dates", from: formatDate(when.from), to: formatDate(when.to ?? when.from), name };
    case "ClosedYearly":
      // Unknown words were reported by KnownCalendarWordsRule; 0 only appears in a withheld bundle.
      return { kind: "yearly", month: monthNumber(when.month.value) ?? 0, day: when.day.value, name };
    case "ClosedNthWeekday":
      return {
        kind: "nth_weekday",
        month: monthNumber(when.month.value) ?? 0,
        weekday: weekdayNumber(when.weekday.value) ?? 0,
        nth: ORDINAL_WORDS.get(when.ordinal.value) ?? 0,
        name,
      };
  }
}
