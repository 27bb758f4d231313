/**
 * Compiles a calendar: its zone (or the customer's), weekly windows in minutes of the week,
 * spans across zones, closed-date rules, holiday sets expanded to dates over the calendar's
 * horizon, what the policy leaves unknown, and the business-day length.
 */
import type * as Ast from "../ast/nodes.js";
import type { Calendar, ClosedRule, DateMove, HolidaySet, Note, Unknown } from "../contract/bundle.js";
import {
  ORDINAL_WORDS,
  allOf,
  calendarHolidays,
  calendarSpans,
  calendarWindows,
  calendarZone,
  firstOf,
  holidayData,
  holidayDates,
  isRegion,
  monthNumber,
  weekdayNumber,
} from "../semantics/index.js";
import { formatDate } from "../civil/text.js";

/** The bundle form of a calendar. */
export function compileCalendar(calendar: Ast.Calendar): Calendar {
  const zone = calendarZone(calendar);
  const { holidays, horizon } = holidaysOf(calendar);
  return {
    id: calendar.id.value,
    title: calendar.title?.value ?? null,
    zone: zone.kind === "fixed" ? zone.zone : zone.kind === "customer" ? zone.default : null,
    ticketZone: zone.kind === "customer",
    windows: calendarWindows(calendar).map(({ start, end }) => ({ start, end })),
    spans: calendarSpans(calendar).map(({ start, startZone, end, endZone }) => ({ start, startZone, end, endZone })),
    closed: allOf(calendar.items, "Closed").map(closedRuleOf),
    holidays,
    horizon,
    unknown: unknownOf(calendar),
    businessDayMinutes: firstOf(calendar.items, "BusinessDay")?.length.minutes ?? null,
    assumption: firstOf(calendar.items, "Assumption")?.text.value ?? null,
    notes: allOf(calendar.items, "Note").map((note): Note => ({ title: note.title?.value ?? null, text: note.text.value })),
  };
}

/** What the calendar leaves unstated, in source order. */
function unknownOf(calendar: Ast.Calendar): Unknown[] {
  return calendar.items.flatMap((item): Unknown[] => {
    switch (item.kind) {
      case "UnknownZone":
        return [{ part: "zone", reason: item.reason.value }];
      case "UnknownHours":
        return [{ part: "hours", reason: item.reason.value }];
      case "UnknownHolidays":
        return [{ part: "holidays", reason: item.reason.value }];
      default:
        return [];
    }
  });
}

/**
 * The holiday sets expanded over the calendar's horizon, and the horizon. Loads
 * date-holidays only for a calendar that has a set; a set the checks reported is left out
 * (its bundle is withheld).
 */
function holidaysOf(calendar: Ast.Calendar): { holidays: HolidaySet[]; horizon: Calendar["horizon"] } {
  if (!calendar.items.some((item) => item.kind === "Holidays")) return { holidays: [], horizon: null };
  const reading = calendarHolidays(calendar);
  const years = reading.horizon;
  if (years === null) return { holidays: [], horizon: null };
  const data = holidayData();
  const holidays = reading.sets.flatMap((set): HolidaySet[] => {
    const region = set.region;
    if (!isRegion(region)) return [];
    return [
      {
        region: region.code,
        regionName: region.name,
        types: [...set.types],
        except: set.except.map((name) => name.value),
        only: set.only.map((name) => name.value),
        data,
        dates: holidayDates(set, years),
      },
    ];
  });
  return { holidays, horizon: { from: `${years.from}-01-01`, to: `${years.to}-12-31` } };
}

/** How a yearly date moves, or null when it does not: `+1d` is a shift, `observed` alone is Saturday to Friday and Sunday to Monday. */
function moveOf(shift: Ast.DateShift | undefined, observed: Ast.Observed | undefined): DateMove | null {
  const days = shift === undefined ? 0 : (shift.sign * shift.days.minutes) / 1440;
  if (days === 0 && observed === undefined) return null;
  const moves =
    observed === undefined
      ? []
      : observed.days.length === 0
        ? [
            { weekday: 6, days: -1 },
            { weekday: 7, days: 1 },
          ]
        : observed.days.map((day) => {
            // Unknown words were reported by KnownCalendarWordsRule; Monday only stands in in a withheld bundle.
            const from = weekdayNumber(day.from.value) ?? 1;
            const to = weekdayNumber(day.to.value) ?? 1;
            // To the nearest such weekday: `sat to fri` is the day before, `sat to mon` two days after.
            const ahead = (((to - from) % 7) + 7) % 7;
            return { weekday: from, days: ahead <= 3 ? ahead : ahead - 7 };
          });
  // A shift of part of a day was reported by ValidDateMovesRule.
  return { shift: Math.trunc(days), observed: moves };
}

function closedRuleOf(closed: Ast.Closed): ClosedRule {
  const name = closed.name?.value ?? null;
  const when = closed.when;
  switch (when.kind) {
    case "ClosedDate":
      return { kind: "dates", from: formatDate(when.from), to: formatDate(when.to ?? when.from), name };
    case "ClosedYearly":
      // Unknown words were reported by KnownCalendarWordsRule; 0 only appears in a withheld bundle.
      return { kind: "yearly", month: monthNumber(when.month.value) ?? 0, day: when.day.value, name, move: moveOf(when.shift, when.observed) };
    case "ClosedNthWeekday":
      return {
        kind: "nth_weekday",
        month: monthNumber(when.month.value) ?? 0,
        weekday: weekdayNumber(when.weekday.value) ?? 0,
        nth: ORDINAL_WORDS.get(when.ordinal.value) ?? 0,
        name,
        move: moveOf(when.shift, when.observed),
      };
    case "ClosedEaster": {
      // The shift of Easter is its offset; what is left to move is `observed`.
      const offset = when.shift === undefined ? 0 : Math.trunc((when.shift.sign * when.shift.days.minutes) / 1440);
      return { kind: "easter", offset, name, move: moveOf(undefined, when.observed) };
    }
    case "ClosedYearlyRange":
      return {
        kind: "yearly_range",
        from: { month: monthNumber(when.fromMonth.value) ?? 0, day: when.fromDay.value },
        to: { month: monthNumber(when.toMonth.value) ?? 0, day: when.toDay.value },
        name,
      };
  }
}
