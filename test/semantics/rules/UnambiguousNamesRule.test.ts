import { describe, expect, it } from "vitest";
import { SemanticCodes } from "../../../src/diagnostics/codes/semantic.js";
import { UnambiguousNamesRule } from "../../../src/semantics/rules/UnambiguousNamesRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, format, policy } from "../../helpers/diagnostics.js";

describe("UnambiguousNamesRule", () => {
  it("accepts distinct names, a value's own names repeated, and one name in different dimensions", () => {
    expectValid(
      UnambiguousNamesRule,
      policy(`
        severity s0 "S0" { alias "Blocker" alias "P0" alias "S0" alias "s0" alias "P0" }
        severity s1 "High" { alias "high" }
        severity standard "Standard"
        tier standard "Standard"
        tier premium "Premium Support"
        channel standard "Standard"
        channel chat "chat"
      `),
    );
  });

  it("reports two severities with the same alias, at the second, pointing at the first (SLA2039)", () => {
    const source = policy(`
      severity s0 { alias "Blocker" }
      severity s1 { alias "Blocker" }
    `);
    expect(errorsOf(UnambiguousNamesRule, source, true)).toEqual([
      "3:21 SLA2039 alias `Blocker` of severity `s1` also names severity `s0` (a ticket that says `Blocker` must mean one severity; change or remove this alias)",
    ]);
    const [diagnostic] = diagnosticsOf(source, [UnambiguousNamesRule]);
    expect(diagnostic!.severity).toBe("error");
    expect(diagnostic!.related).toEqual([
      { message: "`Blocker` is an alias of severity `s0`", range: expect.objectContaining({ start: expect.objectContaining({ line: 2, column: 21 }) }) },
    ]);
  });

  it("reports an alias or title that is another severity's id, whichever comes first", () => {
    const source = policy(`
      severity s0 "s2" { alias "s1" }
      severity s1
      severity s2
    `);
    expectErrors(UnambiguousNamesRule, source, [
      "2:13 SLA2039 title `s2` of severity `s0` also names severity `s2`",
      "2:26 SLA2039 alias `s1` of severity `s0` also names severity `s1`",
    ]);
    expect(diagnosticsOf(source, [UnambiguousNamesRule]).map((d) => d.related?.[0]?.message)).toEqual([
      "`s2` is the id of severity `s2`",
      "`s1` is the id of severity `s1`",
    ]);
  });

  it("reports an alias equal to another severity's title, and two severities with one title", () => {
    expectErrors(
      UnambiguousNamesRule,
      policy(`
        severity major "Major"
        severity serious "Major" { alias "Major" }
        severity minor { alias "Major" }
      `),
      [
        "3:18 SLA2039 title `Major` of severity `serious` also names severity `major`",
        "3:34 SLA2039 alias `Major` of severity `serious` also names severity `major`",
        "4:24 SLA2039 alias `Major` of severity `minor` also names severity `major`",
      ],
    );
  });

  it("reports tiers and channels whose titles collide with each other or with an id, and compares names exactly", () => {
    expect(
      errorsOf(
        UnambiguousNamesRule,
        policy(`
          tier basic "Standard"
          tier standard "Standard"
          tier gold "basic"
          tier silver "STANDARD"
          channel email "Email"
          channel mail "Email"
        `),
        true,
      ),
    ).toEqual([
      "3:15 SLA2039 title `Standard` of tier `standard` also names tier `basic` (a ticket that says `Standard` must mean one tier; change this title)",
      "4:11 SLA2039 title `basic` of tier `gold` also names tier `basic` (a ticket that says `basic` must mean one tier; change this title)",
      "7:14 SLA2039 title `Email` of channel `mail` also names channel `email` (a ticket that says `Email` must mean one channel; change this title)",
    ]);
  });

  it("leaves a duplicate declaration to UniqueDefinitionsRule", () => {
    expectValid(UnambiguousNamesRule, policy(`severity s0 { alias "A" }\nseverity s0 { alias "A" }\ntier t "T"\ntier t "T"`));
  });

  it("was silent before: the full check of a policy with a shared alias reports exactly this", () => {
    const source = policy(`
      calendar office { zone UTC  open mon-fri 09:00 - 17:00 }
      severity s0 "S0" { alias "P0" }
      severity s1 "S1" { alias "P0" }
      first_response 4h
    `);
    expect(diagnosticsOf(source).map((d) => format(d))).toEqual(["4:26 SLA2039 alias `P0` of severity `s1` also names severity `s0`"]);
  });

  it("has a registry example that gives exactly its code", () => {
    expect(diagnosticsOf(policy(SemanticCodes.AmbiguousName.example!)).map((d) => d.code)).toEqual([SemanticCodes.AmbiguousName.code]);
  });
});
