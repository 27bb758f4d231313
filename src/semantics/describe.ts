/**
 * Policy fragments written back as source text for messages, so that a diagnostic quotes
 * what the author wrote (`4h business`) rather than an internal form.
 */
import type { Clock24x7, ClockOn, CoverageRule, DeadlineSpec, EligibilityRule, TargetRule, TargetValue } from "../ast/nodes.js";
import { ANY } from "../contract/vocabulary.js";
import type { Combination } from "./resolve.js";

/** A deadline's amount and clock: `4h business`, `next business day on tech`, `15m 24x7`. */
export function describeDeadline(spec: DeadlineSpec): string {
  const amount = spec.amount;
  const days = (unit: string, n: { readonly text: string; readonly value: number }) => `${n.text} ${unit} ${n.value === 1 ? "day" : "days"}`;
  const text =
    amount.kind === "AmountDuration"
      ? amount.duration.text
      : amount.kind === "AmountNextBusinessDay"
        ? "next business day"
        : amount.kind === "AmountCalendarDays"
          ? days("calendar", amount.days)
          : days("business", amount.days);
  const amountText = spec.strict ? `under ${text}` : text;
  const clock = spec.clock;
  if (!clock) return amountText;
  if (clock.kind === "Clock24x7") return `${amountText} 24x7`;
  if (clock.kind === "ClockBusiness") return `${amountText} business`;
  return `${amountText} on ${clock.target.value}`;
}

/** A target: `none`, `unknown "…"`, or a deadline with its `otherwise`. */
export function describeTarget(value: TargetValue): string {
  if (value.kind === "NoTarget") return "none";
  if (value.kind === "UnknownTarget") return `unknown ${JSON.stringify(value.reason.value)}`;
  const inside = describeDeadline(value.inside);
  return value.otherwise ? `${inside}, otherwise ${describeDeadline(value.otherwise)}` : inside;
}

/** A rule as written, with its severities: `critical, high 1h`. */
export function describeRule(rule: TargetRule): string {
  const severities = rule.severities.map((s) => s.value).join(", ");
  return severities ? `${severities} ${describeTarget(rule.value)}` : describeTarget(rule.value);
}

/** A coverage rule as written: `urgent on japan_hours otherwise 24x7`. */
export function describeCoverage(rule: CoverageRule): string {
  const clock = (c: Clock24x7 | ClockOn) => (c.kind === "Clock24x7" ? "24x7" : `on ${c.target.value}`);
  const severities = rule.severities.map((s) => s.value).join(", ");
  const value = rule.otherwise ? `${clock(rule.calendar)} otherwise ${clock(rule.otherwise)}` : clock(rule.calendar);
  return severities ? `${severities} ${value}` : value;
}

/** An eligibility rule as written: `p1 only channel phone otherwise reject`. */
export function describeEligibility(rule: EligibilityRule): string {
  const conditions = rule.conditions
    .map((c) => `${c.dimension === "attribute" ? c.attribute!.value : c.dimension} ${c.values.map((v) => v.value).join(", ")}`)
    .join(" ");
  const outcome = rule.otherwise.kind === "Reject" ? "reject" : `reclassify ${rule.otherwise.severity.value}`;
  return `${rule.severities.map((s) => s.value).join(", ")} ${rule.mode} ${conditions} otherwise ${outcome}`;
}

/** A combination in words, leaving out dimensions the policy does not declare. */
export function describeCombination(combination: Combination): string {
  const parts: string[] = [];
  if (combination.tier !== ANY) parts.push(`tier \`${combination.tier}\``);
  if (combination.severity !== ANY) parts.push(`severity \`${combination.severity}\``);
  if (combination.channel !== ANY) parts.push(`channel \`${combination.channel}\``);
  for (const [id, value] of Object.entries(combination.attributes)) parts.push(`${id} \`${value}\``);
  return parts.length > 0 ? parts.join(", ") : "every ticket";
}

/** The first `length` characters of a range on its first line, to point at a block's keyword rather than all of it. */
export function headOf<R extends { readonly file: string; readonly start: { line: number; column: number; offset: number } }>(
  range: R,
  length: number,
): { file: string; start: R["start"]; end: { line: number; column: number; offset: number } } {
  const { line, column, offset } = range.start;
  return { file: range.file, start: range.start, end: { line, column: column + length, offset: offset + length } };
}
