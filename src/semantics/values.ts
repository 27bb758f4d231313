/**
 * Meanings of the words and values checks validate and the bundle compiler normalizes:
 * the month, weekday and ordinal words of closed-date rules, durations, source positions
 * and language tags. Dates, times and instants are civil time's (src/civil/).
 */
import type { NthWeekday } from "../contract/vocabulary.js";

/** Month words, `jan` = 1. */
export const MONTH_WORDS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Weekday words, ISO order: `mon` = 1. */
export const WEEKDAY_WORDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Ordinal words of `every <ordinal> <weekday> of <month>` and their `nth` (-1: last). */
export const ORDINAL_WORDS: ReadonlyMap<string, NthWeekday> = new Map<string, NthWeekday>([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["last", -1],
]);

/** The 1-based month of a month word, or undefined. */
export function monthNumber(word: string): number | undefined {
  const index = (MONTH_WORDS as readonly string[]).indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** The ISO weekday of a weekday word, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const index = (WEEKDAY_WORDS as readonly string[]).indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** A number of minutes as a duration in hours and minutes, never days: 1440 is `24h`, 2190 is `36h30m`. */
export function formatHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

/** A source position as `line:column`, the form bundles use to point at rules and tests. */
export function lineColumn(range: { readonly start: { readonly line: number; readonly column: number } }): string {
  return `${range.start.line}:${range.start.column}`;
}

const canonicalTags = new Map<string, string | null>();

/**
 * The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or undefined when it is not well
 * formed. Cached: Intl.getCanonicalLocales is slow and a policy set repeats few tags.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
    canonicalTags.set(tag, canonical);
  }
  return canonical ?? undefined;
}
