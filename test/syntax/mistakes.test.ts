/**
 * Common mistakes, each checked through parse and semantic checks (what `slac check`
 * reports): one diagnostic, at the place of the mistake, with the fix in the help line
 * where the docs name one. Positions are relative to the lines of `items` (line 1 is the
 * first line of `items`).
 */
import { describe, expect, it } from "vitest";
import { checkSource } from "../../src/pipeline.js";
import { format } from "../helpers/diagnostics.js";

/** A policy with a calendar, two tiers and two severities, around `items`; `calendar` goes into the calendar. */
function policyWith(items: string, calendar = ""): string {
  return [
    "policy p {",
    "  severity p1",
    "  severity p2",
    "  tier basic",
    "  tier gold",
    "  calendar office {",
    "    zone Europe/Berlin",
    "    open mon-fri 09:00 - 17:00",
    calendar,
    "  }",
    items,
    "}",
  ].join("\n");
}

const itemsLine = 11;
const calendarLine = 9;

/** Every diagnostic, errors and warnings, as `line:col-line:col code message` and its help line. */
function reported(text: string, firstLine: number): string[] {
  return checkSource(text, "mistake.sla").flatMap((d) => [
    format(d, { end: true, firstLine }),
    ...(d.hint === undefined ? [] : [`help: ${d.hint}`]),
  ]);
}

const inItems = (items: string) => reported(policyWith(items), itemsLine);
const inCalendar = (line: string) => reported(policyWith("  first_response 4h", line), calendarLine);

describe("one mistake, one error", () => {
  it("a number without its unit", () => {
    expect(inItems("  first_response { p1 15 24x7  p2 1 business day }")).toEqual([
      "1:23-1:25 SLA1005 expected a unit after `15`, found `24x7`",
      "help: a duration has a unit, `15m` or `15h`; or count days with `15 business days` or `15 calendar days`",
    ]);
  });

  it("a yearly range joined by `to`", () => {
    expect(inCalendar("    closed every dec 28 to jan 3")).toEqual([
      "1:25-1:33 SLA1005 the days of a yearly `closed every` range are joined by `-`, found `to`",
      "help: write `closed every dec 28 - jan 3`; `to` joins the dates of `closed 2026-12-28 to 2027-01-03`",
    ]);
  });

  it("`24/7` for the always-open clock", () => {
    expect(inItems("  first_response { p1 1h 24/7 }")).toEqual([
      "1:26-1:30 SLA1005 expected a target rule or `}`, found `24/7`",
      "help: the always-open clock is written `24x7`",
    ]);
  });

  it("a tier id that starts with a digit, and the valid item after it", () => {
    expect(inItems("  tier 24x7-program\n  first_response 4h")).toEqual([
      "1:8-1:20 SLA1005 expected a tier id, found `24x7-program`",
      "help: an id starts with a letter or `_`, then letters, digits, `_` and inner `-` (`dialog360`, not `360dialog`)",
    ]);
  });

  it("severities in a one-line scope, without a false coverage warning", () => {
    expect(inItems("  first_response { tier basic p1 1 business day }")).toEqual([
      "1:31-1:33 SLA1005 expected `{` or a target such as `4h`, found `p1`",
      "help: the one-line form takes no severity list: write `tier basic { p1 … }`",
    ]);
    expect(inItems("  first_response { tier basic, gold p1 4h }")).toContain("help: the one-line form takes no severity list: write `tier basic, gold { p1 … }`");
  });

  it("a rule that does not parse leaves no coverage warning", () => {
    expect(inItems("  first_response { p1 4h  p2 business day }")).toEqual([
      "1:30-1:38 SLA1005 expected a target such as `4h`, `2 business days`, `next business day` or `none`, found `business`",
    ]);
  });

  it("a yearly date without its day, and an Easter shift without its space", () => {
    expect(inCalendar('    closed every dec "Christmas"')).toEqual([
      "1:18-1:21 SLA1005 expected a month and day such as `every dec 25`, `every <ordinal> <weekday> of <month>` or `every easter`, found `every dec`",
      "help: months are `jan` … `dec`, and ordinals `first` … `fifth` and `last`, as in `every fourth thu of nov`",
    ]);
    expect(inCalendar('    closed every easter-2d "Good Friday"')).toEqual([
      "1:18-1:27 SLA1005 expected a month and day such as `every dec 25`, `every <ordinal> <weekday> of <month>` or `every easter`, found `every easter-2d`",
      "help: write `easter -2d`, with a space before the `-`",
    ]);
    expect(inCalendar('    closed every easter "Easter Sunday"')).toEqual([]);
  });

  it("a lost `}`", () => {
    expect(inItems("  first_response { p1 4h\n  resolution 8h")).toEqual([
      "2:3-2:13 SLA1005 expected `}` to close the block opened on line 11, found `resolution`",
    ]);
  });

  it("a lost `{`", () => {
    expect(inItems("  first_response p1 4h }\n  resolution 8h")).toEqual([
      "1:18-1:20 SLA1005 expected `{` or a target such as `4h`, found `p1`",
      "help: rules that name severities go in a block: `first_response { p1 … }`",
    ]);
    expect(inItems("  first_response\n    p1 4h\n    p2 8h\n  }")).toEqual(["1:3-1:17 SLA1005 expected `{` to open the block closed on line 14"]);
  });

  it("misspelt keywords", () => {
    expect(inItems("  calender c { zone UTC  open mon 09:00 - 17:00 }\n  first_response 4h")).toEqual([
      "1:3-1:11 SLA1005 expected a policy item, found `calender`",
      "help: did you mean `calendar`?",
    ]);
    expect(inItems("  severty p3\n  first_response 4h")).toEqual([
      "1:3-1:10 SLA1005 expected a policy item, found `severty`",
      "help: did you mean `severity`?",
    ]);
    // A word followed by ids and a block reads as an attribute's scope; a near miss of a dimension says so.
    expect(inItems("  first_response { teir gold { p1 1h } p2 4h }")).toEqual([
      "1:20-1:24 SLA2002 unknown attribute `teir`",
      "help: did you mean `tier`?",
    ]);
    expect(inItems("  first_response { teir gold p1 1h  p2 4h }")).toEqual([
      "1:20-1:24 SLA1005 expected a target rule such as `critical 4h`, or a scope, found `teir`",
      "help: did you mean `tier`?",
    ]);
    expect(inItems("  frist_response 4h")).toEqual(["1:3-1:17 SLA2002 unknown metric `frist_response`", "help: did you mean `first_response`?"]);
  });

  it("12-hour times", () => {
    expect(inCalendar("    open sat 9am - 12:00")).toEqual([
      "1:14-1:17 SLA1005 expected a time such as `09:00`, found `9am`",
      "help: times are written `HH:MM`, 24-hour: `09:00`",
    ]);
    expect(inCalendar("    open sat 10:00 - 5:30pm")).toContain("help: times are written `HH:MM`, 24-hour: `17:30`");
  });

  it("`to` between the times of a window, and `-` between dates", () => {
    expect(inCalendar("    open sat 09:00 to 12:00")).toEqual([
      "1:20-1:22 SLA1005 expected `-`, found `to`",
      "help: a window is written `09:00 - 12:00`, with `-`; `to` joins the dates of `closed`",
    ]);
    expect(inCalendar("    closed 2026-12-24 - 2026-12-26")).toEqual([
      "1:23-1:24 SLA1005 expected a calendar item or `}`, found `-`",
      "help: a range of dates is written `2026-12-24 to 2026-12-26`, with `to`",
    ]);
  });

  it("a token deleted from a target", () => {
    expect(inItems("  first_response { p1 4h, next business day }")).toEqual(["1:27-1:31 SLA1005 expected `otherwise`, found `next`"]);
    expect(inItems("  first_response { p1 4h, otherwise next day }")).toEqual(["1:42-1:45 SLA1005 expected `business`, found `day`"]);
  });

  it("a stray character and what it stood for", () => {
    expect(inItems("  first_response 4h\n  uptime { objective 99.9% per month  downtime error_rate = 5% }")).toEqual([
      "2:59-2:60 SLA1001 unexpected character `=`",
    ]);
  });
});
