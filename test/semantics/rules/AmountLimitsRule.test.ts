import { describe, expect, it } from "vitest";
import { SemanticCodes } from "../../../src/diagnostics/codes/semantic.js";
import { AMOUNT_LIMITS, AmountLimitsRule } from "../../../src/semantics/rules/AmountLimitsRule.js";
import { checkSource } from "../../../src/pipeline.js";
import { diagnosticsOf, expectValid, policy } from "../../helpers/diagnostics.js";

const office = "calendar office { zone UTC  open mon-fri 09:00 - 17:00 }";

describe("AmountLimitsRule", () => {
  it("accepts a year of minutes, 1000 business days and 3650 calendar days", () => {
    expectValid(AmountLimitsRule, policy(`${office}\nfirst_response 525600m 24x7\nresolution 1000 business days on office\nnext_response 3650 calendar days on office`));
  });

  it("refuses larger amounts of each unit (SLA2089)", () => {
    const source = policy(`${office}\nfirst_response 9999999999999m 24x7\nresolution 1001 business days on office\nnext_response 3651 calendar days on office`);
    const errors = diagnosticsOf(source, [AmountLimitsRule]);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      [SemanticCodes.AmountTooLarge.code, "a deadline of `9999999999999m` is longer than a year"],
      [SemanticCodes.AmountTooLarge.code, "`1001 business days` is more than 1,000 business days"],
      [SemanticCodes.AmountTooLarge.code, "`3651 calendar days` is more than 3,650 calendar days"],
    ]);
  });

  it("is part of `check`, so a huge amount never reaches `slac test` or `slac due`", () => {
    const codes = checkSource(policy(`${office}\nfirst_response 9999999999999m 24x7`), "p.sla").map((d) => d.code);
    expect(codes).toContain("SLA2089");
  });

  it("states the limits the bundle schema states", async () => {
    const schema = (await import("../../../schema/bundle.schema.json", { with: { type: "json" } })).default as { $defs: { Amount: Record<string, any> } };
    const amount = schema.$defs.Amount;
    expect(amount.properties.value.maximum).toBe(AMOUNT_LIMITS.minutes);
    expect(amount.else.then.properties.value.maximum).toBe(AMOUNT_LIMITS.business_days);
    expect(amount.else.else.then.properties.value.maximum).toBe(AMOUNT_LIMITS.calendar_days);
  });
});
