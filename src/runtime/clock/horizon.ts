/**
 * A calendar's horizon: the local dates whose closed status its bundle knows (its holiday
 * sets were expanded over them). An answer that needs a date outside is an error.
 */
import type { Calendar } from "../../contract/bundle.js";
import { civilDate, DAY_MS, dayNumber } from "../../civil/days.js";
import { formatDate, readDate } from "../../civil/text.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { listOf } from "../../diagnostics/wording.js";
import { AnswerFailure, runtimeError, RuntimeFailure } from "../errors.js";

const OFFSET_MS = 16 * 3_600_000;

function dayOf(text: string, calendar: Calendar): number {
  const date = text.length === 10 ? readDate(text) : null;
  if (date === null) {
    throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, `calendar \`${calendar.id}\` has a horizon date \`${text}\` that is not a date`));
  }
  return dayNumber(date.year, date.month, date.day);
}

function dateOf(day: number): string {
  const [year, month, date] = civilDate(day);
  return formatDate({ year, month, day: date });
}

/** The inclusive day numbers of a calendar's horizon, and the error for an answer past them. */
export class Horizon {
  /** The first and last day number whose closed status is known. */
  readonly from: number;
  readonly to: number;
  private readonly calendar: Calendar;

  /** The horizon of a calendar that has one. */
  constructor(calendar: Calendar) {
    this.calendar = calendar;
    this.from = dayOf(calendar.horizon!.from, calendar);
    this.to = dayOf(calendar.horizon!.to, calendar);
  }

  /**
   * Throws SLA4014 unless every local date in [fromDay, toDay] lies in the horizon; `what`
   * names the answer that needs them ("this due").
   */
  /**
   * Throws SLA4014 when the span [a, b) (epoch ms) surely needs a local date outside the
   * horizon, in any zone: a check that needs no zone, made before anything is computed.
   */
  surely(a: number, b: number, what: string): void {
    // Local dates lie within 16 h of the UTC ones, so these dates are needed whatever the zone;
    // near the horizon's ends the exact check, with the zone, names the exact date.
    const surelyFrom = Math.floor((a + OFFSET_MS) / DAY_MS);
    const surelyTo = Math.floor((b - 1 - OFFSET_MS) / DAY_MS);
    if (surelyFrom < this.from - 2) this.needs(surelyFrom, surelyFrom, what);
    if (surelyTo > this.to + 2) this.needs(this.from, surelyTo, what);
  }

  needs(fromDay: number, toDay: number, what: string): void {
    if (fromDay >= this.from && toDay <= this.to) return;
    const { id, horizon, holidays } = this.calendar;
    const sets = holidays.length === 0 ? "" : ` (holidays ${listOf(holidays.map((h) => h.region), "and")})`;
    const needed = fromDay < this.from ? `dates from ${dateOf(fromDay)}` : `dates through ${dateOf(toDay)}`;
    const message = `calendar \`${id}\` knows its closed dates${sets} from ${horizon!.from} to ${horizon!.to} only; ${what} needs ${needed}`;
    const region = holidays[0]?.region ?? "<region>";
    const hint = `give the calendar's holidays the years its tickets need, e.g. \`holidays ${region} { years 2020 to 2060 }\``;
    throw new AnswerFailure(runtimeError(RuntimeCodes.OutsideHorizon, message, hint));
  }
}
