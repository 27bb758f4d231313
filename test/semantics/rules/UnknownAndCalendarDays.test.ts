/** The checks of targets that are not stated (`unknown "…"`) and of calendar days, and of tests that give a zone. */
import { describe, expect, it } from "vitest";
import { CoveredTargetsRule } from "../../../src/semantics/rules/CoveredTargetsRule.js";
import { DayAmountOn24x7Rule } from "../../../src/semantics/rules/DayAmountOn24x7Rule.js";
import { OpenCalendarRule } from "../../../src/semantics/rules/OpenCalendarRule.js";
import { PositiveAmountsRule } from "../../../src/semantics/rules/PositiveAmountsRule.js";
import { ResponseBeforeResolutionRule } from "../../../src/semantics/rules/ResponseBeforeResolutionRule.js";
import { TestTicketRule } from "../../../src/semantics/rules/TestTicketRule.js";
import { UnambiguousTargetsRule } from "../../../src/semantics/rules/UnambiguousTargetsRule.js";
import { errorsOf, expectClean, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const office = "calendar office { zone Europe/Paris  open mon-fri 09:00 - 17:00 }";

describe("unknown targets", () => {
  it("count as covered: no coverage warning for what the policy says it does not know", () => {
    expectValid(
      CoveredTargetsRule,
      policy(`
        severity high
        severity low
        first_response { high 1h 24x7  low unknown "The page gives no time for low" }
        resolution unknown "The page promises no resolution time"
      `),
    );
  });

  it("are a value: equally specific rules that say `unknown` and a deadline disagree (SLA2030)", () => {
    expectErrors(
      UnambiguousTargetsRule,
      policy(`
        tier gold
        severity high
        first_response {
          tier gold { unknown "Not stated for gold" }
          severity high { 2h 24x7 }
        }
      `),
      ['6:19 SLA2030 conflicting `first_response` targets for tier `gold`, severity `high`: `2h 24x7` here and `unknown "Not stated for gold"` at 5:15'],
    );
    expectValid(
      UnambiguousTargetsRule,
      policy(`
        tier gold
        severity high
        first_response { tier gold { unknown "Not stated" }  severity high { unknown "Not stated" } }
      `),
    );
  });

  it("may be rules, one-line scopes and whole metrics, and `unknown` can still be a severity", () => {
    expectClean(
      policy(`
        ${office}
        tier gold
        severity unknown
        severity low
        first_response { unknown 4h  low unknown "Not stated for low" }
        resolution { tier gold unknown "Not stated for gold"  4h }
        next_response unknown "Not stated"
      `),
    );
  });
});

describe("calendar days", () => {
  it("run on the business calendar, a named one or a team's, and need no open time", () => {
    expectClean(
      policy(`
        ${office}
        calendar shut { zone Europe/Paris }
        team finance { hours shut }
        business_hours office
        metric refund
        resolution 60 calendar days
        refund 1 calendar day on finance
        first_response 2 calendar days on shut
      `),
    );
  });

  it("are an error on 24x7, written or reached through a tier, with the fix (SLA2014)", () => {
    expect(errorsOf(DayAmountOn24x7Rule, policy(`${office}\nresolution 60 calendar days 24x7`), true)).toEqual([
      "3:12 SLA2014 `60 calendar days 24x7` counts calendar days on `24x7`, which has no zone (calendar days need a zone: run the deadline on a calendar with `on <calendar>`, or use a duration such as `48h`)",
    ]);
    expect(errorsOf(DayAmountOn24x7Rule, policy(`${office}\ntier gold { hours 24x7 }\nresolution 1 calendar day`), true)).toEqual([
      "4:12 SLA2014 `1 calendar day` counts calendar days on `24x7`, which has no zone (the business clock of tier `gold` is `24x7`; use a duration, or a calendar with `on <calendar>`)",
    ]);
  });

  it("are a whole number from 1 (SLA2018)", () => {
    expectErrors(PositiveAmountsRule, policy(`${office}\nresolution 0 calendar days\nfirst_response 1.5 calendar days`), [
      "3:12 SLA2018 `0` is not a whole number of calendar days from 1",
      "4:16 SLA2018 `1.5` is not a whole number of calendar days from 1",
    ]);
  });

  it("of a first response surely later than the resolution's on the same calendar are a warning (SLA2019)", () => {
    expectErrors(ResponseBeforeResolutionRule, policy(`${office}\nfirst_response 3 calendar days\nresolution 2 calendar days`), [
      "3:16 SLA2019 first response `3 calendar days` is due after resolution `2 calendar days` for every ticket",
    ]);
    expectValid(ResponseBeforeResolutionRule, policy(`${office}\nfirst_response 3 calendar days\nresolution 2 business days`));
  });
});

describe("OpenCalendarRule on calendars that are not stated or open only across zones", () => {
  it("does not report a calendar whose hours are unknown, nor its targets", () => {
    expectValid(
      OpenCalendarRule,
      policy(`
        calendar vendor { zone America/New_York  unknown "Hours are not published" }
        first_response 4h on vendor, otherwise next business day on vendor
        resolution 2 business days on vendor
      `),
    );
  });

  it("counts a span across zones as open time", () => {
    expectValid(
      OpenCalendarRule,
      policy(`
        calendar week { zone America/Los_Angeles  open mon 10:00 Australia/Sydney - fri 17:00 }
        first_response 48h on week
      `),
    );
  });
});

describe("TestTicketRule and the ticket's zone", () => {
  const zoned = `
    calendar local { zone customer  open mon-fri 09:00 - 17:00 }
    calendar paris { zone customer default Europe/Paris  open mon-fri 09:00 - 17:00 }
    calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
    severity high
    severity low
    metric callback
    first_response { high 4h on local  low 4h on paris }
    callback 1h on office
  `;

  it("accepts a test that gives a zone, or whose targets run on no customer calendar without a default", () => {
    expectValid(
      TestTicketRule,
      policy(`${zoned}
        test "tokyo" { opened 2026-01-12T00:00Z  severity high  zone Asia/Tokyo }
        test "low" { opened 2026-01-12T00:00Z  severity low }
      `),
    );
  });

  it("reports a test whose targets run on a customer calendar without a default and that gives no zone (SLA2038)", () => {
    expect(errorsOf(TestTicketRule, policy(`${zoned}\ntest "no zone" { opened 2026-01-12T00:00Z  severity high }`), true)).toEqual([
      "11:6 SLA2038 test `no zone` gives no `zone` (`first_response` runs on calendar `local`, in the customer's zone without a default; add a line such as `zone Europe/Paris`)",
    ]);
  });
});
