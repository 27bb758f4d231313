import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

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

/**
 * True when the JavaScript engine knows the zone. Intl is asked rather than luxon so that
 * `slac check` loads no date library. The engine's list of zones answers most names at
 * once; any other name (an alias such as `US/Eastern`, `Etc/UTC`) is tried on
 * `Intl.DateTimeFormat`, whose first use costs about 15 ms of ICU setup.
 */
export function isKnownZone(zone: string): boolean {
  listed ??= new Set(Intl.supportedValuesOf("timeZone"));
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

/**
 * Known zone
 *
 * A calendar is valid only if its zone is a time zone name the IANA database knows.
 */
export function KnownZoneRule(context: ValidationContext): RuleVisitor {
  return {
    Zone: (node) => {
      const zone = node.zone.value;
      if (isKnownZone(zone)) return;
      const hint = didYouMean(zone, Intl.supportedValuesOf("timeZone"));
      context.report(SemanticCodes.UnknownZone, `unknown time zone \`${zone}\``, node.zone.range, {
        hint: hint ?? "use an IANA zone name such as `Europe/Berlin` or `UTC`",
      });
    },
  };
}
