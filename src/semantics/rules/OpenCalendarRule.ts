import type { DeadlineSpec, DeadlineValue } from "../../ast/nodes.js";
import type { Deadline } from "../../contract/bundle.js";
import { statedTarget } from "../../contract/targets.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeDeadline, describeTarget } from "../describe.js";
import { hoursOf, isNeverOpen } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** Where a target needs a calendar's open time: to count a deadline, or to tell inside from outside hours. */
interface Use {
  readonly node: DeadlineSpec | DeadlineValue;
  readonly calendar: string;
  readonly tier: string;
}

/**
 * Open calendars
 *
 * A target is valid only if every calendar whose open time it needs has at least one
 * `open` window: the calendar a deadline counts open time on (written, a team's `hours`,
 * or the business calendar of a tier) and the calendar an `otherwise` tells inside from
 * outside hours by. A calendar with no open time makes the runtime fail on every ticket
 * (SLA4008). Calendar days need only the calendar's zone, and a calendar whose hours are
 * `unknown` is not stated rather than never open (the runtime answers `unknown`). Each
 * calendar is reported once per metric, at the first deadline of its targets that needs
 * it; a calendar no target needs is not reported.
 */
export function OpenCalendarRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const symbols = context.symbols;
      const neverOpen = (id: string): boolean => {
        const calendar = symbols.calendars.get(id);
        return calendar !== undefined && isNeverOpen(calendar);
      };
      const countsOpenTime = (deadline: Deadline): boolean => deadline.amount.unit !== "calendar_days";
      // The first use of each never-open calendar by each metric, in source order; a
      // deadline wins over its own target's hours calendar, which starts at the same place.
      const firstUse = new Map<string, Use>();
      const use = (metric: string, next: Use): void => {
        if (!neverOpen(next.calendar)) return;
        const key = `${metric}\0${next.calendar}`;
        const seen = firstUse.get(key);
        if (seen) {
          const before = seen.node.range.start.offset - next.node.range.start.offset;
          if (before < 0 || (before === 0 && (seen.node.kind === "DeadlineSpec" || next.node.kind !== "DeadlineSpec"))) return;
        }
        firstUse.set(key, next);
      };
      for (const row of context.resolutionOf(policy).rows) {
        const { rule, tier, metric } = row;
        const target = statedTarget(row.target);
        if (!target || !rule || rule.value.kind !== "DeadlineValue") continue;
        const value = rule.value;
        if (countsOpenTime(target.deadline)) use(metric, { node: value.inside, calendar: target.deadline.calendar, tier });
        if (value.otherwise && target.otherwise && countsOpenTime(target.otherwise)) {
          use(metric, { node: value.otherwise, calendar: target.otherwise.calendar, tier });
        }
        // A coverage's fallback: the same deadline on the fallback's calendar.
        if (!value.otherwise && target.otherwise && countsOpenTime(target.otherwise)) {
          use(metric, { node: value.inside, calendar: target.otherwise.calendar, tier });
        }
        if (target.hoursCalendar !== null) use(metric, { node: value, calendar: target.hoursCalendar, tier });
      }
      const uses = [...firstUse.values()].sort((a, b) => a.node.range.start.offset - b.node.range.start.offset);
      for (const { node, calendar, tier } of uses) {
        const message =
          node.kind === "DeadlineSpec"
            ? `\`${describeDeadline(node)}\` runs on calendar \`${calendar}\`, which is never open`
            : `\`${describeTarget(node)}\` tells inside from outside hours by calendar \`${calendar}\`, which is never open`;
        context.report(SemanticCodes.NeverOpenCalendar, message, node.range, {
          hint: hintFor(context, node, calendar, tier),
          related: [{ message: "the calendar, which has no `open` window", range: symbols.calendars.get(calendar)!.id.range }],
        });
      }
    },
  };
}

/** The fix, saying how the target reached the calendar when it does not name it. */
function hintFor(context: ValidationContext, node: DeadlineSpec | DeadlineValue, calendar: string, tier: string): string {
  const symbols = context.symbols;
  const add = `add \`open\` windows to calendar \`${calendar}\``;
  if (node.kind === "DeadlineValue") return `the \`otherwise\` deadline would always apply; ${add}`;
  const clock = node.clock;
  if (clock?.kind === "ClockOn") {
    const id = clock.target.value;
    if (symbols.calendars.has(id)) return `${add}, or run the deadline on another clock`;
    return `team \`${id}\` works on calendar \`${calendar}\`; ${add}, or give the team other \`hours\``;
  }
  const tierDecl = symbols.tiers.get(tier);
  if (tierDecl && hoursOf(tierDecl, symbols) === calendar) {
    return `the business clock of tier \`${tier}\` is calendar \`${calendar}\`; ${add}, or give the tier other \`hours\``;
  }
  return `the business clock is calendar \`${calendar}\`; ${add}, or name another with \`business_hours\``;
}
