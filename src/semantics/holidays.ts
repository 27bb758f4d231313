/**
 * The public holidays of countries and their subdivisions, from the date-holidays package:
 * which regions it knows, and a region's holidays in a year, as local dates with English
 * names. date-holidays is CommonJS and costs about 80 ms to load, so it is loaded on first
 * use, when a policy names holidays, and never by a policy that does not.
 *
 * What date-holidays gives does not depend on the machine: without a time zone it reckons
 * every holiday in its country's own zone, and only its local dates are read here.
 */
import { createRequire } from "node:module";
import { HOLIDAY_TYPES, type HolidayType } from "../contract/vocabulary.js";

/** The part of date-holidays' `Holidays` class read here. */
interface HolidaysApi {
  getCountries(language?: string): Readonly<Record<string, string>> | undefined;
  getStates(country: string, language?: string): Readonly<Record<string, string>> | undefined;
  getHolidays(year: number): readonly {
    readonly date: string;
    readonly start: Date;
    readonly end: Date;
    readonly name: string;
    readonly type: string;
    readonly substitute?: boolean;
  }[];
}

type HolidaysClass = new (...args: unknown[]) => HolidaysApi;

interface Loaded {
  readonly Holidays: HolidaysClass;
  /** `date-holidays@<version>`. */
  readonly data: string;
  readonly countries: Readonly<Record<string, string>>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded === undefined) {
    // Not named `require`, so that a bundler leaves the call as it is.
    const requireModule = createRequire(import.meta.url);
    const Holidays = requireModule("date-holidays") as HolidaysClass;
    const { version } = requireModule("date-holidays/package.json") as { version: string };
    loaded = { Holidays, data: `date-holidays@${version}`, countries: new Holidays().getCountries("en") ?? {} };
  }
  return loaded;
}

/** The data the holidays come from, as bundles record it: `date-holidays@<version>`. */
export function holidayData(): string {
  return load().data;
}

/** The countries date-holidays knows: ISO 3166 code → English name. */
export function holidayCountries(): Readonly<Record<string, string>> {
  return load().countries;
}

const states = new Map<string, Readonly<Record<string, string>>>();

/** The subdivisions date-holidays knows in a known country: code → name (as date-holidays spells it). */
export function holidaySubdivisions(country: string): Readonly<Record<string, string>> {
  let known = states.get(country);
  if (known === undefined) {
    const { Holidays } = load();
    known = new Holidays().getStates(country, "en") ?? {};
    states.set(country, known);
  }
  return known;
}

/** One holiday on one local date. */
export interface Holiday {
  /** `YYYY-MM-DD`, the local date. */
  readonly date: string;
  /** The English name (or date-holidays' own where it has none in English). */
  readonly name: string;
  /** The holiday's own name for `except` and `only`: a substitute day goes by its holiday's. */
  readonly holiday: string;
  readonly type: HolidayType;
}

const instances = new Map<string, HolidaysApi>();
const byYear = new Map<string, readonly Holiday[]>();

const DAY_MS = 86_400_000;
const SUBSTITUTE = " (substitute day)";

function isHolidayType(type: string): type is HolidayType {
  return (HOLIDAY_TYPES as readonly string[]).includes(type);
}

/** The local date `days` after a `YYYY-MM-DD` date. */
function addDays(date: string, days: number): string {
  if (days === 0) return date;
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The holidays of some types of a known country (or of a known subdivision of it) in a
 * year, in date-holidays' order. The time of day a holiday starts at is left out (a
 * half-day holiday closes its whole date); one that lasts several days is on each of its
 * dates. date-holidays is asked for those types only, which is several times faster than
 * asking for all of them and gives the same holidays.
 */
export function holidaysIn(country: string, subdivision: string | undefined, types: readonly HolidayType[], year: number): readonly Holiday[] {
  const region = subdivision === undefined ? country : `${country}-${subdivision}`;
  const asked = `${region} ${types.join(",")}`;
  const key = `${asked} ${year}`;
  let found = byYear.get(key);
  if (found !== undefined) return found;
  let instance = instances.get(asked);
  if (instance === undefined) {
    const { Holidays } = load();
    const options = { languages: ["en"], types: [...types] };
    instance = subdivision === undefined ? new Holidays(country, options) : new Holidays(country, subdivision, options);
    instances.set(asked, instance);
  }
  const holidays: Holiday[] = [];
  for (const entry of instance.getHolidays(year)) {
    if (!isHolidayType(entry.type) || !types.includes(entry.type)) continue;
    const date = entry.date.slice(0, 10);
    const holiday = entry.substitute === true && entry.name.endsWith(SUBSTITUTE) ? entry.name.slice(0, -SUBSTITUTE.length) : entry.name;
    // Durations are whole days give or take a DST hour, or part of one day.
    const days = Math.max(1, Math.round((entry.end.getTime() - entry.start.getTime()) / DAY_MS));
    for (let day = 0; day < days; day++) holidays.push({ date: addDays(date, day), name: entry.name, holiday, type: entry.type });
  }
  byYear.set(key, (found = holidays));
  return found;
}
