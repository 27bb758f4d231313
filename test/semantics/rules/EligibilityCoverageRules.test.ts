/** The checks of eligibility rules and coverage, read over every combination they decide. */
import { describe, expect, it } from "vitest";
import { CoverageFallbackRule } from "../../../src/semantics/rules/CoverageFallbackRule.js";
import { CoveredTargetsRule } from "../../../src/semantics/rules/CoveredTargetsRule.js";
import { DayAmountOn24x7Rule } from "../../../src/semantics/rules/DayAmountOn24x7Rule.js";
import { ReachableEligibilityRule } from "../../../src/semantics/rules/ReachableEligibilityRule.js";
import { ReclassificationCycleRule } from "../../../src/semantics/rules/ReclassificationCycleRule.js";
import { UnambiguousCoverageRule } from "../../../src/semantics/rules/UnambiguousCoverageRule.js";
import { UnambiguousEligibilityRule } from "../../../src/semantics/rules/UnambiguousEligibilityRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const severities = `
  attribute environment { values production, staging  default production }
  channel phone
  channel email
  severity p1
  severity p2
  severity p3
  tier standard
  tier premium
`;

describe("ReclassificationCycleRule", () => {
  it("accepts chains that end", () => {
    expectValid(
      ReclassificationCycleRule,
      policy(`${severities}
        eligibility {
          p1 only environment production otherwise reclassify p2
          p2 only channel phone otherwise reclassify p3
        }
      `),
    );
  });

  it("reports a reclassification to itself, and a chain that leads back (SLA2054)", () => {
    expect(
      errorsOf(
        ReclassificationCycleRule,
        policy(`${severities}
          eligibility {
            p3 not tier standard otherwise reclassify p3
            p1 only channel phone otherwise reclassify p2
            p2 only channel phone otherwise reclassify p1
          }
        `),
      ),
    ).toEqual([
      "12:42 SLA2054 `p3` is reclassified to itself",
      "14:43 SLA2054 reclassifications run in a circle for tier `standard`, channel `email`: `p1` → `p2` → `p1`",
    ]);
  });
});

describe("UnambiguousEligibilityRule", () => {
  it("reports two rules for the same severity, mode and conditions with different outcomes (SLA2056)", () => {
    expectErrors(
      UnambiguousEligibilityRule,
      policy(`${severities}
        eligibility {
          p1 only channel phone otherwise reject
          p1 only channel phone otherwise reclassify p2
        }
      `),
      ["13:41 SLA2056 conflicting eligibility for `p1`: `p1 only channel phone otherwise reclassify p2` here and `p1 only channel phone otherwise reject` at 12:9"],
    );
  });
});

describe("ReachableEligibilityRule", () => {
  it("accepts rules that each refuse some ticket, in any order", () => {
    expectValid(
      ReachableEligibilityRule,
      policy(`${severities}
        eligibility {
          p1 only environment production otherwise reclassify p2
          p1 only channel phone otherwise reject
          p2 not tier standard channel email otherwise reclassify p3
        }
      `),
    );
  });

  it("warns of a rule earlier rules leave nothing to, and of one no ticket meets (SLA2055)", () => {
    expect(
      errorsOf(
        ReachableEligibilityRule,
        policy(`${severities}
          eligibility {
            p1 only channel phone otherwise reject
            p1 not channel email otherwise reclassify p2
            p2 only channel phone, email otherwise reject
          }
        `),
      ),
    ).toEqual([
      "13:11 SLA2055 `p1 not channel email otherwise reclassify p2` never applies: an earlier rule already refuses those tickets",
      "14:11 SLA2055 `p2 only channel phone, email otherwise reject` never applies: every ticket meets its conditions",
    ]);
  });

  it("says nothing of a rule that names something unknown: that error comes first", () => {
    expect(diagnosticsOf(policy(`${severities}\neligibility { p1 not channel fax otherwise reject }`)).map((d) => d.code)).toEqual(["SLA2002"]);
  });
});

describe("CoveredTargetsRule and eligibility", () => {
  it("needs no target for a severity eligibility refuses everywhere on a combination", () => {
    expectValid(
      CoveredTargetsRule,
      policy(`${severities}
        eligibility { p1 not tier standard otherwise reclassify p2 }
        first_response { p2, p3 4h 24x7  tier premium { p1 1h 24x7 } }
      `),
    );
  });

  it("still needs one where the refusal depends on an attribute the targets do not name", () => {
    expect(
      errorsOf(
        CoveredTargetsRule,
        policy(`${severities}
          eligibility { p1 only environment production otherwise reclassify p2 }
          first_response { p2, p3 4h 24x7 }
        `),
      ),
    ).toEqual(["12:9 SLA2031 no `first_response` target for tier `standard`, severity `p1`, channel `phone`; tier `standard`, severity `p1`, channel `email`; tier `premium`, severity `p1`, channel `phone` and 1 more combination"]);
  });

  it("needs no target for the cells an add-on's rules do not name", () => {
    expectValid(CoveredTargetsRule, policy(`${severities}\ntier rush { addon }\nfirst_response { 4h 24x7  tier rush { p1 30m 24x7 } }`));
  });
});

describe("coverage", () => {
  const calendars = `
    calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
    calendar night { zone Europe/Berlin  open mon-fri 17:00 - 22:00 }
    business_hours office
  `;

  it("reports equally specific coverage rules that disagree (SLA2052)", () => {
    expectErrors(UnambiguousCoverageRule, policy(`${severities}${calendars}\ncoverage { tier premium on night  p1 24x7 }`), [
      "15:35 SLA2052 conflicting coverage for tier `premium`, severity `p1`, channel `phone`: `p1 24x7` here and `on night` at 15:25",
    ]);
    expectValid(UnambiguousCoverageRule, policy(`${severities}${calendars}\ncoverage { tier premium on night  p1 24x7  tier premium { p1 24x7 } }`));
  });

  it("reports a target with `otherwise` on a coverage with a fallback (SLA2053)", () => {
    const source = policy(`${severities}${calendars}
      coverage { tier premium on office otherwise on night }
      first_response { 4h, otherwise 8h  tier standard { 2h 24x7, otherwise 4h } }
      resolution 2 business days
    `);
    expect(errorsOf(CoverageFallbackRule, source, true)).toEqual([
      "16:22 SLA2053 `4h, otherwise 8h` runs on a coverage with a fallback, which already says what happens outside its hours (drop the `otherwise` here, give these tickets a rule without it, or drop the fallback of `on office otherwise on night`)",
    ]);
  });

  it("reports a day-based amount that would fall back to 24x7 (SLA2014)", () => {
    expect(errorsOf(DayAmountOn24x7Rule, policy(`${severities}${calendars}\ncoverage { p1 on office otherwise 24x7 }\nresolution next business day`), true)).toEqual([
      "16:12 SLA2014 `next business day` counts business days on `24x7` (the coverage `p1 on office otherwise 24x7` puts it on `24x7`; use a duration, or a calendar with `on <calendar>`)",
    ]);
  });
});
