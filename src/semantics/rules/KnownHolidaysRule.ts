import { HOLIDAY_TYPES } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { type HolidaySetReading, calendarHolidays, isRegion, readRegion, unknownHolidayNames } from "../holiday-sets.js";
import { holidayCountries } from "../holidays.js";
import { alternatives, closestName, closestNames, didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** How many names a hint lists before it stops. */
const LISTED = 12;

/** Names as a hint lists them: at most LISTED, then `…`. */
function listed(names: readonly string[]): string {
  return names.length <= LISTED ? quotedList(names, "and") : `${names.slice(0, LISTED).map((n) => `\`${n}\``).join(", ")}, …`;
}

/** Codes people write for a country that ISO 3166 codes otherwise. */
const ALIASES: Readonly<Record<string, string>> = { UK: "GB", EL: "GR" };

/**
 * Known holidays
 *
 * A holiday set is valid only if date-holidays knows its region (an ISO 3166 country code,
 * optionally a subdivision after a hyphen: `US`, `DE-NW`), its types are holiday types, and
 * every name its `except` and `only` list is the English name of one of its holidays, in
 * any case, of the types it keeps in the years it covers.
 */
export function KnownHolidaysRule(context: ValidationContext): RuleVisitor {
  const checkRegion = (set: HolidaySetReading): boolean => {
    const region = set.region;
    if (isRegion(region)) return true;
    const code = set.node.region.value;
    // A code in lower case is the likeliest slip; its capitals are the code.
    const upper = code.toUpperCase();
    const [country = "", ...subdivision] = upper.split("-");
    const alias = ALIASES[country] === undefined ? undefined : [ALIASES[country], ...subdivision].join("-");
    const hint =
      alias !== undefined
        ? `did you mean \`${alias}\`? \`${ALIASES[country]}\` is the ISO 3166 code of ${holidayCountries()[ALIASES[country]!] ?? "that country"}`
        : upper !== code && isRegion(readRegion(upper))
          ? `did you mean \`${upper}\`?`
          : (didYouMean(code, region.options) ??
            (code.includes("-")
              ? `its subdivisions are ${listed(region.options)}`
              : "write an ISO 3166 country code such as `US`, with a subdivision after a hyphen as in `DE-NW`"));
    context.report(SemanticCodes.UnknownHolidayRegion, `${region.message} in \`holidays ${code}\``, set.node.region.range, { hint });
    return false;
  };
  const checkTypes = (set: HolidaySetReading): boolean => {
    for (const word of set.unknownTypes) {
      context.report(SemanticCodes.UnknownHolidayType, `unknown holiday type \`${word.value}\``, word.range, {
        hint: didYouMean(word.value, HOLIDAY_TYPES) ?? `write ${alternatives(HOLIDAY_TYPES)}`,
      });
    }
    return set.unknownTypes.length === 0;
  };
  const checkNames = (set: HolidaySetReading): void => {
    const region = set.region;
    if (!isRegion(region) || set.years === undefined) return;
    const kept = quotedList(set.types, "and");
    for (const { name, otherTypes, names } of unknownHolidayNames(set)) {
      const years = `${set.years.from}–${set.years.to}`;
      if (otherTypes.length > 0) {
        context.report(
          SemanticCodes.UnknownHolidayName,
          `\`${name.value}\` is a ${otherTypes.join(" or ")} holiday in ${region.name}, and the set keeps ${kept} holidays only`,
          name.range,
          { hint: `keep its type too, \`types ${[...set.types, otherTypes[0]!].join(", ")}\`, or leave the name out` },
        );
        continue;
      }
      const lower = name.value.toLowerCase();
      const near = closestName(name.value, names) ?? names.find((other) => other.toLowerCase().includes(lower));
      context.report(SemanticCodes.UnknownHolidayName, `no ${kept} holiday \`${name.value}\` in ${region.name} in ${years}`, name.range, {
        hint:
          near !== undefined
            ? `did you mean \`${near}\`?`
            : names.length > 0
              ? `its holidays, closest first, are ${listed(closestNames(name.value, names, names.length))}`
              : `the set has no ${kept} holidays`,
      });
    }
  };
  return {
    Calendar: (calendar) => {
      if (!calendar.items.some((item) => item.kind === "Holidays")) return;
      for (const set of calendarHolidays(calendar).sets) {
        const region = checkRegion(set);
        if (checkTypes(set) && region) checkNames(set);
      }
    },
  };
}
