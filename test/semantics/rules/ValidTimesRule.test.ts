import { describe, expect, it } from "vitest";
import { ValidTimesRule } from "../../../src/semantics/rules/ValidTimesRule.js";
import { errorsOfEdited, expectValid, policy } from "../../helpers/diagnostics.js";

describe("ValidTimesRule", () => {
  it("accepts 00:00 to 24:00, with 24:00 as an end", () => {
    expectValid(
      ValidTimesRule,
      policy(`
        calendar c {
          zone UTC
          open mon 00:00 - 24:00
          open tue 22:00 - 02:00
          open wed 09:00 - thu 24:00
        }
      `),
    );
  });

  // The parser reports these itself (SLA1006, SLA1007) and drops the window; the rule
  // guards ASTs from other producers, so it is tested on edited ones.
  it("reports 24:00 as a start and times past 24:00", () => {
    const source = policy(`
      calendar c {
        zone UTC
        open mon 23:00 - 02:00
        open tue 09:00 - 23:00
      }
    `);
    const errors = errorsOfEdited(ValidTimesRule, source, (file) => {
      const [, first, second] = (file.policies[0]!.items[0] as unknown as { items: { from: { minutes: number }; to: { minutes: number } }[] }).items;
      first!.from.minutes = 1440;
      second!.to.minutes = 1500;
    });
    expect(errors).toEqual(["4:12 SLA2008 a window cannot start at `24:00`", "5:20 SLA2008 `25:00` is not a time of day"]);
  });
});
