/** The checks of uptime commitments, response credits and the fiscal year. */
import { describe, expect, it } from "vitest";
import { ClaimWindowRule } from "../../../src/semantics/rules/ClaimWindowRule.js";
import { CommitmentScopesRule } from "../../../src/semantics/rules/CommitmentScopesRule.js";
import { CreditPeriodRule } from "../../../src/semantics/rules/CreditPeriodRule.js";
import { CreditTargetsRule } from "../../../src/semantics/rules/CreditTargetsRule.js";
import { FiscalYearRule } from "../../../src/semantics/rules/FiscalYearRule.js";
import { KnownNamesRule } from "../../../src/semantics/rules/KnownNamesRule.js";
import { KnownZoneRule } from "../../../src/semantics/rules/KnownZoneRule.js";
import { OrderedCreditsRule } from "../../../src/semantics/rules/OrderedCreditsRule.js";
import { RequiredCreditItemsRule } from "../../../src/semantics/rules/RequiredCreditItemsRule.js";
import { ResponseCreditRangeRule } from "../../../src/semantics/rules/ResponseCreditRangeRule.js";
import { UniqueDefinitionsRule } from "../../../src/semantics/rules/UniqueDefinitionsRule.js";
import { UniqueItemsRule } from "../../../src/semantics/rules/UniqueItemsRule.js";
import { diagnosticsOf, errorsOf, expectClean, expectErrors, expectValid, format, policy } from "../../helpers/diagnostics.js";

/** A commitment body: `objective` and `downtime`, which every uptime block needs. */
const measured = "objective 99.9% per month  downtime error_rate > 5%";

const two = policy(`
  tier standard
  tier enterprise
  fiscal_year starts feb 1
  first_response 4h 24x7
  uptime standard { tiers standard  service "API"  ${measured} }
  uptime enterprise "Enterprise uptime" { tiers enterprise  service "API"  objective 99.95% per month  downtime error_rate > 5% }
  uptime dashboard { service "Dashboard"  ${measured} }
  credit first_response { tiers enterprise  misses > 4 per fiscal_quarter  credit 20%  claim_within 30d }
  credit first_response { tiers standard  misses >= 10 per fiscal_quarter  credit 5% }
`);

describe("a policy with several commitments", () => {
  it("is clean when their scopes do not overlap", () => expectClean(two));
});

describe("CommitmentScopesRule", () => {
  it("accepts commitments for different services or disjoint tiers", () => expectValid(CommitmentScopesRule, two));

  it("reports a tier two commitments for one service cover, and every customer when neither names tiers", () => {
    expectErrors(
      CommitmentScopesRule,
      policy(`
        tier gold
        tier silver
        uptime basic { ${measured} }
        uptime premium { tiers gold  ${measured} }
        uptime api { service "API"  ${measured} }
        uptime api_gold { service "API"  tiers silver, gold  ${measured} }
        uptime api_silver { service "API"  tiers silver  ${measured} }
      `),
      [
        "5:8 SLA2070 uptime `premium` and uptime `basic` both cover tier `gold`",
        "7:8 SLA2070 uptime `api_gold` and uptime `api` both cover tiers `silver` and `gold` for service \"API\"",
        "8:8 SLA2070 uptime `api_silver` and uptime `api` both cover tier `silver` for service \"API\"",
      ],
    );
    expectErrors(CommitmentScopesRule, policy(`uptime a { ${measured} }\nuptime b { ${measured} }`), [
      "3:8 SLA2070 uptime `b` and uptime `a` both cover every customer",
    ]);
    // An unknown tier covers no customer: KnownNamesRule reports it, and nothing here.
    expectErrors(CommitmentScopesRule, policy(`tier gold\nuptime a { ${measured} }\nuptime b { tiers gold, platinum  ${measured} }`), [
      "4:8 SLA2070 uptime `b` and uptime `a` both cover tier `gold`",
    ]);
    expectValid(CommitmentScopesRule, policy(`tier gold\nuptime a { tiers gold  ${measured} }\nuptime b { tiers platinum  ${measured} }`));
  });


  it("reports two credits for one metric that cover the same tier, with the first related", () => {
    const source = policy(`
      tier gold
      fiscal_year starts jan 1
      first_response 4h 24x7
      credit first_response { misses > 4 per fiscal_quarter  credit 20% }
      credit first_response { tiers gold  misses > 2 per fiscal_quarter  credit 10% }
    `);
    expectErrors(CommitmentScopesRule, source, ["6:8 SLA2070 two credits for `first_response` both cover tier `gold`"]);
    const [d] = diagnosticsOf(source, [CommitmentScopesRule]);
    expect(d!.related!.map((r) => `${r.range.start.line}:${r.range.start.column} ${r.message}`)).toEqual(["5:8 the credit for `first_response` is here"]);
  });

  it("leaves a second commitment with the same id to UniqueDefinitionsRule: one slip, one error", () => {
    const source = policy(`
      uptime { ${measured} }
      uptime { ${measured} }
    `);
    expectValid(CommitmentScopesRule, source);
    expect(diagnosticsOf(source).map((d) => format(d, { hint: true }))).toEqual([
      "3:1 SLA2003 duplicate uptime commitment `uptime` (name each uptime block: `uptime <id> { … }`)",
    ]);
    expectErrors(UniqueDefinitionsRule, policy(`uptime api { ${measured} }\nuptime api { ${measured} }`), ["3:8 SLA2003 duplicate uptime commitment `api`"]);
  });
});

describe("OrderedCreditsRule and the cap", () => {
  it("accepts a cap at or above every credit", () => {
    expectValid(OrderedCreditsRule, policy(`uptime { ${measured}  credit 10% below 99.9%  credit 25% below 99%  credit_cap 25% }`));
  });

  it("warns about credits above the cap, and rejects a cap out of range", () => {
    expectErrors(OrderedCreditsRule, policy(`uptime { ${measured}  credit 10% below 99.9%  credit 25% below 99%  credit 50% below 95%  credit_cap 20% }`), [
      "2:131 SLA2071 credits `25%` and `50%` are above the cap `20%`",
    ]);
    expect(diagnosticsOf(policy(`uptime { ${measured}  credit 50% below 95%  credit_cap 30% }`))[0]!.severity).toBe("warning");
    expectErrors(OrderedCreditsRule, policy(`uptime { ${measured}  credit_cap 0% }`), ["2:74 SLA2024 credit cap `0%` is not above 0% and at most 100%"]);
  });
});

describe("ClaimWindowRule", () => {
  it("accepts whole days", () => expectValid(ClaimWindowRule, policy(`uptime { ${measured}  claim_within 30d }`)));

  it("rejects a window in hours that are not whole days, or shorter than a day", () => {
    expect(errorsOf(ClaimWindowRule, policy(`uptime { ${measured}  claim_within 36h }  uptime b { ${measured}  claim_within 30m }`), true)).toEqual([
      "2:76 SLA2072 a claim window of `36h` is not a whole number of days (write it in days, such as `2d`)",
      "2:160 SLA2072 a claim window of `30m` is not a whole number of days (write it in days, such as `1d`)",
    ]);
  });
});

describe("RequiredCreditItemsRule", () => {
  it("reports a credit without misses or credit, at its keyword", () => {
    expectErrors(RequiredCreditItemsRule, policy(`credit first_response { claim_within 30d }`), [
      "2:1 SLA2073 the credit for `first_response` has no `misses`",
      "2:1 SLA2073 the credit for `first_response` has no `credit`",
    ]);
  });
});

describe("ResponseCreditRangeRule", () => {
  it("accepts whole counts and credits up to 100 %", () => {
    expectValid(ResponseCreditRangeRule, policy(`credit first_response { misses > 0 per fiscal_quarter  credit 100% }`));
  });

  it("rejects fractional counts, `>= 0`, and credits out of range", () => {
    expectErrors(ResponseCreditRangeRule, policy(`credit a { misses > 4.5 per fiscal_quarter  credit 0% }\ncredit b { misses >= 0 per fiscal_quarter  credit 120% }`), [
      "2:21 SLA2074 `4.5` is not a whole number of misses",
      "2:52 SLA2074 credit `0%` is not above 0% and at most 100%",
      "3:22 SLA2074 `misses >= 0` earns the credit in a period without a single miss",
      "3:51 SLA2074 credit `120%` is not above 0% and at most 100%",
    ]);
  });
});

describe("CreditPeriodRule", () => {
  it("rejects another period, with the one it could be", () => {
    expect(errorsOf(CreditPeriodRule, policy(`fiscal_year starts jan 1\ncredit a { misses > 4 per fiscal_quartr  credit 20% }`), true)).toEqual([
      "3:27 SLA2075 misses cannot be counted per `fiscal_quartr` (did you mean `fiscal_quarter`?)",
    ]);
  });

  it("asks for a fiscal year where fiscal quarters are counted, once per policy", () => {
    expect(errorsOf(CreditPeriodRule, policy(`credit a { misses > 4 per fiscal_quarter  credit 20% }\ncredit b { misses > 4 per fiscal_quarter  credit 20% }`), true)).toEqual([
      "2:27 SLA2076 the policy does not say when its fiscal year starts (add a policy item such as `fiscal_year starts feb 1` (`jan 1` for calendar quarters))",
    ]);
    expect(errorsOf(CreditPeriodRule, `${policy("credit a { misses > 4 per fiscal_quarter  credit 20% }")}policy q { credit a { misses > 4 per fiscal_quarter  credit 20% } }\n`)).toHaveLength(2);
  });
});

describe("FiscalYearRule", () => {
  it("accepts a month word and a day from 1 to 28", () => {
    expectValid(FiscalYearRule, policy(`fiscal_year starts feb 1`));
    expectValid(FiscalYearRule, policy(`fiscal_year starts apr 28 zone Europe/London`));
  });

  it("rejects an unknown month and a day not every month has", () => {
    expect(errorsOf(FiscalYearRule, policy(`fiscal_year starts fbr 29`), true)).toEqual([
      "2:20 SLA2077 `fbr` is not a month (did you mean `feb`?)",
      "2:24 SLA2077 a fiscal year cannot start on day `29` (a fiscal year starts on a day from 1 to 28, which every month has, so that each quarter starts on it)",
    ]);
  });

  it("names the month word of a month written out", () => {
    expect(errorsOf(FiscalYearRule, policy(`fiscal_year starts February 1`), true)).toEqual(["2:20 SLA2077 `February` is not a month (write `feb`)"]);
  });

  it("leaves an unknown zone to KnownZoneRule", () => {
    expectErrors(KnownZoneRule, policy(`fiscal_year starts feb 1 zone Mars/Base`), ["2:31 SLA2001 unknown time zone `Mars/Base`"]);
    expectValid(FiscalYearRule, policy(`fiscal_year starts feb 1 zone Mars/Base`));
  });
});

describe("CreditTargetsRule", () => {
  it("rejects a credit on a metric without a stated target for its tiers", () => {
    expectErrors(
      CreditTargetsRule,
      policy(`
        tier gold
        tier silver
        first_response { tier gold 1h 24x7  tier silver none }
        credit first_response { tiers silver  misses > 4 per fiscal_quarter  credit 20% }
        credit resolution { misses > 4 per fiscal_quarter  credit 20% }
        credit first_response { tiers gold  misses > 4 per fiscal_quarter  credit 20% }
      `),
      ["5:8 SLA2078 `first_response` has no target for tier `silver`, so it is never missed", "6:8 SLA2078 `resolution` has no target, so it is never missed"],
    );
  });

  it("leaves unknown metrics and tiers to KnownNamesRule", () => {
    const source = policy(`credit first_reponse { tiers gld  misses > 4 per fiscal_quarter  credit 20% }`);
    expectValid(CreditTargetsRule, source);
    expectErrors(KnownNamesRule, source, ["2:8 SLA2002 unknown metric `first_reponse`", "2:30 SLA2002 unknown tier `gld`"]);
  });
});

describe("UniqueItemsRule in commitments", () => {
  it("allows several uptime blocks but one fiscal year, and once-only items in a credit", () => {
    expectErrors(
      UniqueItemsRule,
      policy(`
        fiscal_year starts feb 1
        fiscal_year starts mar 1
        uptime a { ${measured}  credit_cap 20%  credit_cap 30% }
        uptime b { ${measured} }
        credit first_response { credit 10%  credit 20%  tiers a  tiers b }
      `),
      [
        "3:1 SLA2004 duplicate `fiscal_year` in policy `p`",
        "4:81 SLA2004 duplicate `credit_cap` in uptime `a`",
        "6:37 SLA2004 duplicate `credit` in credit `first_response`",
        "6:58 SLA2004 duplicate `tiers` in credit `first_response`",
      ],
    );
  });
});
