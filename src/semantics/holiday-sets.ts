/**
 * A calendar's holiday sets as the checks and the compiler read them: the region each
 * `holidays` item names, the types it keeps, the names it leaves out or keeps, the years it
 * covers, and the calendar's horizon, the years all its sets cover. Read once per calendar
 * and shared: the checks report what is wrong, the compiler writes the dates.
 */
import type { Calendar, Holidays, Name, Text } from "../ast/nodes.js";
import { DEFAULT_HOLIDAY_YEARS, HOLIDAY_TYPES, type HolidayType } from "../contract/vocabulary.js";
import { type Holiday, holidayCountries, holidaysIn, holidaySubdivisions } from "./holidays.js";
import { allOf, firstOf } from "./symbols.js";

/** The earliest and latest years a holiday set may cover, and how many at most. */
export const HOLIDAY_YEAR_LIMITS = { earliest: 1900, latest: 2199, span: 100 } as const;

/** A region date-holidays knows. */
export interface HolidayRegion {
  readonly code: string;
  readonly country: string;
  readonly subdivision: string | undefined;
  /** `Nordrhein-Westfalen, Germany`: date-holidays' names, the subdivision's first. */
  readonly name: string;
}

/** Why a region code names no region date-holidays knows. */
export interface RegionProblem {
  readonly message: string;
  /** The codes the hint offers, closest first. */
  readonly options: readonly string[];
}

/** One `holidays` item, read. */
export interface HolidaySetReading {
  readonly node: Holidays;
  readonly region: HolidayRegion | RegionProblem;
  /** The known types kept, in HOLIDAY_TYPES order (`public` when the item names none). */
  readonly types: readonly HolidayType[];
  /** The type words that are no type. */
  readonly unknownTypes: readonly Name[];
  readonly except: readonly Text[];
  readonly only: readonly Text[];
  /** The years it covers, as written or by default; undefined when `years` is not a valid span (HolidayYearsRule). */
  readonly years: { readonly from: number; readonly to: number } | undefined;
}

/** A calendar's holiday sets and the years they all cover. */
export interface CalendarHolidays {
  readonly sets: readonly HolidaySetReading[];
  /**
   * The years every set covers; null without sets, when a set's years are invalid, or when
   * two sets share no year (`disjoint` then names them).
   */
  readonly horizon: { readonly from: number; readonly to: number } | null;
  readonly disjoint: readonly [HolidaySetReading, HolidaySetReading] | undefined;
}

/** The region a code names: `US`, `DE-NW`. */
export function readRegion(code: string): HolidayRegion | RegionProblem {
  const countries = holidayCountries();
  const [country = "", subdivision, ...rest] = code.split("-");
  if (!Object.hasOwn(countries, country)) {
    return { message: `unknown country \`${country}\``, options: Object.keys(countries) };
  }
  const countryName = countries[country]!;
  if (subdivision === undefined) return { code, country, subdivision, name: countryName };
  const subdivisions = holidaySubdivisions(country);
  if (rest.length > 0 || !Object.hasOwn(subdivisions, subdivision) || !/^[A-Z0-9]{1,3}$/.test(subdivision)) {
    const known = Object.keys(subdivisions)
      .filter((s) => /^[A-Z0-9]{1,3}$/.test(s))
      .sort();
    return {
      message: `unknown subdivision \`${code.slice(country.length + 1)}\` of ${countryName}`,
      options: known.map((s) => `${country}-${s}`),
    };
  }
  return { code, country, subdivision, name: `${subdivisions[subdivision]!}, ${countryName}` };
}

/** Whether a region reading is a region, not a problem. */
export function isRegion(region: HolidayRegion | RegionProblem): region is HolidayRegion {
  return "code" in region;
}

function isHolidayType(word: string): word is HolidayType {
  return (HOLIDAY_TYPES as readonly string[]).includes(word);
}

function readYears(node: Holidays): HolidaySetReading["years"] {
  const years = firstOf(node.items, "HolidayYears");
  if (years === undefined) return DEFAULT_HOLIDAY_YEARS;
  const [from, to] = [years.from.value, years.to.value];
  const { earliest, latest, span } = HOLIDAY_YEAR_LIMITS;
  const valid = Number.isInteger(from) && Number.isInteger(to) && earliest <= from && from <= to && to <= latest && to - from < span;
  return valid ? { from, to } : undefined;
}

function readSet(node: Holidays): HolidaySetReading {
  const typeWords = firstOf(node.items, "HolidayTypes")?.types;
  const unknownTypes = (typeWords ?? []).filter((word) => !isHolidayType(word.value));
  const named = new Set((typeWords ?? []).map((word) => word.value));
  const types = typeWords === undefined ? (["public"] as const) : HOLIDAY_TYPES.filter((type) => named.has(type));
  return {
    node,
    region: readRegion(node.region.value),
    types,
    unknownTypes,
    except: firstOf(node.items, "HolidayExcept")?.names ?? [],
    only: firstOf(node.items, "HolidayOnly")?.names ?? [],
    years: readYears(node),
  };
}

const readings = new WeakMap<Calendar, CalendarHolidays>();

/** The holiday sets of a calendar, read once. Loads date-holidays only when the calendar has a set. */
export function calendarHolidays(calendar: Calendar): CalendarHolidays {
  let reading = readings.get(calendar);
  if (reading !== undefined) return reading;
  const sets = allOf(calendar.items, "Holidays").map(readSet);
  let horizon: CalendarHolidays["horizon"] = null;
  let disjoint: CalendarHolidays["disjoint"];
  let valid = sets.length > 0;
  for (const set of sets) {
    if (set.years === undefined) {
      valid = false;
      continue;
    }
    if (horizon === null) {
      horizon = set.years;
      continue;
    }
    const from = Math.max(horizon.from, set.years.from);
    const to = Math.min(horizon.to, set.years.to);
    if (from > to) {
      disjoint ??= [sets.find((s) => s.years !== undefined)!, set];
      valid = false;
    } else horizon = { from, to };
  }
  reading = { sets, horizon: valid ? horizon : null, disjoint };
  readings.set(calendar, reading);
  return reading;
}

/** The name of a holiday for matching: compared without case. */
const key = (name: string) => name.toLocaleLowerCase("en");

/**
 * The holidays of a set's region and kept types, in the given years (every type when
 * `allTypes`), before `except` and `only`.
 */
export function holidaysOfSet(set: HolidaySetReading, years: { readonly from: number; readonly to: number }, allTypes = false): Holiday[] {
  const region = set.region;
  if (!isRegion(region) || set.types.length === 0) return [];
  const types = allTypes ? HOLIDAY_TYPES : set.types;
  const found: Holiday[] = [];
  for (let year = years.from; year <= years.to; year++) found.push(...holidaysIn(region.country, region.subdivision, types, year));
  return found;
}

/** A name `except` or `only` lists that no holiday of the set has, with what the hint offers. */
export interface UnknownHolidayName {
  readonly name: Text;
  /** The types of the region's holidays of that name that the set does not keep, if any. */
  readonly otherTypes: readonly HolidayType[];
  /** Names of the set's holidays, closest first (the hint's choice). */
  readonly names: readonly string[];
}

/** The names a set's `except` and `only` list that none of its holidays (kept types, its years) has. */
export function unknownHolidayNames(set: HolidaySetReading): UnknownHolidayName[] {
  if (set.years === undefined || !isRegion(set.region) || (set.except.length === 0 && set.only.length === 0)) return [];
  const kept = holidaysOfSet(set, set.years);
  const keptNames = new Set(kept.map((h) => key(h.holiday)));
  const missing = [...set.except, ...set.only].filter((name) => !keptNames.has(key(name.value)));
  if (missing.length === 0) return [];
  // Only for the hint: holidays of the types the set does not keep.
  const all = holidaysOfSet(set, set.years, true);
  const names = [...new Set(kept.map((h) => h.holiday))];
  return missing.map((name) => ({
    name,
    otherTypes: HOLIDAY_TYPES.filter((type) => !set.types.includes(type) && all.some((h) => h.type === type && key(h.holiday) === key(name.value))),
    names,
  }));
}

/**
 * The closed dates of a set over the calendar's horizon, sorted, each date once: the names
 * of holidays on one date in alphabetical order joined by ` / `.
 */
export function holidayDates(set: HolidaySetReading, horizon: { readonly from: number; readonly to: number }): { date: string; name: string }[] {
  const except = new Set(set.except.map((name) => key(name.value)));
  const only = new Set(set.only.map((name) => key(name.value)));
  const byDate = new Map<string, string[]>();
  const [first, last] = [`${horizon.from}-01-01`, `${horizon.to}-12-31`];
  // The year before too, for a holiday of several days that runs into the first year.
  for (const holiday of holidaysOfSet(set, { from: horizon.from - 1, to: horizon.to })) {
    if (holiday.date < first || holiday.date > last) continue;
    const name = key(holiday.holiday);
    if (except.has(name) || (only.size > 0 && !only.has(name))) continue;
    const names = byDate.get(holiday.date);
    if (names === undefined) byDate.set(holiday.date, [holiday.name]);
    else if (!names.includes(holiday.name)) names.push(holiday.name);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byDate.entries()].sort(([a], [b]) => order(a, b)).map(([date, names]) => ({ date, name: names.sort(order).join(" / ") }));
}
