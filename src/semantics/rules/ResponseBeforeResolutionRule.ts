import { statedTarget } from "../../contract/targets.js";
import { ALWAYS, type BuiltinMetricId } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { describeCombination, describeRule } from "../describe.js";
import type { ResolvedDeadline, ResolvedRow, ResolvedTarget } from "../resolve.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** When a deadline of a target applies: always, or while / outside a calendar's open time. */
type Condition = { readonly kind: "always" } | { readonly kind: "inside" | "outside"; readonly calendar: string };

function variants(target: ResolvedTarget): [Condition, ResolvedDeadline][] {
  if (!target.otherwise || target.hoursCalendar === null) return [[{ kind: "always" }, target.deadline]];
  return [
    [{ kind: "inside", calendar: target.hoursCalendar }, target.deadline],
    [{ kind: "outside", calendar: target.hoursCalendar }, target.otherwise],
  ];
}

/** Whether one ticket can be under both conditions, as far as we can tell without running the calendars. */
function together(a: Condition, b: Condition): boolean {
  if (a.kind === "always" || b.kind === "always") return true;
  return a.calendar === b.calendar && a.kind === b.kind;
}

/** The number of days of an amount counted in whole days of a unit, if it is in that unit. */
function daysIn(deadline: ResolvedDeadline, unit: "business_days" | "calendar_days"): number | undefined {
  const amount = deadline.amount;
  return amount.unit === unit ? amount.value : undefined;
}

/**
 * True only when `a` is due after `b` for every start: equal units on the same calendar
 * (minutes, business days or calendar days), or minutes against minutes of `24x7` (open
 * minutes never pass faster than elapsed ones).
 */
function surelyLater(a: ResolvedDeadline, b: ResolvedDeadline): boolean {
  if (a.amount.unit === "minutes" && b.amount.unit === "minutes") {
    return (a.calendar === b.calendar || b.calendar === ALWAYS) && a.amount.value > b.amount.value;
  }
  for (const unit of ["business_days", "calendar_days"] as const) {
    const [days, daysB] = [daysIn(a, unit), daysIn(b, unit)];
    if (days !== undefined && daysB !== undefined) return a.calendar === b.calendar && days > daysB;
  }
  return false;
}

function slower(response: ResolvedTarget, resolution: ResolvedTarget): boolean {
  return variants(response).some(([when, a]) =>
    variants(resolution).some(([whenB, b]) => together(when, whenB) && surelyLater(a, b)),
  );
}

/** Whether two rows' attribute values can be one ticket's: equal wherever both name an attribute. */
function agree(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return Object.entries(a).every(([id, value]) => b[id] === undefined || b[id] === value);
}

/**
 * Response before resolution
 *
 * A policy is valid (without warnings) only if no first response is surely due after the
 * resolution of the same ticket; only comparisons that hold for every start are made.
 */
export function ResponseBeforeResolutionRule(context: ValidationContext): RuleVisitor {
  return {
    Policy: (policy) => {
      const reported = new Set<string>();
      const rows = context.resolutionOf(policy).rows;
      // Rows come grouped by (tier, severity, channel), each metric's rows together (one per
      // value of its attributes), so both metrics of a combination are found within its run of rows.
      let responses: ResolvedRow[] = [];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const previous = rows[i - 1];
        if (!previous || previous.tier !== row.tier || previous.severity !== row.severity || previous.channel !== row.channel) {
          responses = [];
        }
        if (row.metric === ("first_response" satisfies BuiltinMetricId)) responses.push(row);
        const resolution = statedTarget(row.target);
        if (row.metric !== ("resolution" satisfies BuiltinMetricId) || !resolution || !row.rule) continue;
        for (const response of responses) {
          const first = statedTarget(response.target);
          if (!first || !response.rule || !agree(response.attributes, row.attributes) || !slower(first, resolution)) continue;
          const pair = `${response.rule.range.start.offset}:${row.rule.range.start.offset}`;
          if (reported.has(pair)) continue;
          reported.add(pair);
          const combination = describeCombination({ ...row, attributes: { ...response.attributes, ...row.attributes }, severity: row.appliedSeverity });
          context.report(
            SemanticCodes.ResponseSlowerThanResolution,
            `first response \`${describeRule(response.rule)}\` is due after resolution \`${describeRule(row.rule)}\` for ${combination}`,
            response.rule.range,
            { related: [{ message: "the resolution target", range: row.rule.range }] },
          );
        }
      }
    },
  };
}
