import { describe, expect, it } from "vitest";
import { SemanticCodes } from "../../../src/diagnostics/codes/semantic.js";
import { DayDurationOnCalendarRule } from "../../../src/semantics/rules/DayDurationOnCalendarRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, format, policy } from "../../helpers/diagnostics.js";

const office = "calendar office { zone UTC  open mon-fri 09:00 - 17:00 }";

describe("DayDurationOnCalendarRule", () => {
  it("accepts days on 24x7, hours written out on a calendar, and days on a calendar open all week", () => {
    expectValid(
      DayDurationOnCalendarRule,
      policy(`
        ${office}
        calendar always { zone UTC  open daily 00:00 - 24:00  closed every dec 25 }
        team night { hours 24x7 }
        tier premium { hours 24x7 }
        first_response 24h, otherwise 2 business days
        next_response 2d 24x7
        resolution 1d12h on night
        escalation_response 3d on always
        metric follow_up
        follow_up { tier premium { 1d } 36h }
      `),
    );
  });

  it("warns about a `d` duration on a calendar and suggests business days (SLA2041)", () => {
    const source = policy(`
      ${office}
      resolution 1d
    `);
    expect(errorsOf(DayDurationOnCalendarRule, source, true)).toEqual([
      "3:12 SLA2041 `1d` on calendar `office` counts `24h` of open time, not a calendar day (for business days write `1 business day`, for calendar days `1 calendar day`, or write `24h` if hours of open time are meant)",
    ]);
    expect(diagnosticsOf(source, [DayDurationOnCalendarRule])[0]!.severity).toBe("warning");
  });

  it("warns once per duration, on every clock that reaches a calendar", () => {
    expect(
      errorsOf(
        DayDurationOnCalendarRule,
        policy(`
          ${office}
          team tech { hours office }
          tier premium { hours 24x7 }
          tier standard
          severity high
          severity low
          first_response { high 2d  low 4h, otherwise 1d12h on office }
          resolution 3d on tech
        `),
        true,
      ),
    ).toEqual([
      "8:23 SLA2041 `2d` on calendar `office` counts `48h` of open time, not calendar days (for business days write `2 business days`, for calendar days `2 calendar days`, or write `48h` if hours of open time are meant)",
      "8:45 SLA2041 `1d12h` on calendar `office` counts `36h` of open time, not calendar days (for business days write `1 business day`, for calendar days `1 calendar day`, or write `36h` if hours of open time are meant)",
      "9:12 SLA2041 `3d` on calendar `office` counts `72h` of open time, not calendar days (for business days write `3 business days`, for calendar days `3 calendar days`, or write `72h` if hours of open time are meant)",
    ]);
  });

  it("leaves a calendar without open time to OpenCalendarRule, and a zero duration to PositiveAmountsRule", () => {
    expectValid(DayDurationOnCalendarRule, policy(`calendar office { zone UTC }\nresolution 1d`));
    expectValid(DayDurationOnCalendarRule, policy(`${office}\nresolution 0d`));
  });

  it("was silent before: the full check of `1d` on a 9-to-5 calendar reports exactly this warning", () => {
    expect(diagnosticsOf(policy(`${office}\nresolution 1d`)).map((d) => format(d))).toEqual([
      "3:12 SLA2041 `1d` on calendar `office` counts `24h` of open time, not a calendar day",
    ]);
  });

  it("has a registry example that gives exactly its code", () => {
    expect(diagnosticsOf(policy(SemanticCodes.DayDurationOnCalendar.example!)).map((d) => d.code)).toEqual([
      SemanticCodes.DayDurationOnCalendar.code,
    ]);
  });
});
