import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

const twoPolicies = `policy alpha {
  severity high
  first_response 1h 24x7
  test "alpha answers in an hour" {
    opened 2026-03-02T09:00Z
    severity high
    expect first_response 2026-03-02T10:00Z
  }
}

policy beta {
  severity high
  first_response 2h 24x7
  test "beta answers in two hours" {
    opened 2026-03-02T09:00Z
    severity high
    expect first_response 2026-03-02T10:00Z
  }
}
`;

describe("slac test", () => {
  it("heads each policy's tests with its id and file, also for several policies in one file", async () => {
    const dir = project({ "policies/both.sla": twoPolicies });
    const result = await slac(dir, ["test", "policies"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("policy alpha (policies/both.sla)");
    expect(lines[1]).toBe("  ok    alpha answers in an hour");
    expect(lines[2]).toBe("policy beta (policies/both.sla)");
    expect(lines[3]).toBe("  FAIL  beta answers in two hours (policies/both.sla:14:3)");
    expect(result.stdout).toContain("decided by the rule at policies/both.sla:");
    expect(result.stdout).toMatch(/\n1 passed, 1 failed\n$/);
  });
});

describe("slac test, a metric that cannot be computed", () => {
  it("shows the metric's own error beside `got none`", async () => {
    const policy = `policy gap {
  calendar nights { zone UTC  open mon 22:00 - 23:00  closed 2026-01-01 to 2199-12-31 }
  severity high
  first_response 1h on nights
  resolution 2h 24x7
  test "the calendar is closed for years" {
    opened 2026-03-02T09:00Z
    severity high
    expect first_response 2026-03-02T10:00Z
    expect resolution 2026-03-02T11:00Z
  }
}
`;
    const result = await slac(project({ "gap.sla": policy }), ["test", "gap.sla"]);
    expect(result.stdout).toContain("first_response due: expected 2026-03-02T10:00:00Z, got none (SLA4008: ");
    expect(result.stdout).not.toContain("resolution due:");
    expect(result.stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });
});

describe("slac test on the kitchen sink", () => {
  it("passes every test of the one fixture that uses every construct", async () => {
    const { KITCHEN_SINK } = await import("../helpers/kitchen-sink.js");
    const result = await slac(project({ "kitchen-sink.sla": KITCHEN_SINK }), ["test", "kitchen-sink.sla"]);
    // Every test passes, however many the fixture holds (it grows with the language).
    expect(result.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    expect(result.stdout).not.toContain("FAIL");
    expect(result.code).toBe(0);
  });
});

describe("slac test, calendars in the customer's zone and targets not stated", () => {
  const policy = (expectResolution: string) => `policy stated {
  calendar customer { zone customer default Europe/Paris  open mon-fri 09:00 - 17:00 }
  first_response 4h on customer
  resolution unknown "the page gives no resolution time"
  test "a customer in Tokyo" {
    opened 2026-01-12T00:00Z
    zone Asia/Tokyo
    expect first_response 2026-01-12T04:00Z
    expect resolution ${expectResolution}
  }
  test "a customer in the default zone" {
    opened 2026-01-12T00:00Z
    expect first_response 2026-01-12T12:00Z
  }
}
`;

  it("passes `expect <metric> unknown` for a target the policy does not state, and runs each test in its ticket's zone", async () => {
    const result = await slac(project({ "stated.sla": policy("unknown") }), ["test", "stated.sla"]);
    expect(result.stdout).toBe("policy stated (stated.sla)\n  ok    a customer in Tokyo\n  ok    a customer in the default zone\n2 passed, 0 failed\n");
    expect(result.code).toBe(0);
  });

  it("shows `unknown` and what is not stated when a test expects a due", async () => {
    const result = await slac(project({ "stated.sla": policy("2026-01-12T16:00Z") }), ["test", "stated.sla"]);
    expect(result.stdout).toContain("resolution due: expected 2026-01-12T16:00:00Z, got unknown (the page gives no resolution time)");
    expect(result.stdout).toMatch(/\n1 passed, 1 failed\n$/);
    expect(result.code).toBe(1);
  });
});
