import { describe, it } from "vitest";
import { LanguageTagsRule } from "../../../src/semantics/rules/LanguageTagsRule.js";
import { PrimaryLanguageRule } from "../../../src/semantics/rules/PrimaryLanguageRule.js";
import { expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("LanguageTagsRule", () => {
  it("accepts well-formed BCP 47 tags in any case", () => {
    expectValid(LanguageTagsRule, policy(`languages en primary, pt-BR, pt-br, zh-Hant, es-419`));
  });

  it("reports a tag that is not BCP 47", () => {
    expectErrors(LanguageTagsRule, policy(`languages en, en_US, e`), [
      "2:15 SLA2006 `en_US` is not a BCP 47 language tag",
      "2:22 SLA2006 `e` is not a BCP 47 language tag",
    ]);
  });
});

describe("PrimaryLanguageRule", () => {
  it("accepts one primary language, or none", () => {
    expectValid(PrimaryLanguageRule, policy(`languages en primary, de`));
    expectValid(PrimaryLanguageRule, policy(`languages en, de`));
  });

  it("reports a second primary language", () => {
    expectErrors(PrimaryLanguageRule, policy(`languages en primary, de primary`), [
      "2:23 SLA2007 `de` is marked primary, but `en` already is",
    ]);
  });
});
