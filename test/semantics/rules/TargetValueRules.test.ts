import { describe, expect, it } from "vitest";
import { PositiveAmountsRule } from "../../../src/semantics/rules/PositiveAmountsRule.js";
import { ResponseBeforeResolutionRule } from "../../../src/semantics/rules/ResponseBeforeResolutionRule.js";
import { diagnosticsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("PositiveAmountsRule", () => {
  it("accepts positive durations and whole business days", () => {
    expectValid(PositiveAmountsRule, policy(`calendar c { zone UTC } first_response 1m resolution 2 business days next_response 1 business day`));
  });

  it("reports zero durations and business days that are not whole numbers from 1", () => {
    expectErrors(PositiveAmountsRule, policy(`calendar c { zone UTC } first_response 0m resolution 1.5 business days next_response 0 business days`), [
      "2:40 SLA2018 a deadline of `0m` allows no time",
      "2:54 SLA2018 `1.5` is not a whole number of business days from 1",
      "2:86 SLA2018 `0` is not a whole number of business days from 1",
    ]);
  });
});

describe("ResponseBeforeResolutionRule", () => {
  const calendar = "calendar office { zone UTC open mon-fri 09:00 - 17:00 }";

  it("accepts a response due before the resolution", () => {
    expectValid(ResponseBeforeResolutionRule, policy(`${calendar} first_response 1h resolution 8h`));
  });

  it("warns when the first response is surely due after the resolution (SLA2019)", () => {
    const source = policy(`
      ${calendar}
      severity high
      severity low
      first_response { high 8h  low 1h }
      resolution 4h
    `);
    expectErrors(ResponseBeforeResolutionRule, source, [
      "5:18 SLA2019 first response `high 8h` is due after resolution `4h` for severity `high`",
    ]);
    expect(diagnosticsOf(source, [ResponseBeforeResolutionRule])[0]!.severity).toBe("warning");
  });

  it("compares business minutes against elapsed minutes, never the other way", () => {
    // 8 open hours take at least 8 elapsed hours, so 8h business is surely after 4h 24x7;
    // 8h 24x7 against 4h business may come first (4 open hours can span a weekend).
    expectErrors(ResponseBeforeResolutionRule, policy(`${calendar} first_response 8h resolution 4h 24x7`), [
      "2:72 SLA2019 first response `8h` is due after resolution `4h 24x7` for every ticket",
    ]);
    expectValid(ResponseBeforeResolutionRule, policy(`${calendar} first_response 8h 24x7 resolution 4h`));
  });

  it("compares business days on one calendar, and leaves other units alone", () => {
    expectErrors(ResponseBeforeResolutionRule, policy(`${calendar} first_response 3 business days resolution 2 business days`), [
      "2:72 SLA2019 first response `3 business days` is due after resolution `2 business days` for every ticket",
    ]);
    expectValid(ResponseBeforeResolutionRule, policy(`${calendar} first_response next business day resolution 4h`));
  });

  it("compares inside-hours and outside-hours deadlines only with their own kind", () => {
    expectValid(
      ResponseBeforeResolutionRule,
      policy(`${calendar} first_response 1h, otherwise 20h resolution 8h, otherwise 24h`),
    );
    expectErrors(ResponseBeforeResolutionRule, policy(`${calendar} first_response 1h, otherwise 30h resolution 8h, otherwise 24h`), [
      "2:72 SLA2019 first response `1h, otherwise 30h` is due after resolution `8h, otherwise 24h` for every ticket",
    ]);
  });
});
