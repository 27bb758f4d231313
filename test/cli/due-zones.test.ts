import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

/** Four hours in the customer's hours (no default zone), eight in the office's, resolution not stated. */
const policy = `policy regional {
  calendar customer { zone customer  open mon-fri 09:00 - 17:00 }
  calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
  first_response 4h on customer
  next_response 8h on office
  resolution unknown "the page gives no resolution time"
}
`;

const lines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

describe("slac due, calendars in the customer's zone", () => {
  it("answers each ticket in its own zone, says `unknown` (with why) where the policy is silent, and errs per metric without a zone", async () => {
    const tickets = [
      { id: "tokyo", openedAt: "2026-01-12T00:00Z", zone: "Asia/Tokyo" },
      { id: "paris", openedAt: "2026-01-12T00:00Z", zone: "Europe/Paris" },
      { id: "nowhere", openedAt: "2026-01-12T00:00Z" },
    ];
    const dir = project({ "regional.sla": policy });
    const result = await slac(dir, ["due", "regional.sla", "--tickets", "-"], { NO_COLOR: "1" }, [tickets.map((t) => JSON.stringify(t)).join("\n") + "\n"]);
    const unknown = { resolution: "the page gives no resolution time" };
    expect(lines(result.stdout)).toEqual([
      { id: "tokyo", due: { first_response: "2026-01-12T04:00:00Z", next_response: null, resolution: "unknown" }, unknown },
      { id: "paris", due: { first_response: "2026-01-12T12:00:00Z", next_response: null, resolution: "unknown" }, unknown },
      {
        id: "nowhere",
        due: { first_response: null, next_response: null, resolution: "unknown" },
        unknown,
        errors: {
          first_response: {
            code: "SLA4006",
            message: "the ticket has no `zone`, and calendar `customer` runs in the customer's zone",
            hint: 'give the customer\'s IANA zone, as in `"zone": "Europe/Paris"`',
          },
        },
      },
    ]);
    // A line with a metric's error is answered, not failed.
    expect(result.code).toBe(0);
  });

  it("answers a line whose zone is no IANA zone, or not a string, with its error and goes on", async () => {
    const input = [
      JSON.stringify({ id: "mars", openedAt: "2026-01-12T00:00Z", zone: "Mars/Olympus_Mons" }),
      JSON.stringify({ id: "number", openedAt: "2026-01-12T00:00Z", zone: 9 }),
      JSON.stringify({ id: "ok", openedAt: "2026-01-12T00:00Z", zone: "Asia/Tokyo", now: "2026-01-12T01:00Z" }),
    ];
    const result = await slac(project({ "regional.sla": policy }), ["due", "regional.sla", "--tickets", "-"], { NO_COLOR: "1" }, [input.join("\n") + "\n"]);
    const [mars, number, ok] = lines(result.stdout) as Record<string, unknown>[];
    expect(mars).toEqual({ id: "mars", line: 1, error: { code: "SLA4013", message: "unknown time zone `Mars/Olympus_Mons`", hint: "give an IANA zone, such as `Europe/Paris` or `America/Los_Angeles`" } });
    expect(number).toEqual({ id: "number", line: 2, error: { code: "SLA4012", message: "`zone` must be a string" } });
    // With a status: an unknown metric has none.
    expect(ok).toMatchObject({ id: "ok", due: { first_response: "2026-01-12T04:00:00Z", resolution: "unknown" }, status: { first_response: { status: "running" }, resolution: { status: null } } });
    expect(result.stderr).toContain("2 of 3 ticket lines had errors");
    expect(result.code).toBe(1);
  });
});
