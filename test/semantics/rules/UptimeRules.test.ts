import { describe, it } from "vitest";
import { DowntimeMeasureRule } from "../../../src/semantics/rules/DowntimeMeasureRule.js";
import { OrderedCreditsRule } from "../../../src/semantics/rules/OrderedCreditsRule.js";
import { RequiredUptimeItemsRule } from "../../../src/semantics/rules/RequiredUptimeItemsRule.js";
import { UptimeObjectiveRule } from "../../../src/semantics/rules/UptimeObjectiveRule.js";
import { UptimeThresholdRule } from "../../../src/semantics/rules/UptimeThresholdRule.js";
import { UptimeWindowRule } from "../../../src/semantics/rules/UptimeWindowRule.js";
import { expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const valid = policy(`
  uptime {
    objective 99.9% per month
    downtime error_rate >= 5%
    minimum_period 1m
    credit 10% below 99.9%
    credit 25% below 99%
  }
`);

describe("UptimeObjectiveRule", () => {
  it("accepts an objective in (0, 100]", () => {
    expectValid(UptimeObjectiveRule, valid);
    expectValid(UptimeObjectiveRule, policy(`uptime { objective 100% per month }`));
  });

  it("reports 0% and more than 100%", () => {
    expectErrors(UptimeObjectiveRule, policy(`uptime { objective 0% per month }`), [
      "2:20 SLA2020 uptime objective `0%` is not above 0% and at most 100%",
    ]);
    expectErrors(UptimeObjectiveRule, policy(`uptime { objective 120% per month }`), [
      "2:20 SLA2020 uptime objective `120%` is not above 0% and at most 100%",
    ]);
  });
});

describe("UptimeThresholdRule", () => {
  it("accepts a threshold in [0, 100]", () => {
    expectValid(UptimeThresholdRule, valid);
    expectValid(UptimeThresholdRule, policy(`uptime { downtime error_rate > 0% }`));
  });

  it("reports a threshold over 100%", () => {
    expectErrors(UptimeThresholdRule, policy(`uptime { downtime error_rate > 105% }`), [
      "2:32 SLA2021 downtime threshold `105%` is not between 0% and 100%",
    ]);
  });
});

describe("UptimeWindowRule", () => {
  it("accepts per month", () => expectValid(UptimeWindowRule, valid));

  it("reports any other window", () => {
    expectErrors(UptimeWindowRule, policy(`uptime { objective 99.9% per week }`), [
      "2:30 SLA2022 uptime cannot be measured per `week`",
    ]);
  });
});

describe("DowntimeMeasureRule", () => {
  it("accepts error_rate", () => expectValid(DowntimeMeasureRule, valid));

  it("reports any other measure", () => {
    expectErrors(DowntimeMeasureRule, policy(`uptime { downtime latency > 5% }`), [
      "2:19 SLA2023 unknown downtime measure `latency`",
    ]);
  });
});

describe("OrderedCreditsRule", () => {
  it("accepts credits that grow as uptime falls, in any source order", () => {
    expectValid(OrderedCreditsRule, valid);
    expectValid(OrderedCreditsRule, policy(`uptime { credit 25% below 99% credit 10% below 99.9% }`));
  });

  it("reports a lower uptime earning no more credit, two credits at one level, and percentages out of range", () => {
    expectErrors(
      OrderedCreditsRule,
      policy(`
        uptime {
          credit 25% below 99.9%
          credit 10% below 99%
          credit 30% below 99%
          credit 0% below 95%
          credit 50% below 101%
        }
      `),
      [
        "4:3 SLA2024 credit `10%` below `99%` is not more than `25%` below `99.9%`",
        "5:3 SLA2024 two credits below `99%`",
        "6:10 SLA2024 `0%` is not above 0% and at most 100%",
        "7:20 SLA2024 `101%` is not above 0% and at most 100%",
      ],
    );
  });
});

describe("RequiredUptimeItemsRule", () => {
  it("accepts an uptime block with objective and downtime", () => expectValid(RequiredUptimeItemsRule, valid));

  it("reports a missing objective or downtime, and a minimum period under a minute", () => {
    expectErrors(RequiredUptimeItemsRule, policy(`uptime { service "API" minimum_period 0m }`), [
      "2:1 SLA2025 the uptime block has no `objective`",
      "2:1 SLA2025 the uptime block has no `downtime`",
      "2:39 SLA2025 a minimum period of `0m` is shorter than a minute",
    ]);
  });
});
