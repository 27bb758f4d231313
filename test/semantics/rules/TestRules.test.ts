import { describe, expect, it } from "vitest";
import { KnownEventTypesRule } from "../../../src/semantics/rules/KnownEventTypesRule.js";
import { KnownTestStatusRule } from "../../../src/semantics/rules/KnownTestStatusRule.js";
import { TestOpenedRule } from "../../../src/semantics/rules/TestOpenedRule.js";
import { TestTicketRule } from "../../../src/semantics/rules/TestTicketRule.js";
import { errorsOf, errorsOfEdited, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("TestOpenedRule", () => {
  it("accepts a test with opened", () => {
    expectValid(TestOpenedRule, policy(`test "t" { opened 2026-03-02T09:00Z }`));
  });

  it("reports a test without opened", () => {
    expectErrors(TestOpenedRule, policy(`test "t" { expect first_response none }`), ['2:6 SLA2026 test `t` has no `opened`']);
  });
});

describe("KnownTestStatusRule", () => {
  it("accepts met, running, paused and breached", () => {
    expectValid(
      KnownTestStatusRule,
      policy(`test "t" { opened 2026-03-02T09:00Z expect first_response 2026-03-02T10:00Z met expect resolution 2026-03-02T10:00Z running expect next_response 2026-03-02T10:00Z paused expect escalation_response 2026-03-02T10:00Z breached }`),
    );
  });

  it("reports any other status, suggesting the closest", () => {
    expect(errorsOf(KnownTestStatusRule, policy(`test "t" { opened 2026-03-02T09:00Z expect first_response 2026-03-02T10:00Z runing }`), true)).toEqual([
      "2:77 SLA2028 unknown status `runing` (did you mean `running`?)",
    ]);
  });
});

describe("KnownEventTypesRule", () => {
  it("accepts ticket events and metric ids", () => {
    expectValid(
      KnownEventTypesRule,
      policy(`
        metric dev_update
        test "t" {
          opened 2026-03-02T09:00Z
          event paused 2026-03-02T09:10Z
          event resumed 2026-03-02T09:20Z
          event escalated 2026-03-02T09:30Z
          event customer_reply 2026-03-02T09:40Z
          event first_response 2026-03-02T09:50Z
          event dev_update 2026-03-02T09:55Z
          event resolved 2026-03-02T10:00Z
        }
      `),
    );
  });

  it("reports an unknown event", () => {
    expect(errorsOf(KnownEventTypesRule, policy(`test "t" { opened 2026-03-02T09:00Z event pasued 2026-03-02T09:10Z }`), true)).toEqual([
      "2:43 SLA2029 unknown event `pasued` (did you mean `paused`?)",
    ]);
  });
});

describe("TestTicketRule", () => {
  const declarations = `
    channel email
    channel chat
    severity high
    tier basic { channels email }
  `;

  it("accepts a ticket naming every declared dimension", () => {
    expectValid(TestTicketRule, policy(`${declarations} test "t" { opened 2026-03-02T09:00Z tier basic severity high channel email }`));
    expectValid(TestTicketRule, policy(`test "t" { opened 2026-03-02T09:00Z }`));
  });

  it("reports a missing dimension and a channel the tier may not use", () => {
    expectErrors(TestTicketRule, policy(`${declarations} test "t" { opened 2026-03-02T09:00Z tier basic channel chat }`), [
      '6:6 SLA2038 test `t` gives no `severity`',
      "6:56 SLA2038 tier `basic` cannot use channel `chat`",
    ]);
  });
});
