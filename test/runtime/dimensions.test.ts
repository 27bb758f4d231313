import { describe, expect, it } from "vitest";
import type { Bundle, Target, TargetRow } from "../../src/contract/bundle.js";
import { deadlines, type RuntimeError, type TicketDeadlines, type TicketInput } from "../../src/runtime/index.js";
import { bundle, calendar, channel, metric, minutes, row, severities as severityLevels, tier } from "./fixtures.js";
import { officePolicy } from "./policy.js";
import { seedBundle } from "./seeds.js";

function answer(on: Bundle, ticket: TicketInput): TicketDeadlines {
  const outcome = deadlines(on, ticket);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

function failure(on: Bundle, ticket: TicketInput): RuntimeError {
  const outcome = deadlines(on, ticket);
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value.due)}`);
  return outcome.error;
}

/**
 * A bundle over the given tiers (with the channels each may use), channels (with a fixed
 * severity or null) and severities, whose only metric's target is `target(tier, severity, channel)`.
 */
function dimensional(
  tiers: Record<string, string[]>,
  channels: Record<string, string | null>,
  severities: string[],
  target: (tier: string, severity: string, channel: string) => Target | null,
): Bundle {
  const tierIds = Object.keys(tiers).length > 0 ? Object.keys(tiers) : ["*"];
  const channelIds = Object.keys(channels).length > 0 ? Object.keys(channels) : ["*"];
  const severityIds = severities.length > 0 ? severities : ["*"];
  const targets: TargetRow[] = [];
  for (const tier of tierIds) {
    for (const channel of channelIds) {
      if (tier !== "*" && channel !== "*" && !tiers[tier]!.includes(channel)) continue;
      for (const severity of severityIds) {
        const applied = (channel === "*" ? null : channels[channel]) ?? severity;
        targets.push(row("first_response", target(tier, applied, channel), { tier, severity, channel, appliedSeverity: applied }));
      }
    }
  }
  return bundle({
    calendars: [calendar("UTC", ["mon-fri 09:00-17:00"])],
    tiers: Object.entries(tiers).map(([id, allowed]) => tier(id, allowed)),
    channels: Object.entries(channels).map(([id, fixedSeverity]) => channel(id, { fixedSeverity })),
    severities: severityLevels(...severities),
    metrics: [metric("first_response", { title: "First response", builtin: true })],
    targets,
  });
}

const opened = "2026-06-01T14:00Z"; // Monday

describe("a ticket names only what its answer depends on", () => {
  it("defaults a dimension with a single value", () => {
    const single = dimensional({ basic: ["portal"] }, { portal: null }, ["normal"], () => minutes(30, "24x7"));
    expect(answer(single, { openedAt: opened }).due).toEqual({ first_response: "2026-06-01T14:30:00Z" });
    // A channel the tier may use is the one left when the tier allows just one.
    expect(answer(seedBundle("360dialog"), { openedAt: "2026-11-18T12:00:00Z", severity: "critical", tier: "premium" }).due).toEqual({
      first_response: "2026-11-18T12:30:00Z",
    });
  });

  it("lets a ticket leave out a dimension its targets do not vary by", () => {
    // Haptik's targets depend on the severity only, though it declares two channels.
    const haptik = seedBundle("haptik");
    expect(answer(haptik, { openedAt: "2026-03-07T10:00Z", severity: "s0" }).due).toEqual({ first_response: "2026-03-07T11:00:00Z" });
    expect(answer(haptik, { openedAt: "2026-03-02T03:29Z", severity: "s1" }).due).toEqual({ first_response: "2026-03-02T04:30:00Z" });
  });

  it("judges a left-out channel against the channels the ticket's tier may use, for the ticket's severity", () => {
    const policy = officePolicy();
    // Professional may use email only, which fixes medium: the severity may be left out too.
    const professional = answer(policy, { openedAt: opened, tier: "professional" }).metrics.find((m) => m.metric === "first_response")!;
    expect(professional.due).toBe("2026-06-01T16:00:00Z");
    expect(professional.appliedSeverity).toBe("medium");
    // Medium is medium on email and on chat; critical is not.
    expect(answer(policy, { openedAt: opened, tier: "business", severity: "medium" }).due["first_response"]).toBe("2026-06-01T16:00:00Z");
    const critical = failure(policy, { openedAt: opened, tier: "business", severity: "critical" });
    expect(critical.code).toBe("SLA4006");
    expect(critical.message).toBe("the ticket has no `channel` (`email` or `chat`), and its `first_response` depends on it");
  });

  it("judges a left-out tier against the tiers that may use the ticket's channel", () => {
    const policy = officePolicy();
    expect(answer(policy, { openedAt: opened, severity: "critical", channel: "chat" }).due["first_response"]).toBe("2026-06-01T14:15:00Z");
    expect(answer(policy, { openedAt: opened, severity: "low", channel: "email" }).due["first_response"]).toBe("2026-06-01T16:00:00Z");
  });

  it("lets tier and channel both be left out only when every combination agrees", () => {
    const policy = officePolicy();
    expect(answer(policy, { openedAt: opened, severity: "medium" }).due["first_response"]).toBe("2026-06-01T16:00:00Z");
    // Critical differs by channel, not by tier: the channel is what the ticket must add.
    const critical = failure(policy, { openedAt: opened, severity: "critical" });
    expect(critical.message).toBe("the ticket has no `channel` (`email` or `chat`), and its `first_response` depends on it");
  });

  it("names the tier when tiers differ and a channel belongs to one tier only", () => {
    const split = dimensional({ gold: ["phone"], silver: ["mail"] }, { phone: null, mail: null }, [], (tier) => minutes(tier === "gold" ? 30 : 60, "24x7"));
    expect(answer(split, { openedAt: opened, channel: "phone" }).due["first_response"]).toBe("2026-06-01T14:30:00Z");
    expect(answer(split, { openedAt: opened, tier: "silver" }).due["first_response"]).toBe("2026-06-01T15:00:00Z");
    const neither = failure(split, { openedAt: opened });
    expect(neither.code).toBe("SLA4006");
    expect(neither.message).toBe("the ticket has no `tier` (`gold` or `silver`), and its `first_response` depends on it");
  });

  it("still requires a dimension that changes an answer, listing its values", () => {
    const severity = failure(officePolicy(), { openedAt: opened, tier: "business", channel: "chat" });
    expect(severity.code).toBe("SLA4006");
    expect(severity.message).toBe("the ticket has no `severity` (`critical`, `medium` or `low`), and its `first_response` depends on it");
    const kustomer = failure(seedBundle("kustomer"), { openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical" });
    expect(kustomer.code).toBe("SLA4006");
    expect(kustomer.message).toBe("the ticket has no `channel` (`chat` or `email`), and its `first_response` depends on it");
    expect(kustomer.hint).toBe("`first_response` differs between channel `chat` and channel `email`");
    const tier = failure(seedBundle("360dialog"), { openedAt: "2026-11-18T12:00:00Z", severity: "critical" });
    expect(tier.message).toBe("the ticket has no `tier` (`standard` or `premium`), and its `first_response` depends on it");
  });

  it("counts a different applied severity as a different answer", () => {
    // Same target for every severity, but the severity applied differs.
    const flat = dimensional({}, {}, ["high", "low"], () => minutes(30, "24x7"));
    expect(failure(flat, { openedAt: opened }).code).toBe("SLA4006");
  });

  it("still rejects a channel no tier may use, and a channel the ticket's tier may not use", () => {
    const orphan = dimensional({ gold: ["phone"] }, { phone: null, fax: null }, [], () => minutes(30, "24x7"));
    expect(failure(orphan, { openedAt: opened, channel: "fax" })).toMatchObject({ code: "SLA4004", message: "no tier may use channel `fax`" });
    expect(failure(officePolicy(), { openedAt: opened, tier: "professional", severity: "low", channel: "chat" }).code).toBe("SLA4004");
  });
});

describe("a left-out dimension, checked against every completion of the ticket", () => {
  const policies: [string, Bundle][] = [
    ...["360dialog", "kustomer", "haptik", "gorgias", "gorgias-community"].map((name): [string, Bundle] => [name, seedBundle(name)]),
    ["office", officePolicy()],
  ];
  // A weekday morning, a weekday evening and a Saturday, so that different targets show as different dues.
  const openings = ["2026-03-04T10:00Z", "2026-03-04T23:30Z", "2026-03-07T12:00Z"];
  const options = <T>(values: readonly T[]): (T | undefined)[] => [undefined, ...values];

  it.each(policies)("%s: answered exactly as every full ticket it stands for, and refused only when two differ", (_, policy) => {
    const tiers = policy.tiers.map((t) => t.id);
    const channels = policy.channels.map((c) => c.id);
    const severities = policy.severities.map((s) => s.id);
    const fulls = (tier?: string, severity?: string, channel?: string): TicketInput[] =>
      (tier === undefined ? (tiers.length > 0 ? tiers : [undefined]) : [tier]).flatMap((t) =>
        (channel === undefined ? (channels.length > 0 ? channels : [undefined]) : [channel])
          .filter((c) => t === undefined || c === undefined || policy.tiers.find((x) => x.id === t)!.channels.includes(c))
          .flatMap((c) => (severity === undefined ? (severities.length > 0 ? severities : [undefined]) : [severity]).map((s) => ({ openedAt: "", tier: t, severity: s, channel: c }))),
      );
    const answers = (ticket: TicketInput) => openings.map((openedAt) => deadlines(policy, { ...ticket, openedAt }));
    let checked = 0;
    for (const tier of options(tiers)) {
      for (const severity of options(severities)) {
        for (const channel of options(channels)) {
          const partial = answers({ openedAt: "", tier, severity, channel });
          const completions = fulls(tier, severity, channel).map(answers);
          if (partial[0]!.ok) {
            for (const full of completions) expect(full, JSON.stringify({ tier, severity, channel })).toEqual(partial);
          } else if (partial[0]!.error.code === "SLA4006") {
            expect(completions.some((full) => JSON.stringify(full) !== JSON.stringify(completions[0])), JSON.stringify({ tier, severity, channel })).toBe(true);
          } else {
            expect(partial[0]!.error.code).toBe("SLA4004");
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("gives the same error for the same shape of ticket every time", () => {
    const policy = officePolicy();
    const ticket: TicketInput = { openedAt: opened, tier: "business", severity: "critical" };
    expect(failure(policy, ticket)).toEqual(failure(policy, { ...ticket, openedAt: "2026-07-01T09:00Z" }));
  });
});

