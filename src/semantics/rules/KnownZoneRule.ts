import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import type { RuleVisitor } from "../visitor.js";

const known = new Map<string, boolean>();

/**
 * True when the JavaScript engine knows the zone. Intl is asked rather than luxon so that
 * `slac check` loads no date library; it also accepts aliases such as `US/Eastern`.
 */
export function isKnownZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
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
