import { describe, expect, it } from "vitest";
import type { Bundle } from "../../src/contract/bundle.js";
import { digestOf } from "../../src/bundle/json.js";
import { attribute, bundle, metric, minutes, row, severities } from "../runtime/fixtures.js";
import { project, slac } from "./harness.js";

/** The example of docs/language.md: updates every 24 hours for S1, five of them, two late. */
const cadence = `policy cadence {
  calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
  severity s1
  severity s2

  metric update "Update on the case" {
    repeats
  }
  update {
    s1 24h 24x7
    s2 2 business days
  }

  test "five updates, two of them late" {
    opened 2026-03-02T08:00Z
    severity s1
    event update 2026-03-02T20:00Z
    event update 2026-03-04T02:00Z
    event update 2026-03-05T01:00Z
    event update 2026-03-06T09:00Z
    event update 2026-03-07T08:00Z
    now 2026-03-07T12:00Z
    expect update 2026-03-08T08:00Z running missed 2
    expect update cycle 2 2026-03-03T20:00Z breached
    expect update cycle 5 2026-03-07T09:00Z met
  }

  test "wrong about the cycles" {
    opened 2026-03-02T08:00Z
    severity s1
    event update 2026-03-02T20:00Z
    now 2026-03-03T12:00Z
    expect update 2026-03-03T20:00Z running missed 1
    expect update cycle 1 2026-03-03T08:00Z breached
    expect update cycle 3 2026-03-04T20:00Z
  }
}
`;

describe("slac test on a repeating metric", () => {
  it("compares `cycle <n>` with that cycle and `missed <n>` with the count, and names a cycle that does not exist", async () => {
    const result = await slac(project({ "cadence.sla": cadence }), ["test", "cadence.sla"]);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines).toContain("  ok    five updates, two of them late");
    expect(lines).toContain("        update missed: expected 1, got 0 (of 2 cycles)");
    expect(lines).toContain("        update cycle 1 status: expected breached, got met");
    expect(lines).toContain("        update cycle 3: expected 2026-03-04T20:00:00Z, got no such cycle (2 cycles)");
    expect(result.stdout).toMatch(/\n1 passed, 1 failed\n$/);
    expect(result.code).toBe(1);
  });
});

/** A built bundle (independent of the compiler): a p3 first response upgraded to p1, and a reply cadence by route. */
function cadenceBundle(): Bundle {
  const b = bundle({
    severities: severities("p1", "p3"),
    attributes: [attribute("route", ["portal", "phone"], { default: "portal" })],
    metrics: [
      metric("first_response", { title: "First response", builtin: true }),
      metric("reply", { title: "Reply", starts: "customer_reply", repeats: { after: "customer_reply", until: "resolved" }, attributes: ["route"] }),
    ],
    targets: [
      row("first_response", minutes(60, "24x7"), { severity: "p1" }),
      row("first_response", minutes(480, "24x7"), { severity: "p3" }),
      ...["p1", "p3"].flatMap((severity) => [
        row("reply", minutes(120, "24x7"), { severity, attributes: { route: "portal" } }),
        row("reply", minutes(30, "24x7"), { severity, attributes: { route: "phone" } }),
      ]),
    ],
  });
  return { ...b, policy: { ...b.policy, businessHours: null } };
}

describe("slac due with changes and cycles", () => {
  it("gives each repeating metric's cycles, and the severity and changes when events changed the ticket", async () => {
    const built = cadenceBundle();
    const dir = project({ "policy.json": JSON.stringify({ ...built, digest: digestOf(built) }) });
    const ticket = {
      id: "T-1",
      openedAt: "2026-03-02T08:00Z",
      severity: "p3",
      events: [
        { type: "customer_reply", at: "2026-03-02T08:10Z" },
        { type: "reclassified", at: "2026-03-02T08:30Z", severity: "p1", attributes: { route: "phone" } },
        { type: "reply", at: "2026-03-02T09:00Z" },
        { type: "customer_reply", at: "2026-03-02T09:20Z" },
      ],
    };
    const result = await slac(dir, ["due", "policy.json", "--tickets", "-", "--now", "2026-03-02T10:00Z"], { NO_COLOR: "1" }, [JSON.stringify(ticket) + "\n", JSON.stringify({ id: "T-2", openedAt: "2026-03-02T08:00Z", severity: "p3" }) + "\n"]);
    expect(result.stderr).toBe("");
    const [changed, plain] = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(changed).toEqual({
      id: "T-1",
      // Reply 1 switched to the phone route's 30 minutes at 08:30, counted from 08:10 (keep): missed at 09:00.
      due: { first_response: "2026-03-02T09:00:00Z", reply: "2026-03-02T09:50:00Z" },
      status: {
        first_response: { status: "breached", metAt: null, remainingMinutes: null, overdueMinutes: 60, remainingWallMinutes: null, overdueWallMinutes: 60 },
        reply: {
          status: "breached",
          metAt: null,
          remainingMinutes: null,
          overdueMinutes: 10,
          remainingWallMinutes: null,
          overdueWallMinutes: 10,
          cycles: {
            met: 0,
            missed: 2,
            worstOverrunMinutes: 20,
            list: [
              { start: "2026-03-02T08:10:00Z", due: "2026-03-02T08:40:00Z", metAt: "2026-03-02T09:00:00Z", status: "breached", overdueMinutes: 20 },
              { start: "2026-03-02T09:20:00Z", due: "2026-03-02T09:50:00Z", metAt: null, status: "breached", overdueMinutes: 10 },
            ],
          },
        },
      },
      severity: "p1",
      changes: [{ at: "2026-03-02T08:30:00Z", type: "reclassified", severity: "p1", attributes: { route: "phone" } }],
    });
    // A ticket without changes keeps the line it had.
    expect(Object.keys(plain!)).toEqual(["id", "due", "status"]);
    expect(result.code).toBe(0);
  });
});
