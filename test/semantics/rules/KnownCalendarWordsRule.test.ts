import { describe, expect, it } from "vitest";
import { KnownCalendarWordsRule } from "../../../src/semantics/rules/KnownCalendarWordsRule.js";
import { errorsOf, expectValid, policy } from "../../helpers/diagnostics.js";

describe("KnownCalendarWordsRule", () => {
  it("accepts month, weekday and ordinal words", () => {
    expectValid(
      KnownCalendarWordsRule,
      policy(`
        calendar c {
          zone UTC
          closed every jan 1
          closed every fourth thu of nov
          closed every last mon of may
          closed every first sun of dec
        }
      `),
    );
  });

  it("reports unknown words and suggests the short form of a full name", () => {
    expect(
      errorsOf(
        KnownCalendarWordsRule,
        policy(`
          calendar c {
            zone UTC
            closed every january 1
            closed every fourht thursday of nov
            closed every sixth mon of mya
          }
        `),
        true,
      ),
    ).toEqual([
      "4:16 SLA2010 unknown month `january` (did you mean `jan`?)",
      "5:16 SLA2010 unknown ordinal `fourht` (did you mean `fourth`?)",
      "5:23 SLA2010 unknown weekday `thursday` (did you mean `thu`?)",
      "6:16 SLA2010 unknown ordinal `sixth` (did you mean `fifth`?)",
      "6:29 SLA2010 unknown month `mya` (did you mean `may`?)",
    ]);
  });
});
