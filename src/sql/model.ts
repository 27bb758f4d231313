/**
 * A bundle as data for SQL: its calendars as open intervals with the open time before each
 * (looked up through UTC-day buckets, so that every join of the query is an equi-join), its
 * local days with the count of business days through each, and its targets as one table.
 * The same intervals the JS runtime indexes (`openIntervals`, `businessDays`): one model,
 * two evaluators.
 */
import type { Bundle, Calendar, Deadline, TargetRow } from "../contract/bundle.js";
import { ALWAYS, ANY } from "../contract/vocabulary.js";
import { statedTarget, unknownTarget } from "../contract/targets.js";
import { businessDays, openIntervals, zoneModel, type ZoneModel } from "../runtime/index.js";
import { DAY_MS, dayNumber, MINUTE_MS, yearStartMs } from "../civil/days.js";
import { readDate } from "../civil/text.js";


/** A unit of a normalized deadline: milliseconds of open time, or business days (ends of). */
export type SqlUnit = "ms" | "bdays" | "cdays" | "unknown";

/** One side (in hours, or `otherwise`) of a target row. */
export interface SqlDeadline {
  readonly unit: SqlUnit;
  /** Milliseconds for `ms`, a count of business days for `bdays`, of calendar days for `cdays`; 0 for `unknown`. */
  readonly amount: number;
  readonly calendar: string;
  readonly strict: 0 | 1;
}

/** A row of `slac_targets`. */
export interface SqlTarget {
  readonly metric: string;
  readonly tier: string;
  /** The severity as the ticket asks for it; `-` (`LEFT_OUT`) for a ticket that asks for none. */
  readonly severity: string;
  readonly channel: string;
  readonly appliedSeverity: string | null;
  readonly rule: string | null;
  readonly target: "stated" | "none" | "unknown";
  readonly hoursCalendar: string | null;
  readonly inHours: SqlDeadline | null;
  readonly otherwise: SqlDeadline | null;
}

/** A row of `slac_metrics`: when the clock starts, and which events meet it. */
export interface SqlMetric {
  readonly metric: string;
  readonly position: number;
  /** `opened`, or the event type whose occurrence starts it. */
  readonly starts: string;
  /** 1 when the latest occurrence starts it (`customer_reply`), 0 for the first. */
  readonly startsLatest: 0 | 1;
  readonly stops: readonly string[];
}

/** A bucket row of the instant axis: instants [from, to) have open time before them `before + max(0, t - start)`. */
export interface CoverRow {
  readonly calendar: string;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  readonly openStart: number;
  readonly openBefore: number;
}

/** A bucket row of the open-time axis: open time x in (from, to] is reached at `start + (x - before)`. */
export interface FillRow {
  readonly calendar: string;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  readonly openStart: number;
  readonly openBefore: number;
}

/** A bucket row of local days: instants [from, to) lie on a local date through which `count` business days have passed. */
export interface DayRow {
  readonly calendar: string;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** A business day: the `count`-th of the range, and the end of its open time. */
export interface BusinessDayRow {
  readonly calendar: string;
  readonly count: number;
  readonly end: number;
}

/** A bucket row of a zone's offsets: instants [from, to) have UTC offset `offset`. */
export interface OffsetRow {
  readonly calendar: string;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

/**
 * A bucket row of a zone's wall times (local ms since 1970-01-01 00:00): those in [from,
 * to) are the instant `wall - offset`; a wall time in a DST gap is read with the offset
 * before the gap, an ambiguous one with the earlier offset, as window bounds are.
 */
export interface WallRow {
  readonly calendar: string;
  readonly bucket: number;
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

/** Everything the tables hold for one policy. */
export interface SqlModel {
  readonly policy: string;
  readonly metrics: readonly SqlMetric[];
  readonly targets: readonly SqlTarget[];
  readonly cover: readonly CoverRow[];
  readonly fill: readonly FillRow[];
  readonly days: readonly DayRow[];
  readonly businessDays: readonly BusinessDayRow[];
  readonly offsets: readonly OffsetRow[];
  readonly walls: readonly WallRow[];
  /** The instants the calendar tables cover, per calendar (`24x7` included). */
  readonly ranges: ReadonlyMap<string, { readonly from: number; readonly to: number }>;
  /** Whether the policy declares tiers, severities, channels (else the dimension is `*`). */
  readonly declares: { readonly tiers: boolean; readonly severities: boolean; readonly channels: boolean };
}

/**
 * The key of a dimension a ticket leaves out: no id is `-`, and unlike the empty string it
 * survives every bulk loader (DuckDB reads a quoted empty CSV field as NULL).
 */
export const LEFT_OUT = "-";

/** UTC years the tables cover unless told otherwise. */
export const DEFAULT_YEARS: {
  /** The first year covered. */
  readonly from: number;
  /** The last year covered. */
  readonly to: number;
} = { from: 2015, to: 2035 };
/** The widest range of years the tables may cover. */
export const YEAR_LIMITS: {
  /** The earliest year the tables may cover. */
  readonly from: number;
  /** The latest. */
  readonly to: number;
} = { from: 1970, to: 2099 };

/** Builds the tables of a bundle over whole UTC years; for a bundle `unsupportedIn` accepts. */
export function sqlModel(bundle: Bundle, years: { readonly from: number; readonly to: number }): SqlModel {
  const calendars = new Map(bundle.calendars.map((c) => [c.id, c]));
  const used = new Set<string>();
  // `N calendar days` on a calendar are counted in its zone's wall time, and paused in elapsed time.
  const calendarDays = new Map<string, number>();
  for (const row of bundle.targets) {
    const target = statedTarget(row.target);
    if (target === null) continue;
    if (target.hoursCalendar !== null) used.add(target.hoursCalendar);
    for (const d of [target.deadline, target.otherwise]) {
      if (d === null) continue;
      used.add(d.calendar);
      if (d.amount.unit !== "calendar_days" || d.calendar === ALWAYS) continue;
      calendarDays.set(d.calendar, Math.max(calendarDays.get(d.calendar) ?? 0, d.amount.value));
      used.add(ALWAYS);
    }
  }
  const cover: CoverRow[] = [];
  const fill: FillRow[] = [];
  const offsets: OffsetRow[] = [];
  const walls: WallRow[] = [];
  const days: DayRow[] = [];
  const business: BusinessDayRow[] = [];
  const ranges = new Map<string, { from: number; to: number }>();
  const lo = yearStartMs(years.from);
  const hi = yearStartMs(years.to + 1);
  for (const id of [...used].sort()) {
    if (id === ALWAYS) {
      ranges.set(id, { from: lo, to: hi });
      pushIntervals(cover, fill, id, [lo], [hi], lo, hi);
      continue;
    }
    const calendar = calendars.get(id)!;
    if (calendar.unknown.length > 0) continue;
    const zone = zoneModel(calendar.zone!);
    const ahead = calendarDays.get(id);
    if (ahead !== undefined) pushZone(offsets, walls, id, zone, years, ahead);
    const local = localDays(zone, years.from, years.to, lo, hi);
    let [from, to] = [lo, hi];
    let dayList = local;
    if (calendar.horizon !== null) {
      const first = dayOf(calendar.horizon.from);
      const last = dayOf(calendar.horizon.to);
      dayList = local.filter((d) => d.day >= first && d.day <= last);
      if (dayList.length === 0) continue;
      from = Math.max(from, dayList[0]!.from);
      to = Math.min(to, dayList[dayList.length - 1]!.to);
      // Local dates that reappear after a fall-back transition at midnight are not contiguous: keep the span.
      dayList = local.filter((d) => d.from >= from && d.to <= to);
    }
    const open = openIntervals(calendar, zone, years.from, years.to);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < open.starts.length; i++) {
      const a = Math.max(from, open.starts[i]!);
      const b = Math.min(to, open.ends[i]!);
      if (b > a) {
        starts.push(a);
        ends.push(b);
      }
    }
    ranges.set(id, { from, to });
    pushIntervals(cover, fill, id, starts, ends, from, to);
    const clipped = { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
    const open_days = businessDays(clipped, zone);
    const endOf = new Map<number, number>();
    for (let i = 0; i < open_days.days.length; i++) endOf.set(open_days.days[i]!, open_days.ends[i]!);
    // The count of business days through each local date, in date order.
    const counts = new Map<number, number>();
    let count = 0;
    for (const day of [...new Set(dayList.map((d) => d.day))].sort((a, b) => a - b)) {
      const end = endOf.get(day);
      if (end !== undefined) {
        count++;
        business.push({ calendar: id, count, end });
      }
      counts.set(day, count);
    }
    for (const d of dayList) {
      for (let bucket = Math.floor(d.from / DAY_MS); bucket <= Math.floor((d.to - 1) / DAY_MS); bucket++) {
        days.push({ calendar: id, bucket, from: d.from, to: d.to, count: counts.get(d.day)! });
      }
    }
  }
  return {
    policy: bundle.policy.id,
    metrics: bundle.metrics.map((m, position) => ({
      metric: m.id,
      position,
      starts: m.starts,
      startsLatest: m.starts === "customer_reply" ? 1 : 0,
      stops: m.id === "resolution" ? ["resolution", "resolved"] : [m.id],
    })),
    targets: targetsOf(bundle, calendars),
    cover,
    fill,
    days,
    businessDays: business,
    offsets,
    walls,
    ranges,
    declares: { tiers: bundle.tiers.length > 0, severities: bundle.severities.length > 0, channels: bundle.channels.length > 0 },
  };
}

function dayOf(text: string): number {
  const date = readDate(text)!;
  return dayNumber(date.year, date.month, date.day);
}

/** Each local date's instants [from, to) over the range, in instant order (a date may reappear after a fall-back at midnight). */
function localDays(zone: ZoneModel, fromYear: number, toYear: number, lo: number, hi: number): { day: number; from: number; to: number }[] {
  zone.cover(fromYear, toYear);
  const out: { day: number; from: number; to: number }[] = [];
  zone.forEachSegment(lo, hi, (a, b, offset) => {
    for (let t = a; t < b; ) {
      const day = Math.floor((t + offset) / DAY_MS);
      const end = Math.min(b, (day + 1) * DAY_MS - offset);
      const last = out[out.length - 1];
      if (last !== undefined && last.day === day && last.to === t) last.to = end;
      else out.push({ day, from: t, to: end });
      t = end;
    }
  });
  return out;
}

/**
 * The offsets of a zone over the years, and its wall times over them and `daysAhead` days
 * more: a wall time maps to an instant by the segment whose wall times hold it, the earlier
 * one where two do (an ambiguous time), the one before a gap for a time in the gap.
 */
function pushZone(offsets: OffsetRow[], walls: WallRow[], calendar: string, zone: ZoneModel, years: { from: number; to: number }, daysAhead: number): void {
  const lo = yearStartMs(years.from);
  const hi = yearStartMs(years.to + 1);
  const far = Math.min(hi + (daysAhead + 2) * DAY_MS, yearStartMs(YEAR_LIMITS.to + 10));
  zone.cover(years.from, new Date(far).getUTCFullYear());
  const segments: { from: number; to: number; offset: number }[] = [];
  zone.forEachSegment(lo - DAY_MS, far, (from, to, offset) => {
    const last = segments[segments.length - 1];
    if (last !== undefined && last.offset === offset && last.to === from) last.to = to;
    else segments.push({ from, to, offset });
  });
  for (const g of segments) {
    const from = Math.max(g.from, lo);
    const to = Math.min(g.to, hi);
    if (to <= from) continue;
    for (let bucket = Math.floor(from / DAY_MS); bucket <= Math.floor((to - 1) / DAY_MS); bucket++) offsets.push({ calendar, bucket, from, to, offset: g.offset });
  }
  let previous = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < segments.length; k++) {
    const g = segments[k]!;
    const next = segments[k + 1];
    const from = Math.max(g.from + g.offset, previous);
    // A gap after this segment is read with this segment's offset (the wall time moves forward).
    const to = next === undefined ? g.to + g.offset : next.from + Math.max(g.offset, next.offset);
    previous = Math.max(previous, to);
    if (to <= from) continue;
    for (let bucket = Math.floor(from / DAY_MS); bucket <= Math.floor((to - 1) / DAY_MS); bucket++) walls.push({ calendar, bucket, from, to, offset: g.offset });
  }
}

/** The bucket rows of both axes for sorted, disjoint open intervals over [lo, hi). */
function pushIntervals(cover: CoverRow[], fill: FillRow[], calendar: string, starts: readonly number[], ends: readonly number[], lo: number, hi: number): void {
  let previous = lo;
  let before = 0;
  const coverRow = (from: number, to: number, openStart: number, openBefore: number) => {
    if (!(to > from)) return;
    for (let bucket = Math.floor(from / DAY_MS); bucket <= Math.floor((to - 1) / DAY_MS); bucket++) cover.push({ calendar, bucket, from, to, openStart, openBefore });
  };
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    coverRow(previous, end, start, before);
    const through = before + (end - start);
    // Open time x in (before, through] lies in this interval; its bucket is floor((x - 1) / day).
    for (let bucket = Math.floor(before / DAY_MS); bucket <= Math.floor((through - 1) / DAY_MS); bucket++) {
      fill.push({ calendar, bucket, from: before, to: through, openStart: start, openBefore: before });
    }
    before = through;
    previous = end;
  }
  // After the last interval: no more open time, up to the end of the range.
  coverRow(previous, hi, hi, before);
}

/** A bundle deadline as the SQL counts it; `unknown` on a calendar that leaves something unstated. */
function deadlineOf(deadline: Deadline, calendars: ReadonlyMap<string, Calendar>): SqlDeadline {
  const strict = deadline.strict === true ? 1 : 0;
  const { amount, calendar } = deadline;
  if (calendar !== ALWAYS && calendars.get(calendar)!.unknown.length > 0) return { unit: "unknown", amount: 0, calendar, strict };
  switch (amount.unit) {
    case "minutes":
      return { unit: "ms", amount: amount.value * MINUTE_MS, calendar, strict };
    case "calendar_days":
      if (calendar !== ALWAYS) return { unit: "cdays", amount: amount.value, calendar, strict };
      return { unit: "ms", amount: amount.value * DAY_MS, calendar, strict };
    case "business_days":
    case "next_business_day": {
      const days = amount.unit === "next_business_day" ? 1 : amount.value;
      const minutes = calendars.get(calendar)!.businessDayMinutes;
      if (amount.unit === "business_days" && minutes !== null) return { unit: "ms", amount: days * minutes * MINUTE_MS, calendar, strict };
      return days === 0 ? { unit: "ms", amount: 0, calendar, strict } : { unit: "bdays", amount: days, calendar, strict };
    }
  }
}

/**
 * The target table: the bundle's rows, and rows for tickets that leave dimensions out
 * (keyed `-`) where every value the ticket's other dimensions allow gives every metric the
 * same target and applied severity — the runtime's completion (a channel's fixed or default
 * severity, tier–channel availability); where they differ the runtime requires the
 * dimension, and the SQL has no row.
 */
function targetsOf(bundle: Bundle, calendars: ReadonlyMap<string, Calendar>): SqlTarget[] {
  const out: SqlTarget[] = bundle.targets.map((row) => targetOf(row, row.severity, calendars));
  const keyed = new Map(bundle.targets.map((r) => [`${r.metric} ${r.tier} ${r.severity} ${r.channel}`, r]));
  const declared = (ids: readonly { id: string }[]) => (ids.length === 0 ? [ANY] : ids.map((x) => x.id));
  const tiers = declared(bundle.tiers.filter((t) => !t.addon));
  const channels = declared(bundle.channels);
  const severities = declared(bundle.severities);
  const channelOf = new Map(bundle.channels.map((c) => [c.id, c]));
  const tierOf = new Map(bundle.tiers.map((t) => [t.id, t]));
  const available = (tier: string, channel: string) => tier === ANY || channel === ANY || tierOf.get(tier)!.channels.includes(channel);
  const severitiesOn = (channel: string) => {
    const c = channelOf.get(channel);
    const only = c?.fixedSeverity ?? c?.defaultSeverity ?? null;
    return only === null ? severities : [only];
  };
  const rowsOf = (tier: string, severity: string, channel: string) => bundle.metrics.map((m) => keyed.get(`${m.id} ${tier} ${severity} ${channel}`));
  const signature = (rows: readonly (TargetRow | undefined)[]) => rows.map((r) => (r === undefined ? "-" : JSON.stringify([r.appliedSeverity, r.target]))).join("\n");
  // A dimension the policy declares may be left out (keyed `-`); one it does not is `*`.
  const options = (values: readonly string[]) => (values[0] === ANY ? [ANY] : [...values, LEFT_OUT]);
  for (const tier of options(tiers)) {
    for (const channel of options(channels)) {
      for (const severity of options(severities)) {
        if (tier !== LEFT_OUT && channel !== LEFT_OUT && severity !== LEFT_OUT) continue;
        let first: readonly (TargetRow | undefined)[] | null = null;
        let same = true;
        for (const t of tier === LEFT_OUT ? tiers : [tier]) {
          for (const c of channel === LEFT_OUT ? channels : [channel]) {
            if (!available(t, c)) continue;
            for (const v of severity === LEFT_OUT ? severitiesOn(c) : [severity]) {
              const rows = rowsOf(t, v, c);
              if (first === null) first = rows;
              else if (signature(rows) !== signature(first)) same = false;
            }
          }
        }
        if (first === null || !same) continue;
        for (const row of first) if (row !== undefined) out.push(targetOf({ ...row, tier, channel }, severity, calendars));
      }
    }
  }
  return out;
}

function targetOf(row: TargetRow, severity: string, calendars: ReadonlyMap<string, Calendar>): SqlTarget {
  const base = { metric: row.metric, tier: row.tier, severity, channel: row.channel, appliedSeverity: row.appliedSeverity ?? null, rule: row.rule ?? null };
  if (unknownTarget(row.target) !== null) return { ...base, target: "unknown", hoursCalendar: null, inHours: null, otherwise: null };
  const target = statedTarget(row.target);
  if (target === null) return { ...base, target: "none", hoursCalendar: null, inHours: null, otherwise: null };
  const hours = target.otherwise === null ? null : target.hoursCalendar;
  const hoursUnknown = hours !== null && calendars.get(hours)!.unknown.length > 0;
  const inHours = deadlineOf(target.deadline, calendars);
  return {
    ...base,
    target: "stated",
    hoursCalendar: hours,
    inHours: hoursUnknown ? { ...inHours, unit: "unknown" } : inHours,
    otherwise: hours === null || target.otherwise === null ? null : hoursUnknown ? { ...deadlineOf(target.otherwise, calendars), unit: "unknown" } : deadlineOf(target.otherwise, calendars),
  };
}

/** What of a bundle the SQL does not evaluate, in words naming it; null when it evaluates all of it. */
export function unsupportedIn(bundle: Bundle): string | null {
  const repeating = bundle.metrics.find((m) => (m.repeats ?? null) !== null);
  if (repeating !== undefined) return `metric \`${repeating.id}\` repeats (a cadence of cycles), which the SQL does not evaluate yet`;
  if (bundle.eligibility.length > 0) return "the policy has eligibility rules, which the SQL does not apply yet";
  const addon = bundle.tiers.find((t) => t.addon);
  if (addon !== undefined) return `tier \`${addon.id}\` is an add-on, which the SQL does not apply yet`;
  if (bundle.attributes.length > 0) return `the policy declares ticket attributes (\`${bundle.attributes[0]!.id}\`), which the SQL does not read yet`;
  const zoned = bundle.calendars.find((c) => c.ticketZone);
  if (zoned !== undefined) return `calendar \`${zoned.id}\` runs in the customer's zone, which the SQL does not evaluate yet`;
  return null;
}
