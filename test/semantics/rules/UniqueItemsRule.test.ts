import { describe, it } from "vitest";
import { UniqueItemsRule } from "../../../src/semantics/rules/UniqueItemsRule.js";
import { expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("UniqueItemsRule", () => {
  it("accepts items that may repeat", () => {
    expectValid(
      UniqueItemsRule,
      policy(`
        note "a"
        note "b"
        link a "A" "https://a.example"
        calendar c { zone UTC open mon 09:00 - 10:00 open tue 09:00 - 10:00 closed 2026-01-01 closed 2026-01-02 }
        severity s { alias "x" alias "y" example "e" example "f" }
        first_response 1h
        resolution 2h
        test "t" { opened 2026-01-01T00:00Z event paused 2026-01-01T00:01Z event resumed 2026-01-01T00:02Z expect first_response none expect resolution none }
      `),
    );
  });

  it("reports a second singleton in each kind of block", () => {
    expectErrors(
      UniqueItemsRule,
      policy(`
        provider "A"
        provider "B"
        calendar c { zone UTC zone Europe/Berlin business_day 8h business_day 7h }
        tier t { hours c hours 24x7 channels x channels y }
        team tm { hours c hours 24x7 }
        channel ch { severity always a severity always b }
        severity s { description "a" description "b" }
        first_response 1h
        first_response 2h
        escalation { level 1 tm level 1 tm on_call { hours 24x7 hours c } }
        maintenance { notice 1h notice 2h }
        uptime { objective 99% per month objective 98% per month }
        test "t" { opened 2026-01-01T00:00Z opened 2026-01-02T00:00Z tier t tier t expect resolution none expect resolution none }
      `),
      [
        "3:1 SLA2004 duplicate `provider` in policy `p`",
        "4:23 SLA2004 duplicate `zone` in calendar `c`",
        "4:58 SLA2004 duplicate `business_day` in calendar `c`",
        "5:18 SLA2004 duplicate `hours` in tier `t`",
        "5:40 SLA2004 duplicate `channels` in tier `t`",
        "6:19 SLA2004 duplicate `hours` in team `tm`",
        "7:32 SLA2004 duplicate `severity always` in channel `ch`",
        "8:30 SLA2004 duplicate `description` in severity `s`",
        "10:1 SLA2004 duplicate targets for `first_response` in policy `p`",
        "11:25 SLA2004 duplicate `level 1` in the escalation",
        "11:57 SLA2004 duplicate `hours` in the on-call block",
        "12:25 SLA2004 duplicate `notice` in the maintenance block",
        "13:34 SLA2004 duplicate `objective` in the uptime block",
        "14:37 SLA2004 duplicate `opened` in test `t`",
        "14:69 SLA2004 duplicate `tier` in test `t`",
        "14:99 SLA2004 duplicate `expect resolution` in test `t`",
      ],
    );
  });
});
