import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { project, slac } from "./harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const seed = (name: string): string => readFileSync(path.join(repo, "policies", name), "utf8");
const lines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

const ticket = (fields: Record<string, string>): string => JSON.stringify(fields) + "\n";

describe("slac due", () => {
  it("answers the seed policies: 360dialog across the EU DST weekend, Kustomer email as medium", async () => {
    const dir = project({
      "policies/360dialog.sla": seed("360dialog.sla"),
      "policies/kustomer.sla": seed("kustomer.sla"),
      "dialog.ndjson": ticket({ id: "D-1", openedAt: "2026-03-27T20:00Z", tier: "standard", severity: "critical", channel: "hub" }),
      // Wed 2026-03-04 12:00 EST, inside Kustomer's hours: medium is 2 h, critical by chat 15 min.
      "kustomer.ndjson":
        ticket({ id: "K-email", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical", channel: "email" }) +
        ticket({ id: "K-medium", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "medium", channel: "email" }) +
        ticket({ id: "K-chat", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical", channel: "chat" }),
    });
    const dialog = await slac(dir, ["due", "policies/360dialog.sla", "--tickets", "dialog.ndjson"]);
    expect(dialog.code).toBe(0);
    expect(lines(dialog.stdout)).toEqual([{ id: "D-1", due: { first_response: "2026-03-30T03:00:00Z" } }]);

    const kustomer = await slac(dir, ["due", "policies/kustomer.sla", "--tickets", "kustomer.ndjson"]);
    expect(kustomer.code).toBe(0);
    const [email, medium, chat] = lines(kustomer.stdout) as { due: Record<string, string | null> }[];
    expect(email!.due).toEqual(medium!.due);
    expect(email!.due.first_response).toBe("2026-03-04T19:00:00Z");
    expect(chat!.due.first_response).toBe("2026-03-04T17:15:00Z");
  });

  it("answers the same from a built bundle as from the source", async () => {
    const dir = project({ "policies/360dialog.sla": seed("360dialog.sla") });
    expect((await slac(dir, ["build", "policies", "--out", "out"])).code).toBe(0);
    const input = [
      ticket({ id: "a", openedAt: "2026-10-23T19:30Z", tier: "premium", severity: "urgent", channel: "hub" }),
      ticket({ id: "b", openedAt: "2026-03-27T20:00Z", tier: "standard", severity: "standard", channel: "hub" }),
    ];
    const fromSource = await slac(dir, ["due", "policies/360dialog.sla", "--tickets", "-"], { NO_COLOR: "1" }, input);
    const fromBundle = await slac(dir, ["due", "out/dialog360.json", "--tickets", "-"], { NO_COLOR: "1" }, input);
    expect(fromSource.code).toBe(0);
    expect(fromBundle.stdout).toBe(fromSource.stdout);
    expect(lines(fromSource.stdout)).toHaveLength(2);
  });

  it("answers every good line and names the problem of each bad one, even across chunk boundaries", async () => {
    const dir = project({ "kustomer.sla": seed("kustomer.sla") });
    const good = ticket({ id: "ok", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "high", channel: "chat" });
    const text =
      good +
      ticket({ id: "bad-date", openedAt: "2026-13-04T17:00Z", tier: "business", severity: "high", channel: "chat" }) +
      ticket({ id: "bad-severity", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "urgent", channel: "chat" }) +
      "not json\n" +
      good;
    // Feed it in 7-character chunks, so lines are split at arbitrary points.
    const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
    const result = await slac(dir, ["due", "kustomer.sla", "--tickets", "-"], { NO_COLOR: "1" }, chunks);
    expect(result.code).toBe(1);
    const out = lines(result.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual(out[4]);
    expect(out[1]).toMatchObject({ id: "bad-date", line: 2, error: { code: "SLA4005" } });
    expect(String((out[1]!.error as { message: string }).message)).toContain("2026-13-04T17:00Z");
    expect(out[2]).toMatchObject({ id: "bad-severity", line: 3, error: { code: "SLA4001" } });
    expect(String((out[2]!.error as { message: string }).message)).toContain("urgent");
    expect(out[3]).toMatchObject({ id: null, line: 4, error: { code: "SLA5009" } });
    const numeric = await slac(dir, ["due", "kustomer.sla", "--tickets", "-"], { NO_COLOR: "1" }, [
      ticket({ openedAt: "2026-03-04T17:00Z", tier: "business", severity: "urgent", channel: "chat" }).replace("{", '{"id":7,'),
    ]);
    expect(lines(numeric.stdout)).toMatchObject([{ id: 7, line: 1, error: { code: "SLA4001" } }]);
    expect(result.stderr).toContain("3 of 5 ticket lines had errors");
  });

  it("adds each metric's status when --now is given", async () => {
    const dir = project({ "kustomer.sla": seed("kustomer.sla") });
    const input = [ticket({ id: "s", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "medium", channel: "email" })];
    const running = await slac(dir, ["due", "kustomer.sla", "--tickets", "-", "--now", "2026-03-04T18:00Z"], { NO_COLOR: "1" }, input);
    expect(lines(running.stdout)).toEqual([
      {
        id: "s",
        due: { first_response: "2026-03-04T19:00:00Z" },
        status: { first_response: { status: "running", metAt: null, remainingMinutes: 60, overdueMinutes: null, remainingWallMinutes: 60, overdueWallMinutes: null } },
      },
    ]);
    const late = await slac(dir, ["due", "kustomer.sla", "--tickets", "-", "--now", "2026-03-04T19:30Z"], { NO_COLOR: "1" }, input);
    expect(lines(late.stdout)[0]).toMatchObject({ status: { first_response: { status: "breached", overdueMinutes: 30, overdueWallMinutes: 30 } } });
    // Low at Friday 20:30 EST: 4 open hours, 30 minutes on Friday and the rest from Sunday 18:00 EDT, 48 hours of wall clock.
    const friday = [ticket({ id: "f", openedAt: "2026-03-07T01:30Z", tier: "business", severity: "low", channel: "chat" })];
    const weekend = await slac(dir, ["due", "kustomer.sla", "--tickets", "-", "--now", "2026-03-07T01:30Z"], { NO_COLOR: "1" }, friday);
    expect(lines(weekend.stdout)[0]).toMatchObject({ status: { first_response: { status: "running", remainingMinutes: 240, remainingWallMinutes: 2880 } } });
    for (const now of ["yesterday", "2026-03-04", "2026-03-04T18:00"]) {
      const bad = await slac(dir, ["due", "kustomer.sla", "--tickets", "-", "--now", now], { NO_COLOR: "1" }, input);
      expect(bad.code, now).toBe(2);
      expect(bad.stderr).toContain("SLA5010");
      expect(bad.stdout).toBe("");
    }
  });

  it("answers tickets that leave out what their answer does not depend on, and names what it does", async () => {
    const dir = project({ "360dialog.sla": seed("360dialog.sla"), "haptik.sla": seed("haptik.sla"), "kustomer.sla": seed("kustomer.sla") });
    const dialog = await slac(dir, ["due", "360dialog.sla", "--tickets", "-"], { NO_COLOR: "1" }, [
      '{"openedAt": "2026-11-18T12:00:00Z", "severity": "critical", "tier": "premium"}\n',
      '{"openedAt": "2026-11-18T12:00:00Z", "severity": "Urgent", "tier": "Premium Support", "channel": "360 Hub"}\n',
    ]);
    expect(dialog.code).toBe(0);
    expect(lines(dialog.stdout)).toEqual([
      { id: null, due: { first_response: "2026-11-18T12:30:00Z" } },
      { id: null, due: { first_response: "2026-11-18T14:00:00Z" } },
    ]);
    const haptik = await slac(dir, ["due", "haptik.sla", "--tickets", "-"], { NO_COLOR: "1" }, [ticket({ id: "H", openedAt: "2026-03-07T10:00Z", severity: "Blocker" })]);
    expect(lines(haptik.stdout)).toEqual([{ id: "H", due: { first_response: "2026-03-07T11:00:00Z" } }]);
    const kustomer = await slac(dir, ["due", "kustomer.sla", "--tickets", "-"], { NO_COLOR: "1" }, [
      ticket({ id: "K", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "critical" }),
      ticket({ id: "K-medium", openedAt: "2026-03-04T17:00Z", tier: "business", severity: "medium" }),
      '{"id": "K-number", "openedAt": "2026-03-04T17:00Z", "tier": "business", "severity": 1, "channel": "chat"}\n',
    ]);
    expect(kustomer.code).toBe(1);
    expect(lines(kustomer.stdout)).toEqual([
      {
        id: "K",
        line: 1,
        error: {
          code: "SLA4006",
          message: "the ticket has no `channel` (`chat` or `email`), and its `first_response` depends on it",
          hint: "`first_response` differs between channel `chat` and channel `email`",
        },
      },
      { id: "K-medium", due: { first_response: "2026-03-04T19:00:00Z" } },
      { id: "K-number", line: 3, error: { code: "SLA4012", message: "`severity` must be a string" } },
    ]);
  });

  it("answers a ticket whose one metric cannot be computed, with that metric's error, and exits 0", async () => {
    const policy = `policy shut "Shut" {
  calendar office { zone UTC  open mon-fri 09:00 - 17:00 }
  calendar shut { zone UTC  open mon-fri 09:00 - 17:00  closed 2026-01-01 to 2199-12-31 }
  first_response 1h on office
  resolution 1h on shut
}
`;
    const dir = project({ "shut.sla": policy });
    const result = await slac(dir, ["due", "shut.sla", "--tickets", "-", "--now", "2026-06-01T14:30Z"], { NO_COLOR: "1" }, [ticket({ id: "S", openedAt: "2026-06-01T14:00Z" })]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      {
        id: "S",
        due: { first_response: "2026-06-01T15:00:00Z", resolution: null },
        status: {
          first_response: { status: "running", metAt: null, remainingMinutes: 30, overdueMinutes: null, remainingWallMinutes: 30, overdueWallMinutes: null },
          resolution: { status: null, metAt: null, remainingMinutes: null, overdueMinutes: null, remainingWallMinutes: null, overdueWallMinutes: null },
        },
        errors: { resolution: { code: "SLA4008", message: "calendar `shut` has too little open time after 2026-06-01T14:00:00Z for `resolution`" } },
      },
    ]);
  });

  it("refuses a policy with errors, writing nothing to standard output", async () => {
    const dir = project({ "bad.sla": "policy bad { calendar c { zone Mars/Olympus_Mons } }" });
    const result = await slac(dir, ["due", "bad.sla", "--tickets", "-"], { NO_COLOR: "1" }, ["{}\n"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Mars/Olympus_Mons");
  });
});

describe("slac test", () => {
  it("runs the test blocks of every seed policy and passes", async () => {
    const result = await slac(repo, ["test", "policies"]);
    expect(result.code).toBe(0);
    const files = readdirSync(path.join(repo, "policies")).filter((f) => f.endsWith(".sla"));
    const blocks = files.reduce((n, f) => n + (seed(f).match(/^\s*test "/gm) ?? []).length, 0);
    for (const f of files) expect(result.stdout).toMatch(new RegExp(`^policy [a-z0-9-]+ \\(policies/${f.replace(".", "\\.")}\\)\\n  ok `, "m"));
    expect(result.stdout).toContain(`\n${blocks} passed, 0 failed\n`);
    expect(result.stdout).not.toContain("FAIL");
  });

  it("shows expected and actual and the deciding rule for a failing test, and exits 1", async () => {
    const wrong = seed("kustomer.sla").replace(
      "expect first_response 2026-03-04T19:00Z",
      "expect first_response 2026-03-04T17:15Z",
    );
    const dir = project({ "kustomer.sla": wrong });
    const result = await slac(dir, ["test", "kustomer.sla"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}critical by email is treated as medium \(kustomer\.sla:\d+:\d+\)/);
    expect(result.stdout).toContain("first_response due: expected 2026-03-04T17:15:00Z, got 2026-03-04T19:00:00Z");
    expect(result.stdout).toMatch(/decided by the rule at kustomer\.sla:\d+:\d+ \(severity applied: medium\)/);
    expect(result.stdout).toMatch(/\n\d+ passed, 1 failed\n$/);
  });
});

describe("slac test on metrics without targets", () => {
  it("passes `expect <metric> none` for a built-in metric the policy sets no target for", async () => {
    const policy = `policy p "P" {
  calendar office { zone UTC open mon-fri 09:00 - 17:00 }
  first_response 1h
  test "no resolution promised" {
    opened 2026-03-02T09:00Z
    expect first_response 2026-03-02T10:00Z
    expect resolution none
  }
  test "a resolution expected where none is promised" {
    opened 2026-03-02T09:00Z
    expect resolution 2026-03-02T10:00Z
  }
}
`;
    const result = await slac(project({ "p.sla": policy }), ["test", "p.sla"]);
    expect(result.stdout).toContain("  ok    no resolution promised\n");
    expect(result.stdout).toContain("resolution due: expected 2026-03-02T10:00:00Z, got none");
    expect(result.stdout).toContain("1 passed, 1 failed");
    expect(result.code).toBe(1);
  });
});

describe("slac test on eligibility rules", () => {
  it("checks `expect severity` and `expect rejected` against the runtime's verdict, naming the rule", async () => {
    const policy = `policy p "P" {
  attribute environment { values production, staging  default production }
  channel phone
  channel email
  severity p1
  severity p2
  eligibility {
    p1 only environment production otherwise reclassify p2
    p1 only channel phone otherwise reject
  }
  first_response {
    p1 15m 24x7
    p2 1h 24x7
  }
  test "staging is P2" {
    opened 2026-03-02T09:00Z
    severity p1
    channel phone
    attribute environment staging
    expect severity p2
    expect first_response 2026-03-02T10:00Z
  }
  test "email is refused" {
    opened 2026-03-02T09:00Z
    severity p1
    channel email
    expect rejected
  }
  test "staging expected to stay P1" {
    opened 2026-03-02T09:00Z
    severity p1
    channel phone
    attribute environment staging
    expect severity p1
  }
  test "phone expected to be refused" {
    opened 2026-03-02T09:00Z
    severity p1
    channel phone
    expect rejected
  }
  test "email expected to be answered" {
    opened 2026-03-02T09:00Z
    severity p1
    channel email
    expect first_response 2026-03-02T09:15Z
  }
}
`;
    const result = await slac(project({ "p.sla": policy }), ["test", "p.sla"]);
    expect(result.stdout).toContain("  ok    staging is P2\n");
    expect(result.stdout).toContain("  ok    email is refused\n");
    expect(result.stdout).toMatch(/severity: expected p1, got p2 \(reclassified from p1 to p2 by the rule at p\.sla:\d+:\d+\)/);
    expect(result.stdout).toContain("rejected: expected an eligibility rule to reject the ticket, but it is answered at severity p1\n");
    expect(result.stdout).toMatch(/SLA4017: severity `p1` is rejected by the rule at \d+:\d+: it is offered only for channel `phone`, and the ticket's channel is `email`/);
    expect(result.stdout).toContain("2 passed, 3 failed");
    expect(result.code).toBe(1);
  });
});

describe("slac uptime", () => {
  const csv = (rows: [string, number, number][]): string =>
    "minute,valid_requests,errors\n" + rows.map((r) => r.join(",")).join("\n") + "\n";
  const minute = (i: number): string => new Date(Date.UTC(2026, 10, 3, 10, i)).toISOString().replace(":00.000Z", "Z");
  // 50 minutes at 6 % errors (down), 20 at exactly 5 % (not down under `> 5%`), one in October.
  const november = csv([
    ...Array.from({ length: 50 }, (_, i): [string, number, number] => [minute(i), 1000, 60]),
    ...Array.from({ length: 20 }, (_, i): [string, number, number] => [minute(100 + i), 1000, 50]),
    ["2026-10-31T23:59Z", 10, 10],
  ]);

  it("gives Haptik's November 2026 with 50 minutes above 5 % as 99.884 %, not met", async () => {
    const dir = project({ "haptik.sla": seed("haptik.sla"), "traffic.csv": november });
    const json = await slac(dir, ["uptime", "haptik.sla", "--minutes", "traffic.csv", "--month", "2026-11", "--format", "json"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ policy: "haptik", month: "2026-11", minutesInMonth: 43_200, ignoredMinutes: 1 });
    expect(report.commitments).toEqual([
      expect.objectContaining({ commitment: "uptime", uptimePercent: 99.884, downtimeMinutes: 50, allowedDowntimeMinutes: 43.2, met: false, creditPercent: null }),
    ]);
    const text = await slac(dir, ["uptime", "haptik.sla", "--minutes", "traffic.csv", "--month", "2026-11"]);
    expect(text.stdout).toContain("99.884 % against an objective of 99.9 %: NOT met");
  });

  it("reports bad CSV lines by line number and still answers, and rejects a bad month as usage", async () => {
    const dir = project({ "haptik.sla": seed("haptik.sla"), "traffic.csv": november.replace("1000,60\n", "1000,sixty\n") });
    const result = await slac(dir, ["uptime", "haptik.sla", "--minutes", "traffic.csv", "--month", "2026-11", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^traffic\.csv:2: error SLA40\d\d: /m);
    expect(JSON.parse(result.stdout).commitments[0].downtimeMinutes).toBe(49);
    const month = await slac(dir, ["uptime", "haptik.sla", "--minutes", "traffic.csv", "--month", "2026-13"]);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain("SLA5010");
  });
});
