import { describe, it } from "vitest";
import { BusinessDayLengthRule } from "../../../src/semantics/rules/BusinessDayLengthRule.js";
import { EscalationLevelsRule } from "../../../src/semantics/rules/EscalationLevelsRule.js";
import { KnownMetricStartRule } from "../../../src/semantics/rules/KnownMetricStartRule.js";
import { OnCallHoursRule } from "../../../src/semantics/rules/OnCallHoursRule.js";
import { expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("BusinessDayLengthRule", () => {
  it("accepts a length in (0, 24h]", () => {
    expectValid(BusinessDayLengthRule, policy(`calendar c { zone UTC business_day 8h } calendar d { zone UTC business_day 24h }`));
  });

  it("reports zero and more than 24h", () => {
    expectErrors(BusinessDayLengthRule, policy(`calendar c { zone UTC business_day 30h } calendar d { zone UTC business_day 0m }`), [
      "2:36 SLA2033 a business day of `30h` is not above zero and at most 24h",
      "2:77 SLA2033 a business day of `0m` is not above zero and at most 24h",
    ]);
  });
});

describe("OnCallHoursRule", () => {
  it("accepts on-call with hours", () => {
    expectValid(OnCallHoursRule, policy(`escalation { on_call "Pager" { hours 24x7 } }`));
  });

  it("reports on-call without hours", () => {
    expectErrors(OnCallHoursRule, policy(`escalation { on_call "Pager" { note "x" } on_call { note "y" } }`), [
      "2:22 SLA2034 the on-call block has no `hours`",
      "2:43 SLA2034 the on-call block has no `hours`",
    ]);
  });
});

describe("KnownMetricStartRule", () => {
  it("accepts opened, escalated and customer_reply", () => {
    expectValid(KnownMetricStartRule, policy(`metric a { starts opened } metric b { starts escalated } metric c { starts customer_reply } metric d`));
  });

  it("reports any other start", () => {
    expectErrors(KnownMetricStartRule, policy(`metric m { starts assigned }`), ["2:19 SLA2035 a metric cannot start at `assigned`"]);
  });
});

describe("EscalationLevelsRule", () => {
  it("accepts whole levels from 1", () => {
    expectValid(EscalationLevelsRule, policy(`team a { } escalation { level 1 a level 2 a }`));
  });

  it("reports fractional and zero levels", () => {
    expectErrors(EscalationLevelsRule, policy(`team a { } escalation { level 1.5 a level 0 a }`), [
      "2:31 SLA2037 `1.5` is not an escalation level",
      "2:43 SLA2037 `0` is not an escalation level",
    ]);
  });
});
