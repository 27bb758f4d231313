/** The checks of what real SLA pages say about calendars: moved and ranged dates, spans across zones, customer zones, unknown hours. */
import { describe, expect, it } from "vitest";
import { KnownCalendarWordsRule } from "../../../src/semantics/rules/KnownCalendarWordsRule.js";
import { KnownZoneRule } from "../../../src/semantics/rules/KnownZoneRule.js";
import { RequiredZoneRule } from "../../../src/semantics/rules/RequiredZoneRule.js";
import { SpanZonesRule } from "../../../src/semantics/rules/SpanZonesRule.js";
import { UniqueItemsRule } from "../../../src/semantics/rules/UniqueItemsRule.js";
import { UnknownHoursRule } from "../../../src/semantics/rules/UnknownHoursRule.js";
import { ValidDateMovesRule } from "../../../src/semantics/rules/ValidDateMovesRule.js";
import { ValidDatesRule } from "../../../src/semantics/rules/ValidDatesRule.js";
import { ValidWindowsRule } from "../../../src/semantics/rules/ValidWindowsRule.js";
import { errorsOf, expectClean, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const calendar = (items: string, zone = "zone America/New_York") => policy(`calendar c {\n  ${zone}\n  ${items}\n}`);

describe("ValidDateMovesRule", () => {
  it("accepts whole-day shifts within a year and observed days to other weekdays", () => {
    expectValid(
      ValidDateMovesRule,
      calendar(`
        closed every easter -2d
        closed every easter +50d
        closed every fourth thu of nov +1d observed
        closed every dec 25 observed sat to fri, sun to mon
        closed every jan 1 -366d
      `),
    );
  });

  it("reports a shift by part of a day or by more than a year (SLA2048)", () => {
    expect(errorsOf(ValidDateMovesRule, calendar("closed every easter -36h  closed every jan 1 +1d12h  closed every easter +400d"), true)).toEqual([
      "4:23 SLA2048 `-36h` moves a date by part of a day (a date moves by whole days, as in `+1d` or `-2d`)",
      "4:48 SLA2048 `+1d12h` moves a date by part of a day (a date moves by whole days, as in `+1d` or `-2d`)",
      "4:76 SLA2048 `+400d` moves a date by more than a year (a date moves by at most 366 days)",
    ]);
  });

  it("reports a weekday observed on itself or twice", () => {
    expectErrors(ValidDateMovesRule, calendar("closed every jul 4 observed sat to sat, sun to mon, sun to tue"), [
      "4:31 SLA2048 `sat to sat` moves a date to its own weekday",
      "4:55 SLA2048 `sun` is observed twice",
    ]);
  });
});

describe("KnownCalendarWordsRule and ValidDatesRule, on the new forms", () => {
  it("check the months and days of a yearly range and the weekdays of observed days", () => {
    expectErrors(KnownCalendarWordsRule, calendar("closed every december 28 - jan 3  closed every jul 4 observed saturday to fri"), [
      "4:16 SLA2010 unknown month `december`",
      "4:65 SLA2010 unknown weekday `saturday`",
    ]);
    expectErrors(ValidDatesRule, calendar("closed every dec 28 - feb 30"), ["4:29 SLA2009 `feb 30` is not a day of the year"]);
    expectValid(ValidDatesRule, calendar("closed every dec 28 - feb 29"));
  });
});

describe("zones of calendars, spans and tests", () => {
  it("accepts a calendar in the customer's zone, with or without a default, and one whose zone is not stated", () => {
    expectValid(RequiredZoneRule, policy(`calendar a { zone customer }  calendar b { zone customer default Europe/Paris }  calendar c { zone unknown "Not said" }`));
    // A calendar whose hours are unknown may leave its zone out.
    expectValid(RequiredZoneRule, policy(`calendar d { unknown "Hours are not published" }`));
    expect(errorsOf(RequiredZoneRule, policy("calendar office { open mon-fri 09:00 - 17:00 }"), true)).toEqual([
      '2:10 SLA2005 calendar `office` has no `zone` (add a line such as `zone America/New_York`, `zone customer` for the customer\'s zone, or `zone unknown "…"` when the source does not say)',
    ]);
  });

  it("reports an unknown zone as a customer default, at a span's end and in a test (SLA2001)", () => {
    expectErrors(
      KnownZoneRule,
      policy(`
        calendar a { zone customer default Europe/Pariss }
        calendar b { zone UTC  open mon 10:00 Australia/Sidney - fri 17:00 America/Los_Angeles }
        test "t" { opened 2026-01-12T00:00Z  zone Asia/Tokio }
      `),
      [
        "2:36 SLA2001 unknown time zone `Europe/Pariss`",
        "3:39 SLA2001 unknown time zone `Australia/Sidney`",
        "4:43 SLA2001 unknown time zone `Asia/Tokio`",
      ],
    );
  });

  it("counts `zone`, `zone customer` and `zone unknown` as one item", () => {
    expectErrors(UniqueItemsRule, calendar("zone customer  zone unknown \"x\""), [
      "4:3 SLA2004 duplicate `zone` in calendar `c`",
      "4:18 SLA2004 duplicate `zone` in calendar `c`",
    ]);
  });

  it("requires both ends of a span across zones in a calendar without a fixed zone (SLA2049)", () => {
    expectValid(SpanZonesRule, calendar("open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles  open mon-fri 09:00 - 17:00", "zone customer"));
    expectValid(SpanZonesRule, calendar("open mon 10:00 Australia/Sydney - fri 17:00"));
    expect(errorsOf(SpanZonesRule, calendar("open mon 10:00 Australia/Sydney - fri 17:00", "zone customer"), true)).toEqual([
      "4:3 SLA2049 the end of this span names no zone, and the zone of calendar `c` is the customer's (name the zones of both ends, as in `open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles`)",
    ]);
    expectErrors(SpanZonesRule, calendar("open mon 10:00 - fri 17:00 Asia/Tokyo", 'zone unknown "Not said"'), [
      "4:3 SLA2049 the start of this span names no zone, and the zone of calendar `c` is not stated",
    ]);
  });
});

describe("ValidWindowsRule, on spans across zones", () => {
  it("accepts a week from Sydney to Los Angeles, and a span in one foreign zone", () => {
    expectValid(
      ValidWindowsRule,
      calendar(`
        open mon 10:00 Australia/Sydney - fri 17:00 America/Los_Angeles
        open sat 09:00 Asia/Tokyo - sat 17:00 Asia/Tokyo
      `),
    );
  });

  it("reports a span that closes where it opens, or whose end passes its start, in some season (SLA2012)", () => {
    expect(
      errorsOf(
        ValidWindowsRule,
        calendar(`
          open mon 09:00 Asia/Tokyo - mon 09:00 Asia/Tokyo
          open mon 10:00 Australia/Sydney - sun 23:30 UTC
        `),
        true,
      ),
    ).toEqual([
      "5:11 SLA2012 the span `open mon 09:00 Asia/Tokyo - mon 09:00 Asia/Tokyo` ends where it starts in some seasons (a span across zones is shorter than a week in every season; move one of its ends)",
      "6:11 SLA2012 the span `open mon 10:00 Australia/Sydney - sun 23:30 UTC` is open 30m in some seasons and 6d23h30m in others (its end passes its start when the clocks of its zones change; move one of its ends)",
    ]);
  });

  it("still reports an empty span in the calendar's own zone", () => {
    expectErrors(ValidWindowsRule, calendar("open mon 09:00 America/New_York - mon 09:00"), [
      "4:3 SLA2012 the span `open mon 09:00 America/New_York - mon 09:00` is empty",
    ]);
  });
});

describe("UnknownHoursRule", () => {
  it("accepts a calendar whose hours are unknown, with closed dates and holidays", () => {
    expectValid(UnknownHoursRule, calendar('unknown "Not published"  closed every jan 1  holidays unknown "major US holidays"'));
  });

  it("reports a calendar whose hours are unknown and that has windows (SLA2047)", () => {
    expect(errorsOf(UnknownHoursRule, calendar('unknown "Not published"  open mon-fri 09:00 - 17:00'), true)).toEqual([
      "4:3 SLA2047 calendar `c` says its hours are `unknown` and has `open` windows (leave out `unknown` if the windows are the hours the source states, or the windows if it states none; for hours the author assumed, write `assumption \"…\"`)",
    ]);
  });
});

describe("a calendar of every new kind", () => {
  it("is clean", () => {
    expectClean(
      policy(`
        calendar regional {
          zone America/New_York
          open mon-fri 08:00 - 18:00
          open mon 09:00 Asia/Tokyo - fri 17:00
          closed every easter -2d "Good Friday"
          closed every jul 4 observed "Independence Day"
          closed every fourth thu of nov +1d "Day after Thanksgiving"
          closed every dec 28 - jan 3 "Company closure"
        }
        calendar local { zone customer  open mon-fri 09:00 - 17:00 }
        calendar vendor { zone unknown "Not said"  unknown "Not published" }
      `),
    );
  });
});
