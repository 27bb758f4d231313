import { describe, expect, it } from "vitest";
import { NonOverlappingWindowsRule } from "../../../src/semantics/rules/NonOverlappingWindowsRule.js";
import { ValidWindowsRule } from "../../../src/semantics/rules/ValidWindowsRule.js";
import { diagnosticsOf, errorsOf, errorsOfEdited, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("NonOverlappingWindowsRule", () => {
  it("accepts touching windows, also across midnight and the week's end", () => {
    expectValid(
      NonOverlappingWindowsRule,
      policy(`
        calendar c {
          zone UTC
          open mon-fri 09:00 - 17:00
          open mon-fri 17:00 - 18:00
          open sun 22:00 - 02:00
          open mon 02:00 - 09:00
          open sat 00:00 - 00:00
        }
      `),
    );
  });

  it("reports two overlapping windows naming both, with the first shared minute (SLA2011)", () => {
    const source = policy(`
      calendar c {
        zone UTC
        open mon-fri 09:00 - 17:00
        open mon 16:00 - 18:00
      }
    `);
    expect(errorsOf(NonOverlappingWindowsRule, source, true)).toEqual([
      "5:3 SLA2011 `open mon 16:00 - 18:00` overlaps `open mon-fri 09:00 - 17:00` in calendar `c` (both are open on mon 16:00; merge them or make them touch)",
    ]);
    const [diagnostic] = diagnosticsOf(source, [NonOverlappingWindowsRule]);
    expect(diagnostic!.related?.[0]?.range.start.line).toBe(4);
  });

  it("reports an overlap across the week's end", () => {
    expectErrors(
      NonOverlappingWindowsRule,
      policy(`
        calendar c {
          zone UTC
          open mon 00:30 - 08:00
          open sun 23:00 - 01:00
        }
      `),
      ["5:3 SLA2011 `open sun 23:00 - 01:00` overlaps `open mon 00:30 - 08:00` in calendar `c`"],
    );
  });

  it("reports a span over days overlapping a daily window", () => {
    expectErrors(
      NonOverlappingWindowsRule,
      policy(`
        calendar c {
          zone UTC
          open sun 18:00 - fri 21:00
          open mon-fri 09:00 - 17:00
        }
      `),
      ["5:3 SLA2011 `open mon-fri 09:00 - 17:00` overlaps `open sun 18:00 - fri 21:00` in calendar `c`"],
    );
  });

  it("treats a day listed twice in one window as listed once", () => {
    expectValid(NonOverlappingWindowsRule, policy(`calendar c { zone UTC open mon, mon-wed 09:00 - 17:00 }`));
  });
});

describe("ValidWindowsRule", () => {
  it("accepts spans with one day at each end, including a wrap over the week's end", () => {
    expectValid(
      ValidWindowsRule,
      policy(`
        calendar c { zone UTC open sun 18:00 - fri 21:00 }
        calendar d { zone UTC open mon 09:00 - mon 08:00 }
      `),
    );
  });

  it("reports an empty span", () => {
    expectErrors(ValidWindowsRule, policy(`calendar c { zone UTC open mon 09:00 - mon 09:00 }`), [
      "2:23 SLA2012 the span `open mon 09:00 - mon 09:00` is empty",
    ]);
  });

  // The parser reports span ends over several days itself (SLA1011); the rule guards other producers.
  it("reports span ends naming several days", () => {
    const errors = errorsOfEdited(ValidWindowsRule, policy(`calendar c { zone UTC open mon 09:00 - sat 10:00 }`), (file) => {
      const span = (file.policies[0]!.items[0] as unknown as { items: { fromDay: { days: number[] } }[] }).items[1]!;
      span.fromDay.days = [1, 2, 3];
    });
    expect(errors).toEqual(["2:28 SLA2012 a span starts and ends on one day each"]);
  });
});
