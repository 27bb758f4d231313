/**
 * Time zones as the checks and the compiler read them: whether the engine knows a zone,
 * a zone's UTC offset at an instant, and the zone a calendar's wall clock is in. Intl is
 * asked rather than luxon, so that `slac check` loads no date library.
 */
import type { Calendar } from "../ast/nodes.js";

/**
 * Current IANA names that ICU (and so `Intl.supportedValuesOf`) still lists under an
 * older name, with that name. Only used to answer quickly: a name counts as known this
 * way only if the engine lists its older spelling.
 */
const renamed: Readonly<Record<string, string>> = {
  "Africa/Asmara": "Africa/Asmera",
  "America/Argentina/Buenos_Aires": "America/Buenos_Aires",
  "America/Argentina/Catamarca": "America/Catamarca",
  "America/Argentina/Cordoba": "America/Cordoba",
  "America/Argentina/Jujuy": "America/Jujuy",
  "America/Argentina/Mendoza": "America/Mendoza",
  "America/Atikokan": "America/Coral_Harbour",
  "America/Indiana/Indianapolis": "America/Indianapolis",
  "America/Kentucky/Louisville": "America/Louisville",
  "America/Nuuk": "America/Godthab",
  "Asia/Ho_Chi_Minh": "Asia/Saigon",
  "Asia/Kathmandu": "Asia/Katmandu",
  "Asia/Kolkata": "Asia/Calcutta",
  "Asia/Yangon": "Asia/Rangoon",
  "Atlantic/Faroe": "Atlantic/Faeroe",
  "Europe/Kyiv": "Europe/Kiev",
  "Pacific/Chuuk": "Pacific/Truk",
  "Pacific/Kanton": "Pacific/Enderbury",
  "Pacific/Pohnpei": "Pacific/Ponape",
};

let listed: ReadonlySet<string> | undefined;
const asked = new Map<string, boolean>();

/** The zone names the engine lists, for did-you-mean hints. */
export function listedZones(): readonly string[] {
  return Intl.supportedValuesOf("timeZone");
}

/**
 * True when the JavaScript engine knows the zone. The engine's list of zones answers most
 * names at once; any other name (an alias such as `US/Eastern`, `Etc/UTC`) is tried on
 * `Intl.DateTimeFormat`, whose first use costs about 15 ms of ICU setup.
 */
export function isKnownZone(zone: string): boolean {
  listed ??= new Set(listedZones());
  if (zone === "UTC" || listed.has(zone)) return true;
  const older = renamed[zone];
  if (older !== undefined && listed.has(older)) return true;
  let ok = asked.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    asked.set(zone, ok);
  }
  return ok;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of a known zone at an instant (epoch ms), in minutes east of UTC. */
export function zoneOffset(zone: string, at: number): number {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formats.set(zone, format);
  }
  const part = (type: string) => Number(format.formatToParts(at).find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * Instants that see a zone's offsets in both halves of the year: mid-January and mid-July
 * of a fixed year (a zone keeps one offset in each of those months).
 */
export const SEASONS: readonly number[] = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)];

/** The offsets a known zone has over the year (one or two), in minutes east of UTC. */
export function seasonalOffsets(zone: string): readonly number[] {
  return [...new Set(SEASONS.map((at) => zoneOffset(zone, at)))];
}

/** Where a calendar's wall clock is: a fixed zone, the ticket's (with a default or not), not stated, or not given at all. */
export type CalendarZone =
  | { readonly kind: "fixed"; readonly zone: string }
  | { readonly kind: "customer"; readonly default: string | null }
  | { readonly kind: "unknown"; readonly reason: string }
  | { readonly kind: "missing" };

/** The zone of a calendar, from its first `zone` item. */
export function calendarZone(calendar: Calendar): CalendarZone {
  for (const item of calendar.items) {
    if (item.kind === "Zone") return { kind: "fixed", zone: item.zone.value };
    if (item.kind === "CustomerZone") return { kind: "customer", default: item.default?.value ?? null };
    if (item.kind === "UnknownZone") return { kind: "unknown", reason: item.reason.value };
  }
  return { kind: "missing" };
}
