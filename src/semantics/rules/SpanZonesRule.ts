import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { spanZones } from "../windows.js";
import { calendarZone } from "../zones.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/**
 * Span zones
 *
 * A span that names a zone at one end is valid only if its other end has a zone too: its
 * own, or the calendar's. A calendar in the customer's zone, or in a zone the source does
 * not state, has no zone of its own to lend, so such a span names both.
 */
export function SpanZonesRule(context: ValidationContext): RuleVisitor {
  return {
    Calendar: (calendar) => {
      const zone = calendarZone(calendar);
      // A calendar without a zone is RequiredZoneRule's.
      if (zone.kind !== "customer" && zone.kind !== "unknown") return;
      const whose = zone.kind === "customer" ? "is the customer's" : "is not stated";
      for (const item of calendar.items) {
        if (item.kind !== "OpenSpan" || spanZones(item, zone) !== "unzoned") continue;
        const missing = item.fromZone === undefined ? "start" : "end";
        context.report(SemanticCodes.UnzonedSpanEnd, `the ${missing} of this span names no zone, and the zone of calendar \`${calendar.id.value}\` ${whose}`, item.range, {
          hint: "name the zones of both ends, as in `open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles`",
        });
      }
    },
  };
}
