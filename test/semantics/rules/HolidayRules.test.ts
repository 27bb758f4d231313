import { describe, expect, it } from "vitest";
import { HolidayYearsRule } from "../../../src/semantics/rules/HolidayYearsRule.js";
import { KnownHolidaysRule } from "../../../src/semantics/rules/KnownHolidaysRule.js";
import { errorsOf, expectClean, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const calendar = (items: string) => policy(`calendar c {\n  zone America/New_York\n  ${items}\n}`);

describe("KnownHolidaysRule", () => {
  it("accepts countries, subdivisions, types and the names of kept holidays in any case", () => {
    expectValid(
      KnownHolidaysRule,
      calendar(`
        holidays US
        holidays DE-NW
        holidays AU-NSW { types public, bank }
        holidays US { types public, bank  except "columbus day", "Veterans Day"  only "Christmas Day" }
        holidays US { except "Independence Day" }
        holidays unknown "major US holidays"
      `),
    );
  });

  it("reports an unknown country or subdivision, suggesting the closest code (SLA2042)", () => {
    expect(errorsOf(KnownHolidaysRule, calendar("holidays DE-NRW  holidays de-nw  holidays XQ"), true)).toEqual([
      "4:12 SLA2042 unknown subdivision `NRW` of Germany in `holidays DE-NRW` (did you mean `DE-NW`?)",
      "4:29 SLA2042 unknown country `de` in `holidays de-nw` (did you mean `DE-NW`?)",
      "4:45 SLA2042 unknown country `XQ` in `holidays XQ` (did you mean `BQ`?)",
    ]);
    expect(errorsOf(KnownHolidaysRule, calendar("holidays UK  holidays UK-ENG"), true)).toEqual([
      "4:12 SLA2042 unknown country `UK` in `holidays UK` (did you mean `GB`? `GB` is the ISO 3166 code of United Kingdom)",
      "4:25 SLA2042 unknown country `UK` in `holidays UK-ENG` (did you mean `GB-ENG`? `GB` is the ISO 3166 code of United Kingdom)",
    ]);
  });

  it("lists a country's subdivisions when none is close", () => {
    const [line] = errorsOf(KnownHolidaysRule, calendar("holidays CH-XXXX"), true);
    expect(line).toBe(
      "4:12 SLA2042 unknown subdivision `XXXX` of Switzerland in `holidays CH-XXXX` (its subdivisions are `CH-AG`, `CH-AI`, `CH-AR`, `CH-BE`, `CH-BL`, `CH-BS`, `CH-FR`, `CH-GE`, `CH-GL`, `CH-GR`, `CH-JU`, `CH-LU`, …)",
    );
  });

  it("reports an unknown type (SLA2043)", () => {
    expect(errorsOf(KnownHolidaysRule, calendar("holidays US { types public, federal, banks }"), true)).toEqual([
      "4:31 SLA2043 unknown holiday type `federal` (write `public`, `bank`, `school`, `optional` or `observance`)",
      "4:40 SLA2043 unknown holiday type `banks` (did you mean `bank`?)",
    ]);
  });

  it("reports a name no kept holiday has, with the closest names (SLA2044)", () => {
    expect(errorsOf(KnownHolidaysRule, calendar('holidays US { except "Columbus", "Thanksgiving", "Xmas" }'), true)).toEqual([
      "4:24 SLA2044 no `public` holiday `Columbus` in United States of America in 2020–2040 (did you mean `Columbus Day`?)",
      "4:36 SLA2044 no `public` holiday `Thanksgiving` in United States of America in 2020–2040 (did you mean `Thanksgiving Day`?)",
      "4:52 SLA2044 no `public` holiday `Xmas` in United States of America in 2020–2040 (its holidays, closest first, are `Labour Day`, `Memorial Day`, `Columbus Day`, `Veterans Day`, `Christmas Day`, `Juneteenth`, `New Year's Day`, `Thanksgiving Day`, `Independence Day`, `Washington's Birthday` and `Martin Luther King Jr. Day`)",
    ]);
  });

  it("says when a name is a holiday of a type the set does not keep", () => {
    expect(errorsOf(KnownHolidaysRule, policy(`calendar c { zone Europe/Berlin  holidays DE-NW { only "Christmas Eve" } }`), true)).toEqual([
      "2:56 SLA2044 `Christmas Eve` is a bank holiday in Nordrhein-Westfalen, Germany, and the set keeps `public` holidays only (keep its type too, `types public, bank`, or leave the name out)",
    ]);
  });

  it("checks names only in a set whose region and types are known", () => {
    expectErrors(KnownHolidaysRule, calendar('holidays XX { except "Nothing" }  holidays US { types federal  except "Nothing" }'), [
      "4:12 SLA2042 unknown country `XX` in `holidays XX`",
      "4:57 SLA2043 unknown holiday type `federal`",
    ]);
  });
});

describe("HolidayYearsRule", () => {
  it("accepts years that run forward within the limits, and sets that share a year", () => {
    expectValid(
      HolidayYearsRule,
      calendar(`
        holidays US { years 2024 to 2035 }
        holidays CA { years 2030 to 2030 }
        holidays MX
      `),
    );
  });

  it("reports years that run backwards, leave the limits, or cover too many (SLA2045)", () => {
    expect(
      errorsOf(HolidayYearsRule, calendar("holidays US { years 2035 to 2024 }  holidays CA { years 1800 to 1820 }  holidays MX { years 2000 to 2150 }")),
    ).toEqual([
      "4:17 SLA2045 the years `2035 to 2024` end before they start",
      "4:53 SLA2045 the years `1800 to 1820` are not between 1900 and 2199",
      "4:89 SLA2045 the years `2000 to 2150` cover more than 100 years",
    ]);
    expect(errorsOf(HolidayYearsRule, calendar("holidays US { years 2024.5 to 2030 }"))).toEqual(["4:17 SLA2045 the years `2024.5 to 2030` are not whole years"]);
  });

  it("reports sets of one calendar that share no year, once (SLA2046)", () => {
    expect(errorsOf(HolidayYearsRule, calendar("holidays US { years 2024 to 2027 }\n  holidays CA { years 2030 to 2035 }\n  holidays MX"), true)).toEqual([
      "5:17 SLA2046 `holidays CA` covers 2030–2035 and `holidays US` 2024–2027: no year has both (the calendar knows its closed dates only in the years all its holiday sets cover; give them common `years`)",
    ]);
  });

  it("is clean, with every other rule, on a calendar with holiday sets", () => {
    expectClean(calendar('holidays US { types public, bank  except "Columbus Day"  years 2024 to 2035 }  holidays unknown "state holidays"'));
  });
});
