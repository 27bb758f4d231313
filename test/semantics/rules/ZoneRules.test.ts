import { describe, expect, it } from "vitest";
import { KnownZoneRule } from "../../../src/semantics/rules/KnownZoneRule.js";
import { isKnownZone } from "../../../src/semantics/zones.js";
import { RequiredZoneRule } from "../../../src/semantics/rules/RequiredZoneRule.js";
import { errorsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

describe("KnownZoneRule", () => {
  it("accepts IANA zones, UTC, Etc zones and aliases Intl knows", () => {
    expectValid(
      KnownZoneRule,
      policy(`
        calendar a { zone America/New_York }
        calendar b { zone UTC }
        calendar c { zone Etc/GMT+5 }
        calendar d { zone US/Eastern }
      `),
    );
  });

  it("agrees with Intl.DateTimeFormat on current names ICU lists under older ones, and on near misses", () => {
    const accepts = (zone: string): boolean => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    };
    const names = ["Asia/Kolkata", "Europe/Kyiv", "America/Argentina/Buenos_Aires", "Pacific/Kanton", "America/Nuuk"];
    const misses = ["Asia/Kolkatta", "Europe/Kyyiv", "Etc/Nowhere", "utc", "Mars/Olympus_Mons"];
    for (const zone of [...names, ...misses, "Asia/Calcutta", "Etc/UTC", "GMT"]) expect(isKnownZone(zone), zone).toBe(accepts(zone));
    for (const zone of names) expect(isKnownZone(zone)).toBe(true);
  });

  it("reports an unknown zone by name (SLA2001)", () => {
    expectErrors(KnownZoneRule, policy(`calendar c { zone Mars/Olympus_Mons }`), [
      "2:19 SLA2001 unknown time zone `Mars/Olympus_Mons`",
    ]);
  });

  it("suggests the zone a typo was meant to be", () => {
    expect(errorsOf(KnownZoneRule, policy(`calendar c { zone Europe/Berln }`), true)).toEqual([
      "2:19 SLA2001 unknown time zone `Europe/Berln` (did you mean `Europe/Berlin`?)",
    ]);
  });
});

describe("RequiredZoneRule", () => {
  it("accepts a calendar with a zone", () => {
    expectValid(RequiredZoneRule, policy(`calendar c { zone UTC }`));
  });

  it("reports a calendar without a zone", () => {
    expectErrors(RequiredZoneRule, policy(`calendar office { open mon-fri 09:00 - 17:00 }`), [
      "2:10 SLA2005 calendar `office` has no `zone`",
    ]);
  });
});
