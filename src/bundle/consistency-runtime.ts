/**
 * Bundle invariants the runtime relies on when it evaluates a ticket: day-based amounts run
 * on a calendar, an `otherwise` comes with the calendar that picks it, every zone is an IANA
 * zone, and every date is a date. A
 * bundle that breaks one would pass the schema and then fail (or throw) at its first ticket.
 */
import type { Bundle, Deadline } from "../contract/bundle.js";
import { statedTarget } from "../contract/targets.js";
import { ALWAYS } from "../contract/vocabulary.js";
import { readDate } from "../civil/text.js";

/** True for a zone the runtime can read: an IANA name (not an offset), as the JavaScript engine knows them. */
function isKnownZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** True for a `YYYY-MM-DD` that names a real date. */
function isDate(text: string): boolean {
  return text.length === 10 && readDate(text) !== null;
}

/** What is wrong with a bundle for the runtime, beyond its references. */
export function runtimeInconsistencies(bundle: Bundle): string[] {
  const problems: string[] = [];
  const zone = (name: string | null, where: string): void => {
    if (name !== null && !isKnownZone(name)) problems.push(`${where} is in \`${name}\`, which is no IANA time zone`);
  };
  const date = (text: string | null | undefined, where: string): void => {
    if (text !== null && text !== undefined && !isDate(text)) problems.push(`${where} \`${text}\` is not a date`);
  };
  date(bundle.policy.validFrom, "the policy's `valid_from`");
  date(bundle.policy.validUntil, "the policy's `valid_until`");
  for (const calendar of bundle.calendars) {
    const where = `calendar \`${calendar.id}\``;
    zone(calendar.zone, where);
    for (const span of calendar.spans) {
      zone(span.startZone, `a span of ${where}`);
      zone(span.endZone, `a span of ${where}`);
    }
    for (const rule of calendar.closed) {
      if (rule.kind !== "dates") continue;
      date(rule.from, `${where} has closed dates from`);
      date(rule.to, `${where} has closed dates to`);
      if (isDate(rule.from) && isDate(rule.to) && rule.from > rule.to) problems.push(`${where} has closed dates \`${rule.from}\` to \`${rule.to}\`, which end before they start`);
    }
    for (const set of calendar.holidays) {
      const bad = set.dates.find((d) => !isDate(d.date));
      if (bad !== undefined) problems.push(`${where} has a holiday of ${set.region} on \`${bad.date}\`, which is not a date`);
    }
    if (calendar.horizon !== null) {
      date(calendar.horizon.from, `${where} has a horizon from`);
      date(calendar.horizon.to, `${where} has a horizon to`);
    }
  }
  if (bundle.fiscalYear !== null) zone(bundle.fiscalYear.zone, "the fiscal year");

  const dayBased = (d: Deadline, where: string): void => {
    if (d.calendar === ALWAYS && d.amount.unit !== "minutes") problems.push(`${where} counts ${d.amount.unit.replaceAll("_", " ")} on \`24x7\`, which has no business days and no zone`);
  };
  bundle.targets.forEach((row, i) => {
    const target = statedTarget(row.target);
    if (target === null) return;
    const where = `target row ${i + 1} (\`${row.metric}\`)`;
    dayBased(target.deadline, where);
    if (target.otherwise !== null) dayBased(target.otherwise, `the \`otherwise\` of ${where}`);
    if ((target.otherwise === null) !== (target.hoursCalendar === null)) {
      problems.push(`${where} has ${target.otherwise === null ? "an hours calendar without an `otherwise`" : "an `otherwise` without the hours calendar that picks it"}`);
    }
  });
  return problems;
}
