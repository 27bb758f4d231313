import { describe, expect, it } from "vitest";
import { SemanticCodes } from "../../../src/diagnostics/codes/semantic.js";
import { OpenCalendarRule } from "../../../src/semantics/rules/OpenCalendarRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, format, policy } from "../../helpers/diagnostics.js";

const office = "calendar office { zone UTC  open mon-fri 09:00 - 17:00 }";

describe("OpenCalendarRule", () => {
  it("accepts targets on open calendars, and never-open calendars no target needs", () => {
    expectValid(
      OpenCalendarRule,
      policy(`
        ${office}
        calendar shut { zone UTC  closed every jan 1 }
        calendar night { zone UTC  open mon-fri 22:00 - 02:00  closed 2026-01-01 to 2026-12-31 }
        business_hours office
        team tech { hours shut }
        tier gold { hours shut }
        escalation { on_call { hours shut } }
        first_response { tier gold { 1h 24x7 } 4h }
        resolution 1h on office, otherwise 2h on night
      `),
    );
  });

  it("reports a deadline on a calendar with no open window, pointing at the calendar (SLA2040)", () => {
    const source = policy(`
      ${office}
      calendar shut { zone UTC }
      resolution 8h on shut
    `);
    expect(errorsOf(OpenCalendarRule, source, true)).toEqual([
      "4:12 SLA2040 `8h on shut` runs on calendar `shut`, which is never open (add `open` windows to calendar `shut`, or run the deadline on another clock)",
    ]);
    const [diagnostic] = diagnosticsOf(source, [OpenCalendarRule]);
    expect(diagnostic!.severity).toBe("error");
    expect(diagnostic!.related).toEqual([
      { message: "the calendar, which has no `open` window", range: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 10 }) }) },
    ]);
  });

  it("reports each never-open calendar once per metric, at the first deadline that needs it", () => {
    expectErrors(
      OpenCalendarRule,
      policy(`
        calendar office { zone UTC }
        severity high
        severity low
        first_response {
          high 1h
          low  4h, otherwise next business day
        }
        resolution { high 2 business days  low 1h 24x7 }
      `),
      [
        "6:8 SLA2040 `1h` runs on calendar `office`, which is never open",
        "9:19 SLA2040 `2 business days` runs on calendar `office`, which is never open",
      ],
    );
  });

  it("says how `business` and `on <team>` reached the calendar", () => {
    expect(
      errorsOf(
        OpenCalendarRule,
        policy(`
          ${office}
          calendar shut { zone UTC }
          business_hours office
          team tech { hours shut }
          tier gold { hours shut }
          tier silver
          first_response 4h
          resolution 8h on tech
        `),
        true,
      ),
    ).toEqual([
      "8:16 SLA2040 `4h` runs on calendar `shut`, which is never open (the business clock of tier `gold` is calendar `shut`; add `open` windows to calendar `shut`, or give the tier other `hours`)",
      "9:12 SLA2040 `8h on tech` runs on calendar `shut`, which is never open (team `tech` works on calendar `shut`; add `open` windows to calendar `shut`, or give the team other `hours`)",
    ]);
    expect(errorsOf(OpenCalendarRule, policy(`calendar office { zone UTC }\nfirst_response 4h`), true)).toEqual([
      "3:16 SLA2040 `4h` runs on calendar `office`, which is never open (the business clock is calendar `office`; add `open` windows to calendar `office`, or name another with `business_hours`)",
    ]);
  });

  it("reports an `otherwise` deadline, and an hours calendar that is never open", () => {
    expect(
      errorsOf(
        OpenCalendarRule,
        policy(`
          calendar office { zone UTC }
          calendar desk { zone UTC  open daily 08:00 - 20:00 }
          calendar shut { zone UTC }
          business_hours office
          first_response 1h on desk, otherwise next business day on shut
          resolution 15m 24x7, otherwise 4h 24x7
        `),
        true,
      ),
    ).toEqual([
      "6:38 SLA2040 `next business day on shut` runs on calendar `shut`, which is never open (add `open` windows to calendar `shut`, or run the deadline on another clock)",
      "7:12 SLA2040 `15m 24x7, otherwise 4h 24x7` tells inside from outside hours by calendar `office`, which is never open (the `otherwise` deadline would always apply; add `open` windows to calendar `office`)",
    ]);
  });

  it("was silent before: the full check of a target on a never-open calendar reports exactly this", () => {
    const source = policy(`
      calendar office "Office" { zone Europe/Berlin  assumption "hours not published" }
      first_response 4h
    `);
    expect(diagnosticsOf(source).map((d) => format(d))).toEqual(["3:16 SLA2040 `4h` runs on calendar `office`, which is never open"]);
  });

  it("has a registry example that gives exactly its code", () => {
    expect(diagnosticsOf(policy(SemanticCodes.NeverOpenCalendar.example!)).map((d) => d.code)).toEqual([SemanticCodes.NeverOpenCalendar.code]);
  });
});
