import type { OpenSpan } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { formatHours } from "../values.js";
import { DAY, WEEK, describeOpen, singleDay, spanEnds, spanZones } from "../windows.js";
import { calendarZone, isKnownZone, seasonalOffsets } from "../zones.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** A length of open time as days and hours: `4d22h`, `30m`. */
function describeLength(minutes: number): string {
  const days = Math.floor(minutes / DAY);
  const rest = minutes % DAY;
  return days === 0 ? formatHours(rest) : rest === 0 ? `${days}d` : `${days}d${formatHours(rest)}`;
}

/**
 * How long a span across zones is open for each pair of its zones' offsets over the year:
 * from its start to the first instant after it at which its end zone's clock reads its end.
 * Undefined when a zone is unknown (KnownZoneRule reports it).
 */
function zonedLengths(span: OpenSpan, zones: { readonly startZone: string; readonly endZone: string }): number[] | undefined {
  const ends = spanEnds(span);
  if (ends === undefined || !isKnownZone(zones.startZone) || !isKnownZone(zones.endZone)) return undefined;
  const lengths: number[] = [];
  for (const startOffset of seasonalOffsets(zones.startZone)) {
    for (const endOffset of seasonalOffsets(zones.endZone)) {
      lengths.push((((ends.end - endOffset - (ends.start - startOffset)) % WEEK) + WEEK) % WEEK);
    }
  }
  return lengths;
}

/**
 * Valid windows
 *
 * A span `open <day> <time> - <day> <time>` is valid only if each end names exactly one
 * day and it ends somewhere other than where it starts: an empty span is a mistake, and a
 * whole week is written `open daily 00:00 - 24:00`. A span whose ends are in different
 * zones must be shorter than a week whatever the offsets of its zones, and keep its shape
 * when their clocks change: an end that passes its start in some season is a mistake.
 */
export function ValidWindowsRule(context: ValidationContext): RuleVisitor {
  return {
    OpenSpan: (node, ancestors) => {
      const fromDay = singleDay(node.fromDay);
      const toDay = singleDay(node.toDay);
      for (const [set, day] of [
        [node.fromDay, fromDay],
        [node.toDay, toDay],
      ] as const) {
        if (day !== undefined) continue;
        context.report(SemanticCodes.InvalidWindow, "a span starts and ends on one day each", set.range, {
          hint: "for the same hours on several days write `open mon-fri 09:00 - 17:00`",
        });
      }
      const calendar = ancestors.at(-1);
      const zones = calendar?.kind === "Calendar" ? spanZones(node, calendarZone(calendar)) : "window";
      if (typeof zones !== "string") {
        const lengths = zonedLengths(node, zones);
        if (lengths === undefined) return;
        const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
        if (shortest === 0) {
          context.report(SemanticCodes.InvalidWindow, `the span \`${describeOpen(node)}\` ends where it starts in some seasons`, node.range, {
            hint: "a span across zones is shorter than a week in every season; move one of its ends",
          });
        } else if (longest - shortest > WEEK / 2) {
          context.report(
            SemanticCodes.InvalidWindow,
            `the span \`${describeOpen(node)}\` is open ${describeLength(shortest)} in some seasons and ${describeLength(longest)} in others`,
            node.range,
            { hint: "its end passes its start when the clocks of its zones change; move one of its ends" },
          );
        }
        return;
      }
      if (zones === "window" && fromDay !== undefined && fromDay === toDay && node.from.minutes === node.to.minutes) {
        context.report(SemanticCodes.InvalidWindow, `the span \`${describeOpen(node)}\` is empty`, node.range, {
          hint: "a span that never closes is written `open daily 00:00 - 24:00`",
        });
      }
    },
  };
}
