import { describe, expect, it } from "vitest";
import type { Bundle, Eligibility, Metric, TicketEvent } from "../../src/contract/bundle.js";
import { type ChangeRule } from "../../src/contract/vocabulary.js";
import { deadlines, type MetricDeadline, type TicketDeadlines } from "../../src/runtime/index.js";
import type { TicketInput } from "../../src/runtime/ticket/read-ticket.js";
import { attribute, bundle, calendar, metric, minutes, row, severities } from "./fixtures.js";

// Friday 6 March 2026 in Berlin (UTC+1), open 09:00–17:00 on weekdays.
const business = calendar("Europe/Berlin", ["mon-fri 09:00-17:00"]);

/** First response in 8 hours for p3, 1 hour for p1, elapsed time; p2 as p3; `onChange` as given. */
function severityPolicy(onChange: ChangeRule, eligibility: Eligibility[] = []): Bundle {
  return bundle({
    severities: severities("p1", "p2", "p3"),
    eligibility,
    attributes: [attribute("environment", ["production", "staging"], { default: "production" })],
    metrics: [metric("first_response", { title: "First response", builtin: true, onChange }), metric("resolution", { title: "Resolution", builtin: true, onChange })],
    targets: [
      row("first_response", minutes(60, "24x7"), { severity: "p1", rule: "10:3" }),
      row("first_response", minutes(480, "24x7"), { severity: "p2", rule: "11:3" }),
      row("first_response", minutes(480, "24x7"), { severity: "p3", rule: "12:3" }),
      row("resolution", minutes(240, "24x7"), { severity: "p1" }),
      row("resolution", minutes(2880, "24x7"), { severity: "p2" }),
      row("resolution", minutes(2880, "24x7"), { severity: "p3" }),
    ],
  });
}

function answer(b: Bundle, ticket: TicketInput, now?: string): TicketDeadlines {
  const outcome = deadlines(b, ticket, now === undefined ? {} : { now });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}
const of = (result: TicketDeadlines, id: string): MetricDeadline => result.metrics.find((m) => m.metric === id)!;
const upgrade = (at: string, extra: Partial<TicketEvent> = {}): TicketEvent => ({ type: "reclassified", at, severity: "p1", ...extra });
const p3 = (events: TicketEvent[]): TicketInput => ({ openedAt: "2026-03-02T08:00Z", severity: "p3", events });

describe("a `reclassified` event", () => {
  it("under `keep`, counts the new target from the clock start: a p3 upgraded to p1 after 30 minutes has 30 left", () => {
    const result = answer(severityPolicy("keep"), p3([upgrade("2026-03-02T08:30Z")]), "2026-03-02T08:40Z");
    expect(of(result, "first_response")).toMatchObject({ due: "2026-03-02T09:00:00Z", status: "running", appliedSeverity: "p1", rule: "10:3", clockStart: "2026-03-02T08:00:00Z" });
    expect(result.severity).toBe("p1");
    expect(result.changes).toEqual([{ at: "2026-03-02T08:30:00Z", type: "reclassified", severity: "p1", attributes: {} }]);
  });

  it("under `restart`, counts the new target from the change", () => {
    const result = answer(severityPolicy("restart"), p3([upgrade("2026-03-02T08:30Z")]), "2026-03-02T08:40Z");
    expect(of(result, "first_response")).toMatchObject({ due: "2026-03-02T09:30:00Z", status: "running", appliedSeverity: "p1" });
    expect(of(result, "resolution").due).toBe("2026-03-02T12:30:00Z");
  });

  it("breaches at once an upgrade whose target has already elapsed, under `keep`", () => {
    const result = answer(severityPolicy("keep"), p3([upgrade("2026-03-02T09:15Z")]), "2026-03-02T09:20Z");
    expect(of(result, "first_response")).toMatchObject({ due: "2026-03-02T09:00:00Z", status: "breached", overdueMinutes: 20 });
  });

  it("leaves a metric met or breached before it as it was, and a met one is judged by the row before the change", () => {
    const events = [{ type: "first_response", at: "2026-03-02T10:00Z" }, upgrade("2026-03-02T10:30Z")];
    const result = answer(severityPolicy("keep"), p3(events), "2026-03-02T11:00Z");
    expect(of(result, "first_response")).toMatchObject({ due: "2026-03-02T16:00:00Z", status: "met", appliedSeverity: "p3" });
    // Resolution was still open at 10:30: it switches to p1's 4 hours, counted from the opening.
    expect(of(result, "resolution")).toMatchObject({ due: "2026-03-02T12:00:00Z", status: "running", appliedSeverity: "p1" });

    const downgrade = answer(severityPolicy("restart"), { openedAt: "2026-03-02T08:00Z", severity: "p1", events: [{ type: "reclassified", at: "2026-03-02T09:30Z", severity: "p3" }] }, "2026-03-02T10:00Z");
    // Breached at 09:00, before the downgrade: it stays breached at p1's due.
    expect(of(downgrade, "first_response")).toMatchObject({ due: "2026-03-02T09:00:00Z", status: "breached", appliedSeverity: "p1" });
  });

  it("applies at the clock start when it comes at the same instant, whatever the order written", () => {
    const result = answer(severityPolicy("keep"), { openedAt: "2026-03-02T08:00Z", severity: "p3", events: [{ type: "escalated", at: "2026-03-02T08:00Z" }, upgrade("2026-03-02T08:00Z")] });
    expect(of(result, "first_response").due).toBe("2026-03-02T09:00:00Z");
  });

  it("does not restart a metric whose target the change leaves as it is, but reports the new row", () => {
    const result = answer(severityPolicy("restart"), p3([{ type: "reclassified", at: "2026-03-02T09:00Z", severity: "p2" }]), "2026-03-02T09:30Z");
    expect(of(result, "first_response")).toMatchObject({ due: "2026-03-02T16:00:00Z", appliedSeverity: "p2", rule: "11:3" });
  });

  it("is refused by an eligibility rule as a new ticket would be, naming the event; a rule that reclassifies gives the severity handled at", () => {
    const only = (action: Eligibility["otherwise"]): Eligibility => ({
      severity: "p1",
      mode: "only",
      scope: { tiers: [], channels: [], attributes: { environment: ["production"] } },
      otherwise: action,
      rule: "5:3",
      assumption: null,
      notes: [],
    });
    const staging = { openedAt: "2026-03-02T08:00Z", severity: "p3", attributes: { environment: "staging" }, events: [upgrade("2026-03-02T08:30Z")] };
    expect(deadlines(severityPolicy("keep", [only({ action: "reject" })]), staging)).toEqual({
      ok: false,
      error: {
        code: "SLA4017",
        message: "event 1 (`reclassified`): severity `p1` is rejected by the rule at 5:3: it is offered only for environment `production`, and the ticket's `environment` is `staging`",
      },
    });
    const result = answer(severityPolicy("keep", [only({ action: "reclassify", severity: "p2" })]), staging);
    expect(result.changes).toEqual([{ at: "2026-03-02T08:30:00Z", type: "reclassified", severity: "p2", attributes: {} }]);
    expect(result.reclassified).toEqual({ from: "p1", to: "p2", rule: "5:3" });
    // The same event moving the ticket to production as well makes it eligible.
    const moved = answer(severityPolicy("keep", [only({ action: "reject" })]), { ...staging, events: [upgrade("2026-03-02T08:30Z", { attributes: { environment: "production" } })] });
    expect(moved.changes).toEqual([{ at: "2026-03-02T08:30:00Z", type: "reclassified", severity: "p1", attributes: { environment: "production" } }]);
  });

  it("has its names checked as the ticket's own, and carries a severity only when it is `reclassified`", () => {
    const policy = severityPolicy("keep");
    const code = (events: unknown[]) => {
      const outcome = deadlines(policy, { openedAt: "2026-03-02T08:00Z", severity: "p3", events } as TicketInput);
      return outcome.ok ? "ok" : `${outcome.error.code}: ${outcome.error.message}`;
    };
    expect(code([{ type: "reclassified", at: "2026-03-02T08:30Z", severity: "p9" }])).toBe("SLA4001: event 1 (`reclassified`): unknown severity `p9`");
    expect(code([{ type: "escalated", at: "2026-03-02T08:30Z", attributes: { region: "eu" } }])).toBe("SLA4015: event 1 (`escalated`): unknown attribute `region`");
    expect(code([{ type: "escalated", at: "2026-03-02T08:30Z", attributes: { environment: "prod" } }])).toBe("SLA4015: event 1 (`escalated`): unknown environment `prod`");
    expect(code([{ type: "escalated", at: "2026-03-02T08:30Z", severity: "p1" }])).toBe("SLA4019: event 1 (`escalated`) carries a `severity`, which only a `reclassified` event may");
    expect(code([{ type: "reclassified", at: "2026-03-02T08:30Z" }])).toBe("SLA4019: event 1 (`reclassified`) carries no `severity` and no `attributes`");
    // A change after `now` has not happened, but its names are still checked.
    expect(code([{ type: "reclassified", at: "2026-03-09T08:30Z", severity: "p9" }])).toMatch(/^SLA4001/);
  });
});

describe("an event carrying attributes", () => {
  // Escalation response: 2 business hours through the portal, 1 hour round the clock by phone.
  const metrics: Metric[] = [
    metric("first_response", { title: "First response", builtin: true }),
    metric("escalation_response", { title: "Response after escalation", builtin: true, starts: "escalated", attributes: ["route"] }),
  ];
  const policy = bundle({
    calendars: [business],
    attributes: [attribute("route", ["portal", "phone"], { default: "portal" })],
    metrics,
    targets: [
      row("first_response", minutes(240, "business")),
      row("escalation_response", minutes(120, "business"), { attributes: { route: "portal" }, rule: "20:3" }),
      row("escalation_response", minutes(60, "24x7"), { attributes: { route: "phone" }, rule: "21:3" }),
    ],
  });
  // Friday 16:00 in Berlin; escalated at 16:30.
  const opened = "2026-03-06T15:00Z";
  const escalated = "2026-03-06T15:30Z";

  it("selects the 24x7 rule for an escalation by phone from its instant on", () => {
    const byPhone = answer(policy, { openedAt: opened, events: [{ type: "escalated", at: escalated, attributes: { route: "phone" } }] });
    expect(of(byPhone, "escalation_response")).toMatchObject({ due: "2026-03-06T16:30:00Z", calendar: "24x7", rule: "21:3" });
    expect(byPhone.changes).toEqual([{ at: "2026-03-06T15:30:00Z", type: "escalated", severity: null, attributes: { route: "phone" } }]);
    // The same escalation through the portal waits for Monday's opening.
    const byPortal = answer(policy, { openedAt: opened, events: [{ type: "escalated", at: escalated }] });
    expect(of(byPortal, "escalation_response")).toMatchObject({ due: "2026-03-09T09:30:00Z", calendar: "business", rule: "20:3" });
    expect(byPortal.changes).toBeUndefined();
  });
});
