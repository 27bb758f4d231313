import type { Name } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { didYouMean } from "../suggest.js";
import { isKnownZone, listedZones } from "../zones.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Known zone
 *
 * A zone is valid only if it is a time zone name the IANA database knows: a calendar's
 * zone, the default of a calendar in the customer's zone, a zone at an end of a span, the
 * zone of a test's ticket, and the zone of the fiscal year.
 */
export function KnownZoneRule(context: ValidationContext): RuleVisitor {
  const check = (name: Name | undefined): void => {
    if (name === undefined || isKnownZone(name.value)) return;
    context.report(SemanticCodes.UnknownZone, `unknown time zone \`${name.value}\``, name.range, {
      hint: didYouMean(name.value, listedZones()) ?? "use an IANA zone name such as `Europe/Berlin` or `UTC`",
    });
  };
  return {
    Zone: (node) => check(node.zone),
    CustomerZone: (node) => check(node.default),
    OpenSpan: (node) => {
      check(node.fromZone);
      check(node.toZone);
    },
    TestZone: (node) => check(node.zone),
    FiscalYear: (node) => check(node.zone),
  };
}
