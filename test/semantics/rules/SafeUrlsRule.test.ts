import { describe, it } from "vitest";
import { SafeUrlsRule } from "../../../src/semantics/rules/SafeUrlsRule.js";
import { expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("SafeUrlsRule", () => {
  it("accepts http, https and mailto URLs", () => {
    expectValid(
      SafeUrlsRule,
      policy(`
        link a "A" "https://example.com/terms"
        link b "B" "http://example.com"
        link c "C" "mailto:support@example.com"
        link d "D" "HTTPS://EXAMPLE.COM"
        maintenance { announce "Status" "https://status.example.com" announce "Banner" }
      `),
    );
  });

  it("reports script, data, relative and other URLs", () => {
    expectErrors(
      SafeUrlsRule,
      policy(`
        link a "A" "javascript:alert(1)"
        link b "B" " JavaScript:alert(1)"
        link c "C" "data:text/html,<script>alert(1)</script>"
        link d "D" "/terms"
        link e "E" "ftp://example.com"
        maintenance { announce "Status" "vbscript:x" }
      `),
      [
        "2:12 SLA2013 `javascript:alert(1)` is not an http, https or mailto URL",
        "3:12 SLA2013 ` JavaScript:alert(1)` is not an http, https or mailto URL",
        "4:12 SLA2013 `data:text/html,<script>alert(1)</script>` is not an http, https or mailto URL",
        "5:12 SLA2013 `/terms` is not an http, https or mailto URL",
        "6:12 SLA2013 `ftp://example.com` is not an http, https or mailto URL",
        "7:33 SLA2013 `vbscript:x` is not an http, https or mailto URL",
      ],
    );
  });

  it("reports a URL with leading spaces even when its scheme is safe, since the schema requires the scheme first", () => {
    expectErrors(SafeUrlsRule, policy(`link a "A" " https://example.com"`), [
      "2:12 SLA2013 ` https://example.com` is not an http, https or mailto URL",
    ]);
  });
});
