import { describe, expect, it } from "vitest";
import { UniqueDefinitionsRule } from "../../../src/semantics/rules/UniqueDefinitionsRule.js";
import { diagnosticsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("UniqueDefinitionsRule", () => {
  it("accepts distinct ids, and the same id for different kinds", () => {
    expectValid(
      UniqueDefinitionsRule,
      policy(`
        calendar business { zone UTC }
        tier business
        channel business
        severity business
      `),
    );
  });

  it("reports a duplicate declaration and points at the first", () => {
    const source = policy(`
      tier gold "Gold"
      tier gold "Gold plus"
    `);
    expectErrors(UniqueDefinitionsRule, source, ["3:6 SLA2003 duplicate tier `gold`"]);
    const [diagnostic] = diagnosticsOf(source, [UniqueDefinitionsRule]);
    expect(diagnostic!.related).toEqual([
      { message: "`gold` is first defined here", range: expect.objectContaining({ start: expect.objectContaining({ line: 2, column: 6 }) }) },
    ]);
  });

  it("reports duplicates of every kind, builtin metric ids, tests and languages", () => {
    expectErrors(
      UniqueDefinitionsRule,
      policy(`
        languages en, de, EN
        calendar c { zone UTC }
        calendar c { zone UTC }
        team t { }
        team t { }
        channel ch
        channel ch
        severity s
        severity s
        metric m
        metric m
        metric resolution
        link l "L" "https://a.example"
        link l "L" "https://b.example"
        test "same" { opened 2026-01-01T00:00Z }
        test "same" { opened 2026-01-01T00:00Z }
      `),
      [
        "2:19 SLA2003 duplicate language `EN`",
        "4:10 SLA2003 duplicate calendar `c`",
        "6:6 SLA2003 duplicate team `t`",
        "8:9 SLA2003 duplicate channel `ch`",
        "10:10 SLA2003 duplicate severity `s`",
        "12:8 SLA2003 duplicate metric `m`",
        "13:8 SLA2003 metric `resolution` is built in",
        "15:6 SLA2003 duplicate link `l`",
        "17:6 SLA2003 duplicate test `same`",
      ],
    );
  });

  it("reports two policies of one file with the same id", () => {
    expectErrors(UniqueDefinitionsRule, "policy p { }\npolicy p { }\n", ["2:8 SLA2003 duplicate policy `p`"]);
  });
});
