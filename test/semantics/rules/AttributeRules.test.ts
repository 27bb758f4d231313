/** The checks of attributes, add-ons, channel severities, generations and test expectations. */
import { describe, expect, it } from "vitest";
import { AddonTiersRule } from "../../../src/semantics/rules/AddonTiersRule.js";
import { AttributeValuesRule } from "../../../src/semantics/rules/AttributeValuesRule.js";
import { ChannelSeverityRule } from "../../../src/semantics/rules/ChannelSeverityRule.js";
import { KnownNamesRule } from "../../../src/semantics/rules/KnownNamesRule.js";
import { PolicyGenerationRule } from "../../../src/semantics/rules/PolicyGenerationRule.js";
import { RejectedExpectationsRule } from "../../../src/semantics/rules/RejectedExpectationsRule.js";
import { ReservedAttributeNamesRule } from "../../../src/semantics/rules/ReservedAttributeNamesRule.js";
import { SingleNarrowingRule } from "../../../src/semantics/rules/SingleNarrowingRule.js";
import { TestTicketRule } from "../../../src/semantics/rules/TestTicketRule.js";
import { UniqueDefinitionsRule } from "../../../src/semantics/rules/UniqueDefinitionsRule.js";
import { UniqueItemsRule } from "../../../src/semantics/rules/UniqueItemsRule.js";
import { errorsOf, expectClean, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("AttributeValuesRule", () => {
  it("accepts declared values, and values drawn from the policy's languages", () => {
    expectValid(AttributeValuesRule, policy(`attribute environment { values production, staging }\nlanguages en, ja\nattribute language from languages`));
  });

  it("reports an attribute without values, with both kinds, or drawn from languages the policy lacks (SLA2050)", () => {
    expectErrors(AttributeValuesRule, policy(`attribute environment "Environment"`), ["2:11 SLA2050 attribute `environment` has no values"]);
    expectErrors(AttributeValuesRule, policy(`languages en\nattribute language from languages { values en }`), [
      "3:37 SLA2050 attribute `language` draws its values from languages and lists values too",
    ]);
    expectErrors(AttributeValuesRule, policy(`attribute language from languages`), [
      "2:20 SLA2050 attribute `language` draws its values from languages, and the policy lists none",
    ]);
  });
});

describe("ReservedAttributeNamesRule", () => {
  it("reports an attribute named like a dimension or a word targets read otherwise (SLA2051)", () => {
    expectErrors(ReservedAttributeNamesRule, policy(`attribute tier { values a }\nattribute next { values b }\nattribute product { values c }`), [
      "2:11 SLA2051 an attribute cannot be called `tier`",
      "3:11 SLA2051 an attribute cannot be called `next`",
    ]);
  });
});

describe("attribute names and values", () => {
  const declarations = `
    languages en primary, pt-BR
    attribute environment { values production, staging  default production }
    attribute language from languages
    severity high
  `;

  it("accepts declared attributes and values, language tags in any case", () => {
    expectValid(
      KnownNamesRule,
      policy(`${declarations}
        first_response { environment staging { 1h 24x7 }  language pt-br { 2h 24x7 }  4h 24x7 }
        test "t" { opened 2026-03-02T09:00Z  severity high  attribute language PT-BR  attribute environment staging  expect first_response none }
      `),
    );
  });

  it("reports unknown attributes and values, a misspelt dimension keyword as such (SLA2002)", () => {
    const source = policy(`${declarations}
      attribute product { values cloud  default clod }
      first_response { environment prod { 1h 24x7 }  teir gold { 1h 24x7 }  4h 24x7 }
      test "t" { opened 2026-03-02T09:00Z  severity high  attribute langauge en  attribute language fr  expect first_response none }
    `);
    expect(errorsOf(KnownNamesRule, source, true)).toEqual([
      "7:45 SLA2002 unknown value `clod` of attribute `product` (did you mean `cloud`?)",
      "8:32 SLA2002 unknown value `prod` of attribute `environment`",
      "8:50 SLA2002 unknown attribute `teir` (did you mean `tier`?)",
      "9:65 SLA2002 unknown attribute `langauge` (did you mean `language`?)",
      "9:97 SLA2002 unknown value `fr` of attribute `language`",
    ]);
  });

  it("reports a value listed twice (SLA2003), and an attribute item given twice (SLA2004)", () => {
    expectErrors(UniqueDefinitionsRule, policy(`attribute e { values a, b, a }`), ["2:28 SLA2003 duplicate value `a`"]);
    expectErrors(UniqueItemsRule, policy(`attribute e { values a  values b  default a  default b }`), [
      "2:25 SLA2004 duplicate `values` in attribute `e`",
      "2:46 SLA2004 duplicate `default` in attribute `e`",
    ]);
  });

  it("reports an attribute narrowed twice in targets, coverage and an eligibility rule (SLA2032)", () => {
    expectErrors(
      SingleNarrowingRule,
      policy(`${declarations}
        first_response { environment staging { environment production { 1h 24x7 } } }
        coverage { language en { language ja 24x7 } }
        eligibility { high only environment staging environment production otherwise reject }
      `),
      [
        "7:56 SLA2032 `environment` is already narrowed by an enclosing scope",
        "8:39 SLA2032 `language` is already narrowed by an enclosing scope",
        "9:49 SLA2032 `environment` is already a condition of this rule",
      ],
    );
  });
});

describe("ChannelSeverityRule", () => {
  it("accepts a fixed severity, or a default one", () => {
    expectValid(ChannelSeverityRule, policy(`severity high\nchannel email { severity always high }\nchannel chat { severity default high }`));
  });

  it("reports a channel that both fixes its severity and gives a default (SLA2057)", () => {
    expectErrors(ChannelSeverityRule, policy(`severity high\nseverity low\nchannel email { severity default high  severity always low }`), [
      "4:40 SLA2057 channel `email` fixes its tickets' severity to `low`, so it takes no default",
    ]);
  });
});

describe("AddonTiersRule", () => {
  const declarations = `
    tier standard
    tier urgent_247 { addon }
    first_response 4h 24x7
  `;

  it("accepts a base tier with add-ons", () => {
    expectValid(AddonTiersRule, policy(`${declarations}\ntest "t" { opened 2026-03-02T09:00Z  tier standard  addons urgent_247  expect first_response none }`));
  });

  it("reports an add-on as a ticket's tier once for all the tests, a base tier or a repeat in `addons` (SLA2058)", () => {
    expectErrors(
      AddonTiersRule,
      policy(`${declarations}
        test "a" { opened 2026-03-02T09:00Z  tier urgent_247  expect first_response none }
        test "b" { opened 2026-03-02T09:00Z  tier urgent_247  addons standard, urgent_247, urgent_247  expect first_response none }
      `),
      [
        "6:47 SLA2058 tier `urgent_247` is an add-on, not a ticket's tier",
        "7:66 SLA2058 tier `standard` is not an add-on",
        "7:88 SLA2058 add-on `urgent_247` is named twice",
      ],
    );
  });
});

describe("PolicyGenerationRule", () => {
  it("accepts dates that run forward, and another policy superseded", () => {
    expectValid(PolicyGenerationRule, policy(`valid_from 2026-01-01\nvalid_until 2027-01-01\nsupersedes older`));
  });

  it("reports dates that do not run forward and a policy that supersedes itself (SLA2059)", () => {
    expectErrors(PolicyGenerationRule, policy(`valid_from 2026-01-01\nvalid_until 2026-01-01\nsupersedes p`), [
      "3:1 SLA2059 policy `p` is in force until 2026-01-01, which is not after 2026-01-01, when it comes into force",
      "4:12 SLA2059 policy `p` supersedes itself",
    ]);
  });
});

describe("RejectedExpectationsRule", () => {
  it("reports a test that expects its ticket rejected and more of it (SLA2060)", () => {
    expectErrors(
      RejectedExpectationsRule,
      policy(`severity p1\nfirst_response 4h 24x7\ntest "t" { opened 2026-03-02T09:00Z  severity p1  expect rejected  expect severity p1 }`),
      ["4:68 SLA2060 test `t` expects its ticket rejected, and expects more of it"],
    );
  });
});

describe("TestTicketRule and attributes", () => {
  it("asks for an attribute without a default that targets depend on, but not for one with a default", () => {
    const body = `
      attribute environment { values production, staging }
      attribute region { values eu, us  default eu }
      first_response { environment staging { 1h 24x7 }  region us { 2h 24x7 }  4h 24x7 }
    `;
    expectErrors(TestTicketRule, policy(`${body}\ntest "t" { opened 2026-03-02T09:00Z  expect first_response none }`), [
      "6:6 SLA2038 test `t` gives no `environment`",
    ]);
    expectValid(TestTicketRule, policy(`${body}\ntest "t" { opened 2026-03-02T09:00Z  attribute environment staging  expect first_response none }`));
  });

  it("lets a test on a channel with a default severity leave its severity out", () => {
    expectValid(TestTicketRule, policy(`severity high\nseverity low\nchannel email { severity default low }\nfirst_response 4h 24x7\ntest "t" { opened 2026-03-02T09:00Z  channel email  expect first_response none }`));
  });
});

describe("the example policies", () => {
  it("of add-ons, eligibility and coverage are clean", () => {
    expectClean(
      policy(`
        calendar office { zone Europe/Berlin  open mon-fri 09:00 - 17:00 }
        languages en primary, ja
        attribute language from languages
        attribute environment { values production, staging  default production }
        channel phone
        channel email { severity default p2 }
        severity p1
        severity p2
        tier standard
        tier urgent_247 { addon }
        eligibility {
          p1 only environment production otherwise reclassify p2
          p1 only channel phone otherwise reject
        }
        coverage { language ja on office otherwise 24x7 }
        first_response { p1 1h  p2 4h  tier urgent_247 { p1 15m 24x7 } }
      `),
    );
  });
});
