import { describe, expect, it } from "vitest";
import { BusinessCalendarRule } from "../../../src/semantics/rules/BusinessCalendarRule.js";
import { DayAmountOn24x7Rule } from "../../../src/semantics/rules/DayAmountOn24x7Rule.js";
import { TeamClockHoursRule } from "../../../src/semantics/rules/TeamClockHoursRule.js";
import { UnambiguousClockRule } from "../../../src/semantics/rules/UnambiguousClockRule.js";
import { errorsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("DayAmountOn24x7Rule", () => {
  it("accepts day amounts on calendars and durations on 24x7", () => {
    expectValid(
      DayAmountOn24x7Rule,
      policy(`
        calendar office { zone UTC open mon-fri 09:00 - 17:00 }
        first_response 4h business, otherwise next business day
        resolution 2 business days
        next_response 1d 24x7
      `),
    );
  });

  it("reports a day amount written on 24x7 (SLA2014)", () => {
    expectErrors(DayAmountOn24x7Rule, policy(`resolution next business day 24x7`), [
      "2:12 SLA2014 `next business day 24x7` counts business days on `24x7`",
    ]);
  });

  it("reports a day amount reaching 24x7 through a tier's hours, once, naming the tier", () => {
    expect(
      errorsOf(
        DayAmountOn24x7Rule,
        policy(`
          calendar office { zone UTC open mon-fri 09:00 - 17:00 }
          tier standard
          tier premium { hours 24x7 }
          tier elite { hours 24x7 }
          resolution 2 business days
        `),
        true,
      ),
    ).toEqual([
      "6:12 SLA2014 `2 business days` counts business days on `24x7` (the business clock of tier `premium` is `24x7`; use a duration, or a calendar with `on <calendar>`)",
    ]);
  });
});

describe("BusinessCalendarRule", () => {
  it("accepts the business clock with tier hours, business_hours, or one calendar", () => {
    expectValid(BusinessCalendarRule, policy(`calendar a { zone UTC } first_response 4h`));
    expectValid(BusinessCalendarRule, policy(`calendar a { zone UTC } calendar b { zone UTC } business_hours b first_response 4h business`));
    expectValid(
      BusinessCalendarRule,
      policy(`calendar a { zone UTC } calendar b { zone UTC } tier t { hours a } tier u { hours 24x7 } first_response 4h`),
    );
  });

  it("reports the business clock with no calendar in effect (SLA2015)", () => {
    expect(errorsOf(BusinessCalendarRule, policy(`first_response 4h`), true)).toEqual([
      "2:16 SLA2015 `4h` runs on the business calendar, and the policy has none (declare a calendar, or put the deadline on `24x7`)",
    ]);
    expectErrors(
      BusinessCalendarRule,
      policy(`
        calendar a { zone UTC }
        calendar b { zone UTC }
        tier t { hours a }
        tier u
        first_response 4h business
      `),
      ["6:16 SLA2015 `4h business` runs on the business calendar, and tier `u` has none"],
    );
  });

  it("reports an otherwise whose first deadline is on 24x7 when no calendar is in effect", () => {
    expectErrors(BusinessCalendarRule, policy(`first_response 1h 24x7, otherwise 4h 24x7`), [
      "2:16 SLA2015 `otherwise` needs a business calendar to tell inside from outside hours, and the policy has none",
    ]);
  });
});

describe("TeamClockHoursRule", () => {
  it("accepts a deadline on a team with hours", () => {
    expectValid(TeamClockHoursRule, policy(`team tech { hours 24x7 } resolution 8h on tech`));
  });

  it("reports a deadline on a team without hours", () => {
    expectErrors(TeamClockHoursRule, policy(`team tech { } resolution 8h on tech`), [
      "2:32 SLA2016 team `tech` has no `hours` for this deadline to run on",
    ]);
  });
});

describe("UnambiguousClockRule", () => {
  it("accepts an id that names a calendar or a team", () => {
    expectValid(UnambiguousClockRule, policy(`calendar c { zone UTC } team t { hours c } resolution 8h on c next_response 8h on t`));
  });

  it("reports an id that names both a calendar and a team", () => {
    expectErrors(UnambiguousClockRule, policy(`calendar tech { zone UTC } team tech { hours tech } resolution 8h on tech`), [
      "2:70 SLA2017 `on tech` could mean the calendar or the team `tech`",
    ]);
  });
});
