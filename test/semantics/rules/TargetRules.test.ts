import { describe, expect, it } from "vitest";
import { CoveredTargetsRule } from "../../../src/semantics/rules/CoveredTargetsRule.js";
import { SingleNarrowingRule } from "../../../src/semantics/rules/SingleNarrowingRule.js";
import { UnambiguousTargetsRule } from "../../../src/semantics/rules/UnambiguousTargetsRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const declarations = `
  calendar office { zone UTC open mon-fri 09:00 - 17:00 }
  channel email
  channel chat
  severity high
  severity low
  tier gold
  tier silver { channels email }
`;

describe("UnambiguousTargetsRule", () => {
  it("accepts rules of different specificity, and equal rules that agree", () => {
    expectValid(
      UnambiguousTargetsRule,
      policy(`${declarations}
        first_response {
          4h
          tier gold { 1h }
          tier gold { high 30m }
          channel chat { high 30m }
        }
      `),
    );
  });

  it("reports equally specific rules that disagree on a combination, pointing at both (SLA2030)", () => {
    const source = policy(`${declarations}
      first_response {
        tier gold { 1h }
        severity high { 2h }
        low 4h
      }
    `);
    expect(errorsOf(UnambiguousTargetsRule, source, true)).toEqual([
      "12:23 SLA2030 conflicting `first_response` targets for tier `gold`, severity `high`, channel `email`: `2h` here and `1h` at 11:19 (both rules are equally specific; add a more specific rule for this combination or make them agree)",
      "13:7 SLA2030 conflicting `first_response` targets for tier `gold`, severity `low`, channel `email`: `low 4h` here and `1h` at 11:19",
    ].map((line, i) => (i === 1 ? `${line} (both rules are equally specific; add a more specific rule for this combination or make them agree)` : line)));
    const [diagnostic] = diagnosticsOf(source, [UnambiguousTargetsRule]);
    expect(diagnostic!.related?.[0]?.range.start).toMatchObject({ line: 11, column: 19 });
  });

  it("compares targets after resolving clocks: `4h` and `4h business` agree", () => {
    expectValid(UnambiguousTargetsRule, policy(`${declarations} first_response { tier gold { 4h } severity high { 4h business } 8h }`));
  });
});

describe("CoveredTargetsRule", () => {
  it("accepts a metric whose every combination has a rule or none", () => {
    expectValid(CoveredTargetsRule, policy(`${declarations} first_response { high 1h low none }`));
  });

  it("warns about uncovered combinations, listing a few and counting the rest (SLA2031)", () => {
    const source = policy(`${declarations} first_response { high 1h }`);
    expectErrors(CoveredTargetsRule, source, [
      "9:1 SLA2031 no `first_response` target for tier `gold`, severity `low`, channel `email`; tier `gold`, severity `low`, channel `chat`; tier `silver`, severity `low`, channel `email`",
    ]);
    expect(diagnosticsOf(source, [CoveredTargetsRule])[0]!.severity).toBe("warning");
    expectErrors(CoveredTargetsRule, policy(`${declarations} first_response { tier gold { 1h } }`), [
      "9:1 SLA2031 no `first_response` target for tier `silver`, severity `high`, channel `email`; tier `silver`, severity `low`, channel `email`",
    ]);
    expectErrors(CoveredTargetsRule, policy(`${declarations} first_response { channel chat { 1h } }`), [
      "9:1 SLA2031 no `first_response` target for tier `gold`, severity `high`, channel `email`; tier `gold`, severity `low`, channel `email`; tier `silver`, severity `high`, channel `email` and 1 more combination",
    ]);
  });
});

describe("SingleNarrowingRule", () => {
  it("accepts scopes of different dimensions nested in any order", () => {
    expectValid(SingleNarrowingRule, policy(`${declarations} first_response { tier gold { channel chat { high 1h } } severity low { channel chat { 2h } } }`));
  });

  it("reports a dimension narrowed twice (SLA2032)", () => {
    expectErrors(SingleNarrowingRule, policy(`${declarations} first_response { tier gold, silver { tier gold { 1h } } severity high { high 2h } }`), [
      "9:43 SLA2032 `tier` is already narrowed by an enclosing scope",
      "9:73 SLA2032 the rule names severities inside a `severity` scope",
    ]);
  });
});
