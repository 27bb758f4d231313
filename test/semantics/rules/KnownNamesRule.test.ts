import { describe, expect, it } from "vitest";
import { KnownNamesRule } from "../../../src/semantics/rules/KnownNamesRule.js";
import { diagnosticsOf, errorsOf, expectErrors, expectValid, policy } from "../../helpers/diagnostics.js";

const declarations = `
  calendar office { zone UTC open mon-fri 09:00 - 17:00 }
  team tech { hours office }
  channel email
  channel chat
  severity high
  severity low
  tier gold { channels email }
  metric membership_reply
`;

describe("KnownNamesRule", () => {
  it("accepts references to declared names", () => {
    expectValid(
      KnownNamesRule,
      policy(`${declarations}
        business_hours office
        first_response { tier gold { channel email { high 1h } } low 2h on tech }
        membership_reply 1h on office
        test "t" { opened 2026-01-01T00:00Z tier gold severity high channel email expect first_response none }
      `),
    );
  });

  it("reports an unknown tier in a scope, with a suggestion", () => {
    const source = policy(`${declarations}
      first_response { tier gld { 1h } }
    `);
    expect(errorsOf(KnownNamesRule, source, true)).toEqual([
      "11:27 SLA2002 unknown tier `gld` (did you mean `gold`?)",
    ]);
  });

  it("reports unknown severities, channels, calendars, teams and metrics wherever they are named", () => {
    expectErrors(
      KnownNamesRule,
      policy(`${declarations}
        business_hours ofice
        channel web { severity always hihg }
        tier silver { hours nowhere channels emial }
        severity mid { example "x" tiers platinum }
        escalation { level 1 tehc on_call { severities critical channels fax hours 24x7 } }
        first_response { critical 1h }
        resolution 2h on nobody
        uptime_reply 1h
        test "t" { opened 2026-01-01T00:00Z tier bronze severity high channel email expect next_reply none }
      `),
      [
        "11:22 SLA2002 unknown calendar `ofice`",
        "12:37 SLA2002 unknown severity `hihg`",
        "13:27 SLA2002 unknown calendar `nowhere`",
        "13:44 SLA2002 unknown channel `emial`",
        "14:40 SLA2002 unknown tier `platinum`",
        "15:28 SLA2002 unknown team `tehc`",
        "15:54 SLA2002 unknown severity `critical`",
        "15:72 SLA2002 unknown channel `fax`",
          "17:24 SLA2002 unknown calendar or team `nobody`",
        "18:7 SLA2002 unknown metric `uptime_reply`",
        "19:48 SLA2002 unknown tier `bronze`",
        "19:90 SLA2002 unknown metric `next_reply`",
      ],
    );
  });

  it("says so when the policy declares nothing of that kind", () => {
    expect(errorsOf(KnownNamesRule, policy(`first_response { tier gold { 1h } }`), true)).toEqual([
      "2:23 SLA2002 unknown tier `gold` (the policy declares no tiers)",
    ]);
  });

  it("reports an unknown name once, at its first use, with its other uses related", () => {
    const diagnostics = diagnosticsOf(
      policy(`
        severity high
        tier gold { channels chat }
        channel email
        first_response { tier gold 1h 24x7 }
        test "t" { opened 2026-03-02T09:00Z tier gold severity high channel chat }
      `),
      [KnownNamesRule],
    );
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual(["3:22 unknown channel `chat`"]);
    expect(diagnostics[0]!.related?.map((r) => `${r.range.start.line}:${r.range.start.column} ${r.message}`)).toEqual(["6:69 `chat` is also used here"]);
  });

  it("reports the unknown names of one list together", () => {
    const diagnostics = diagnosticsOf(
      policy(`
        severity high
        severity low
        first_response { high, hihg, lwo 2h 24x7  low 1h 24x7 }
      `),
      [KnownNamesRule],
    );
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message} (${d.hint})`)).toEqual([
      "4:24 unknown severities `hihg` and `lwo` (did you mean `high`?; did you mean `low`?)",
    ]);
  });
});
