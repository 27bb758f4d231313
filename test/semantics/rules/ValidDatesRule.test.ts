import { describe, expect, it } from "vitest";
import { ValidDatesRule } from "../../../src/semantics/rules/ValidDatesRule.js";
import { errorsOf, expectValid, policy } from "../../helpers/diagnostics.js";

describe("ValidDatesRule", () => {
  it("accepts real dates, leap days, ranges and yearly dates", () => {
    expectValid(
      ValidDatesRule,
      policy(`
        updated 2028-02-29
        calendar c {
          zone UTC
          closed 2026-12-24 to 2026-12-26
          closed 2026-12-31 to 2026-12-31
          closed every feb 29
          closed every dec 31
        }
      `),
    );
  });

  it("reports reversed ranges and yearly days a month lacks, with the month's length", () => {
    expect(
      errorsOf(
        ValidDatesRule,
        policy(`
          calendar c {
            zone UTC
            closed 2026-12-26 to 2026-12-24
            closed every apr 31
            closed every jan 0
          }
        `),
        true,
      ),
    ).toEqual([
      "4:10 SLA2009 the range `2026-12-26 to 2026-12-24` ends before it starts",
      "5:20 SLA2009 `apr 31` is not a day of the year (apr has 30 days)",
      "6:20 SLA2009 `jan 0` is not a day of the year (jan has 31 days)",
    ]);
  });
});
