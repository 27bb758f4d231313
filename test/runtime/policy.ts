import type { Bundle, Target, TargetRow } from "../../src/contract/bundle.js";
import { bundle, calendar, channel, closedDates, deadline, severities as severityLevels, tier } from "./fixtures.js";

const hours = (value: number, clock = "business"): Target["deadline"] => deadline({ unit: "minutes", value: value * 60 }, clock);
const plain = (deadline: Target["deadline"]): Target => ({ deadline, otherwise: null, hoursCalendar: null });

/** The target of each metric by applied severity; null means `none`. */
const table: Record<string, Record<string, Target | null>> = {
  first_response: {
    critical: plain(deadline({ unit: "minutes", value: 15 }, "24x7")),
    medium: { deadline: hours(2), otherwise: deadline({ unit: "next_business_day" }, "business"), hoursCalendar: "business" },
    low: plain(deadline({ unit: "business_days", value: 2 }, "business")),
  },
  next_response: { critical: plain(hours(4)), medium: plain(hours(4)), low: plain(hours(4)) },
  resolution: { critical: plain(hours(8)), medium: null, low: null },
  escalation_response: { critical: plain(hours(1)), medium: plain(hours(1)), low: plain(hours(1)) },
};

/**
 * A Kustomer-like policy: New York office hours, email fixed at medium, the professional
 * tier limited to email; first response 15m 24x7 for critical, 2h business otherwise next
 * business day for medium, 2 business days for low.
 */
export function officePolicy(businessDayMinutes: number | null = null): Bundle {
  const tiers = [
    { id: "professional", channels: ["email"] },
    { id: "business", channels: ["email", "chat"] },
  ];
  const channels = [
    { id: "email", fixedSeverity: "medium" },
    { id: "chat", fixedSeverity: null },
  ];
  const severities = ["critical", "medium", "low"];
  const targets: TargetRow[] = [];
  for (const tier of tiers) {
    for (const channelId of tier.channels) {
      const channel = channels.find((c) => c.id === channelId)!;
      for (const severity of severities) {
        const applied = channel.fixedSeverity ?? severity;
        for (const metric of Object.keys(table)) {
          targets.push({ tier: tier.id, severity, channel: channel.id, attributes: {}, metric, appliedSeverity: applied, target: table[metric]![applied]!, rule: "1:1" });
        }
      }
    }
  }
  return bundle({
    calendars: [calendar("America/New_York", ["mon-fri 09:00-17:00"], [closedDates("2026-12-25")], { businessDayMinutes })],
    tiers: tiers.map((t) => tier(t.id, t.channels)),
    channels: channels.map((c) => channel(c.id, { fixedSeverity: c.fixedSeverity })),
    severities: severityLevels(...severities).map((s) => (s.id === "critical" ? { ...s, aliases: ["urgent"] } : s)),
    targets,
  });
}
