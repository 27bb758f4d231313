import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import { serializeBundle } from "../../src/bundle/json.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { validateBundle } from "../../src/bundle/validate.js";
import { compile } from "../../src/pipeline.js";
import { parsePolicy, policy } from "../helpers/diagnostics.js";


function bundleOf(body: string): Bundle {
  return compilePolicy(parsePolicy(policy(body)), { source: "test.sla" });
}

describe("compilePolicy", () => {
  // A golden file: `npx vitest run -u` rewrites it; review the diff before committing it.
  it("compiles the kitchen sink to the reviewed golden bundle", async () => {
    const text = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "policies/kitchen-sink.sla" }));
    await expect(text).toMatchFileSnapshot("./golden/kitchen-sink.json");
  });

  it("is deterministic: the same source gives byte-identical JSON", () => {
    const a = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" }));
    const b = serializeBundle(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" }));
    expect(a).toBe(b);
  });

  it("records the source path as given", () => {
    expect(compilePolicy(parsePolicy(policy("")), { source: "policies/sub/a.sla" }).policy.source).toBe("policies/sub/a.sla");
  });

  it("expands days and normalizes windows to sorted minutes of the week", () => {
    const windows = (open: string) => bundleOf(`calendar c { zone UTC ${open} }`).calendars[0]!.windows;
    expect(windows("open mon-fri 09:00 - 17:00")).toEqual(
      [0, 1, 2, 3, 4].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })),
    );
    expect(windows("open sun 22:00 - 02:00")).toEqual([{ start: 9960, end: 10200 }]);
    expect(windows("open sat 00:00 - 00:00 open fri 00:00 - 24:00")).toEqual([
      { start: 5760, end: 7200 },
      { start: 7200, end: 8640 },
    ]);
    expect(windows("open sun 18:00 - fri 21:00")).toEqual([{ start: 9720, end: 17100 }]);
    expect(windows("open mon 09:00 - wed 17:00")).toEqual([{ start: 540, end: 3900 }]);
    expect(windows("open mon 09:00 - mon 08:00")).toEqual([{ start: 540, end: 10560 }]);
  });

  it("normalizes closed dates, yearly dates and nth weekdays", () => {
    const closed = bundleOf(`calendar c {
      zone UTC
      closed 2026-12-25 "Christmas"
      closed 2026-12-24 to 2026-12-26
      closed every jan 1
      closed every fourth thu of nov "Thanksgiving"
      closed every last mon of may
    }`).calendars[0]!.closed;
    expect(closed).toEqual([
      { kind: "dates", from: "2026-12-25", to: "2026-12-25", name: "Christmas" },
      { kind: "dates", from: "2026-12-24", to: "2026-12-26", name: null },
      { kind: "yearly", month: 1, day: 1, name: null, move: null },
      { kind: "nth_weekday", month: 11, weekday: 4, nth: 4, name: "Thanksgiving", move: null },
      { kind: "nth_weekday", month: 5, weekday: 1, nth: -1, name: null, move: null },
    ]);
  });

  it("normalizes Easter, moved dates and yearly ranges", () => {
    const closed = bundleOf(`calendar c {
      zone UTC
      closed every easter "Easter Sunday"
      closed every easter -2d "Good Friday"
      closed every easter +50d observed
      closed every jul 4 observed "Independence Day"
      closed every dec 25 observed sat to fri, sun to mon, sat to mon
      closed every fourth thu of nov +1d "Day after Thanksgiving"
      closed every jan 1 -1d observed sun to fri
      closed every dec 28 - jan 3 "Company closure"
    }`).calendars[0]!.closed;
    const weekend = [
      { weekday: 6, days: -1 },
      { weekday: 7, days: 1 },
    ];
    expect(closed).toEqual([
      { kind: "easter", offset: 0, name: "Easter Sunday", move: null },
      { kind: "easter", offset: -2, name: "Good Friday", move: null },
      { kind: "easter", offset: 50, name: null, move: { shift: 0, observed: weekend } },
      { kind: "yearly", month: 7, day: 4, name: "Independence Day", move: { shift: 0, observed: weekend } },
      // To the nearest such weekday: Saturday to Monday is two days on.
      { kind: "yearly", month: 12, day: 25, name: null, move: { shift: 0, observed: [...weekend, { weekday: 6, days: 2 }] } },
      { kind: "nth_weekday", month: 11, weekday: 4, nth: 4, name: "Day after Thanksgiving", move: { shift: 1, observed: [] } },
      { kind: "yearly", month: 1, day: 1, name: null, move: { shift: -1, observed: [{ weekday: 7, days: -2 }] } },
      { kind: "yearly_range", from: { month: 12, day: 28 }, to: { month: 1, day: 3 }, name: "Company closure" },
    ]);
  });

  it("gives a calendar its zone, the customer's with a default or none, or none when not stated", () => {
    const calendars = bundleOf(`
      calendar fixed { zone Europe/Berlin }
      calendar customer { zone customer }
      calendar paris { zone customer default Europe/Paris }
      calendar unsaid { zone unknown "The page says business hours" }
      calendar unpublished { unknown "Hours are not published" }
    `).calendars;
    expect(calendars.map((c) => [c.id, c.zone, c.ticketZone, c.unknown])).toEqual([
      ["fixed", "Europe/Berlin", false, []],
      ["customer", null, true, []],
      ["paris", "Europe/Paris", true, []],
      ["unsaid", null, false, [{ part: "zone", reason: "The page says business hours" }]],
      ["unpublished", null, false, [{ part: "hours", reason: "Hours are not published" }]],
    ]);
  });

  it("keeps spans whose ends are in other zones apart from the windows, both zones written out", () => {
    const calendar = (items: string) => bundleOf(`calendar c { ${items} }`).calendars[0]!;
    const week = calendar("zone America/Los_Angeles  open mon 10:00 Australia/Sydney - fri 17:00");
    expect(week.windows).toEqual([]);
    expect(week.spans).toEqual([{ start: 600, startZone: "Australia/Sydney", end: 6780, endZone: "America/Los_Angeles" }]);
    // Both ends in the calendar's own zone: an ordinary window.
    expect(calendar("zone UTC  open sun 18:00 UTC - fri 21:00").windows).toEqual([{ start: 9720, end: 17100 }]);
    const customer = calendar("zone customer  open mon 10:00 Australia/Sydney - sun 24:00 Asia/Tokyo  open mon-fri 09:00 - 17:00");
    expect(customer.spans).toEqual([{ start: 600, startZone: "Australia/Sydney", end: 0, endZone: "Asia/Tokyo" }]);
    expect(customer.windows).toHaveLength(5);
  });

  it("expands holiday sets into dates over the calendar's horizon, with the region's name and the data's version", () => {
    const calendar = bundleOf(`calendar c {
      zone America/New_York
      holidays US { types public, bank  except "columbus day", "Veterans Day"  years 2026 to 2027 }
      holidays US-CA { only "Christmas Day" }
    }`).calendars[0]!;
    expect(calendar.horizon).toEqual({ from: "2026-01-01", to: "2027-12-31" });
    const [us, california] = calendar.holidays;
    const version = (JSON.parse(readFileSync(new URL("../../node_modules/date-holidays/package.json", import.meta.url), "utf8")) as { version: string }).version;
    expect({ ...us!, dates: us!.dates.slice(0, 3) }).toEqual({
      region: "US",
      regionName: "United States of America",
      types: ["public", "bank"],
      except: ["columbus day", "Veterans Day"],
      only: [],
      data: `date-holidays@${version}`,
      dates: [
        { date: "2026-01-01", name: "New Year's Day" },
        { date: "2026-01-19", name: "Martin Luther King Jr. Day" },
        { date: "2026-02-16", name: "Washington's Birthday" },
      ],
    });
    const dates = us!.dates.map((d) => d.date);
    // Independence Day 2026 is a Saturday: its substitute day, the Friday, is closed too.
    expect(us!.dates.filter((d) => d.date.startsWith("2026-07"))).toEqual([
      { date: "2026-07-03", name: "Independence Day (substitute day)" },
      { date: "2026-07-04", name: "Independence Day" },
    ]);
    expect(dates).not.toContain("2026-10-12"); // Columbus Day, left out in lower case
    expect(dates).toEqual([...dates].sort());
    expect(california).toMatchObject({ region: "US-CA", regionName: "California, United States of America", only: ["Christmas Day"] });
    // `only` keeps a holiday's substitute day too: Christmas 2027 is a Saturday.
    expect(california!.dates).toEqual([
      { date: "2026-12-25", name: "Christmas Day" },
      { date: "2027-12-24", name: "Christmas Day (substitute day)" },
      { date: "2027-12-25", name: "Christmas Day" },
    ]);
  });

  it("closes each date of a holiday of several days, and a half-day one for its whole date", () => {
    const [set] = bundleOf(`calendar c { zone Europe/Berlin  holidays DE-NW { types public, bank  years 2026 to 2026 } }`).calendars[0]!.holidays;
    expect(set!.dates.filter((d) => d.date >= "2026-12-24")).toEqual([
      { date: "2026-12-24", name: "Christmas Eve" }, // a bank holiday from 14:00
      { date: "2026-12-25", name: "Christmas Day" },
      { date: "2026-12-26", name: "Boxing Day" },
      { date: "2026-12-31", name: "New Year's Eve" },
    ]);
    const [eid] = bundleOf(`calendar c { zone Asia/Dubai  holidays AE { only "End of Ramadan (Eid al-Fitr)"  years 2026 to 2026 } }`).calendars[0]!.holidays;
    expect(eid!.dates.map((d) => d.date)).toEqual(["2026-03-20", "2026-03-21", "2026-03-22"]);
  });

  it("gives the default years, 2020 to 2040, to a set without `years`, and no horizon without sets", () => {
    const calendar = bundleOf("calendar c { zone Europe/Berlin  holidays DE-NW }").calendars[0]!;
    expect(calendar.horizon).toEqual({ from: "2020-01-01", to: "2040-12-31" });
    expect(calendar.holidays[0]!.dates.filter((d) => d.name === "Good Friday").map((d) => d.date)).toContain("2030-04-19");
    expect(bundleOf("calendar c { zone UTC }").calendars[0]!.horizon).toBeNull();
    const unknown = bundleOf(`calendar c { zone UTC  holidays unknown "major US holidays" }`).calendars[0]!;
    expect([unknown.holidays, unknown.horizon, unknown.unknown]).toEqual([[], null, [{ part: "holidays", reason: "major US holidays" }]]);
  });

  it("writes calendar days and unknown targets in the rows", () => {
    const rows = bundleOf(`
      calendar c { zone Europe/Paris  open mon-fri 09:00 - 17:00 }
      severity high
      severity low
      first_response { high 1 calendar day  low unknown "Not stated for low" }
      resolution 60 calendar days
    `).targets;
    expect(rows.map((row) => [row.severity, row.metric, row.target])).toEqual([
      ["high", "first_response", { deadline: { amount: { unit: "calendar_days", value: 1 }, calendar: "c", strict: false }, otherwise: null, hoursCalendar: null }],
      ["high", "resolution", { deadline: { amount: { unit: "calendar_days", value: 60 }, calendar: "c", strict: false }, otherwise: null, hoursCalendar: null }],
      ["low", "first_response", { unknown: "Not stated for low" }],
      ["low", "resolution", { deadline: { amount: { unit: "calendar_days", value: 60 }, calendar: "c", strict: false }, otherwise: null, hoursCalendar: null }],
    ]);
  });

  it("writes canonical language tags, the first language primary when none is marked", () => {
    expect(bundleOf("languages pt-br, EN").languages).toEqual([
      { tag: "pt-BR", primary: true },
      { tag: "en", primary: false },
    ]);
    expect(bundleOf("languages en, de primary").languages.map((l) => l.primary)).toEqual([false, true]);
  });

  it("lists builtin metrics with targets in their fixed order, then declared ones", () => {
    const metrics = bundleOf("metric zeta resolution 1h 24x7 first_response 1h 24x7 metric alpha { starts customer_reply }").metrics;
    expect(metrics.map((m) => [m.id, m.builtin, m.starts])).toEqual([
      ["first_response", true, "opened"],
      ["resolution", true, "opened"],
      ["zeta", false, "opened"],
      ["alpha", false, "customer_reply"],
    ]);
  });

  it("carries a test's zone and an expected `unknown`", () => {
    const [test] = bundleOf(`test "t" { opened 2026-01-12T00:00Z  zone Asia/Tokyo  expect first_response unknown }`).tests;
    expect(test!.ticket).toEqual({ openedAt: "2026-01-12T00:00:00Z", zone: "Asia/Tokyo", events: [] });
    expect(test!.expect).toEqual([{ metric: "first_response", due: "unknown", status: null, cycle: null, missed: null }]);
  });

  it("carries tests with instants in UTC", () => {
    const [test] = bundleOf(`test "t" {
      opened 2026-03-27T22:00:00+02:00
      event paused 2026-03-27T20:05Z
      now 2026-03-28T01:30-05:30
      expect first_response 2026-03-27T21:00Z met
      expect resolution none
    }`).tests;
    expect(test).toEqual({
      name: "t",
      at: "2:1",
      ticket: { openedAt: "2026-03-27T20:00:00Z", events: [{ type: "paused", at: "2026-03-27T20:05:00Z" }] },
      now: "2026-03-28T07:00:00Z",
      expect: [
        { metric: "first_response", due: "2026-03-27T21:00:00Z", status: "met", cycle: null, missed: null },
        { metric: "resolution", due: null, status: null, cycle: null, missed: null },
      ],
      expectSeverity: null,
      expectRejected: false,
    });
  });

  it("uses business_hours, or else the only calendar, as the policy's business hours", () => {
    expect(bundleOf("calendar a { zone UTC }").policy.businessHours).toBe("a");
    expect(bundleOf("calendar a { zone UTC } calendar b { zone UTC } business_hours b").policy.businessHours).toBe("b");
    expect(bundleOf("calendar a { zone UTC } calendar b { zone UTC }").policy.businessHours).toBeNull();
  });

  it("sorts credits by level, highest first, and escalation levels by number", () => {
    const bundle = bundleOf(`
      team a { } team b { }
      escalation { level 2 b level 1 a }
      uptime { objective 99.9% per month downtime error_rate > 5% credit 25% below 99% credit 10% below 99.9% }
    `);
    expect(bundle.escalation!.levels).toEqual([
      { level: 1, team: "a" },
      { level: 2, team: "b" },
    ]);
    expect(bundle.uptimes[0]!.credits).toEqual({
      levels: [
        { belowPercent: 99.9, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 25 },
      ],
      capPercent: null,
      claimWindowDays: null,
    });
    expect(bundle.uptimes[0]!.minimumPeriodMinutes).toBe(1);
  });

  it("compiles each uptime commitment with its id, scope, cap and claim window, the fiscal year and the response credits", () => {
    const bundle = bundleOf(`
      tier standard tier enterprise
      fiscal_year starts feb 1 zone America/Los_Angeles
      first_response 4h 24x7
      uptime { objective 99.9% per month downtime error_rate > 5% }
      uptime enterprise "Enterprise uptime" {
        tiers enterprise, enterprise
        service "API"
        objective 99.95% per month
        downtime error_rate >= 1%
        credit 10% below 99.95%
        credit_cap 30%
        claim_within 30d
      }
      credit first_response "Missed first responses" {
        tiers enterprise
        misses > 4 per fiscal_quarter
        credit 20%
        claim_within 2d
        note "Of the quarter's fee"
      }
    `);
    expect(bundle.uptimes.map((u) => [u.id, u.title, u.tiers, u.service])).toEqual([
      ["uptime", null, [], null],
      ["enterprise", "Enterprise uptime", ["enterprise"], "API"],
    ]);
    expect(bundle.uptimes[1]!.credits).toEqual({ levels: [{ belowPercent: 99.95, creditPercent: 10 }], capPercent: 30, claimWindowDays: 30 });
    expect(bundle.fiscalYear).toEqual({ startMonth: 2, startDay: 1, zone: "America/Los_Angeles" });
    expect(bundle.responseCredits).toEqual([
      {
        metric: "first_response",
        title: "Missed first responses",
        tiers: ["enterprise"],
        misses: { operator: ">", count: 4 },
        period: "fiscal_quarter",
        creditPercent: 20,
        claimWindowDays: 2,
        assumption: null,
        notes: [{ title: null, text: "Of the quarter's fee" }],
      },
    ]);
    expect(bundleOf("first_response 4h 24x7").fiscalYear).toBeNull();
  });

  it("carries the assumption of an uptime commitment and of a response credit", () => {
    const bundle = bundleOf(`
      fiscal_year starts jan 1
      first_response 4h 24x7
      uptime { objective 99.9% per month  downtime error_rate > 5%  assumption "Monthly, as the page implies" }
      credit first_response { misses > 4 per fiscal_quarter  credit 20%  assumption "Counted per customer" }
    `);
    expect(bundle.uptimes[0]!.assumption).toBe("Monthly, as the page implies");
    expect(bundle.responseCredits[0]!.assumption).toBe("Counted per customer");
    expect(bundleOf("uptime { objective 99.9% per month  downtime error_rate > 5% }").uptimes[0]!.assumption).toBeNull();
  });

  it("lists declared events in source order, and how each metric starts, repeats and takes a change", () => {
    const bundle = bundleOf(`
      event engineering_logged "Logged with engineering" { assumption "Read from the FAQ"  note "In Jira" }
      event priority_assigned
      metric eng_update { starts engineering_logged  repeats  reclassified restarts }
      metric reply { starts customer_reply  repeats after customer_reply until escalated }
      first_response 1h 24x7
    `);
    expect(bundle.events).toEqual([
      { id: "engineering_logged", title: "Logged with engineering", assumption: "Read from the FAQ", notes: [{ title: null, text: "In Jira" }] },
      { id: "priority_assigned", title: null, assumption: null, notes: [] },
    ]);
    expect(bundle.metrics.map(({ id, starts, repeats, onChange }) => ({ id, starts, repeats, onChange }))).toEqual([
      { id: "first_response", starts: "opened", repeats: null, onChange: "keep" },
      { id: "eng_update", starts: "engineering_logged", repeats: { after: "eng_update", until: "resolved" }, onChange: "restart" },
      { id: "reply", starts: "customer_reply", repeats: { after: "customer_reply", until: "escalated" }, onChange: "keep" },
    ]);
    expect(bundleOf("first_response 1h 24x7").events).toEqual([]);
  });

  it("carries what a test event changes, and expectations of cycles", () => {
    const [test] = bundleOf(`
      severity high
      severity low
      attribute environment { values production, staging  default production }
      attribute locale from languages
      languages en, ja
      metric reply { starts customer_reply  repeats after customer_reply }
      reply 1h 24x7
      test "t" {
        opened 2026-03-02T09:00Z
        severity low
        event reclassified 2026-03-02T10:00Z severity high attribute environment staging
        event escalated 2026-03-02T10:30Z attribute locale JA
        event customer_reply 2026-03-02T11:00Z
        expect reply cycle 2 2026-03-02T12:00Z running
        expect reply 2026-03-02T12:00Z missed 0
      }
    `).tests;
    expect(test!.ticket.events).toEqual([
      { type: "reclassified", at: "2026-03-02T10:00:00Z", severity: "high", attributes: { environment: "staging" } },
      { type: "escalated", at: "2026-03-02T10:30:00Z", attributes: { locale: "ja" } },
      { type: "customer_reply", at: "2026-03-02T11:00:00Z" },
    ]);
    expect(test!.expect).toEqual([
      { metric: "reply", due: "2026-03-02T12:00:00Z", status: "running", cycle: 2, missed: null },
      { metric: "reply", due: "2026-03-02T12:00:00Z", status: null, cycle: null, missed: 0 },
    ]);
  });
});

describe("the policies in policies/", () => {
  const folder = new URL("../../policies/", import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith(".sla"));

  for (const file of files) {
    it(`${file} compiles without errors to bundles that validate`, () => {
      const result = compile(readFileSync(new URL(file, folder), "utf8"), `policies/${file}`);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.bundles.length).toBeGreaterThan(0);
      for (const bundle of result.bundles) {
        expect(validateBundle(bundle, { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } })).toEqual([]);
      }
    });
  }
});
