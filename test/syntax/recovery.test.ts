import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/index.js";
import { formatRange, parseDiagnostics } from "../helpers/syntax.js";

describe("error recovery", () => {
  it("reports three mistakes in three blocks as exactly three diagnostics, and keeps the rest", () => {
    const text = [
      "policy p {",
      "  calendar c {",
      "    zone Europe/Berlin",
      "    open mon-fri 9am - 17:00",
      "    open sat 10:00 - 14:00",
      "  }",
      '  tier gold "Gold" { channels }',
      "  first_response { critical 15 24x7  high 4h }",
      '  provider "Acme"',
      "}",
    ].join("\n");
    const { value, diagnostics } = parse(text, "three.sla");
    expect(diagnostics.map(formatRange)).toEqual([
      "4:18-4:21 SLA1005 expected a time such as `09:00`, found `9am`",
      "7:31-7:32 SLA1005 expected a channel id, found `}`",
      "8:29-8:31 SLA1005 expected a unit after `15`, found `24x7`",
    ]);
    expect(diagnostics.every((d) => d.range.file === "three.sla" && d.severity === "error")).toBe(true);
    const items = value.policies[0]!.items;
    expect(items.map((i) => i.kind)).toEqual(["Calendar", "Tier", "Targets", "Provider"]);
    expect(items[0]!.kind === "Calendar" && items[0]!.items.map((i) => i.kind)).toEqual(["Zone", "OpenDaily"]);
    // `critical 15 24x7` is damaged (its amount lacks `business days`), so it is left out.
    expect(items[2]!.kind === "Targets" && items[2]!.entries.map((e) => e.kind === "TargetRule" && e.severities.map((s) => s.value))).toEqual([
      ["high"],
    ]);
  });

  it("skips a misspelt item inside a block and goes on with the block", () => {
    const { value, diagnostics } = parse("policy p { calendar c { zonee UTC open mon 09:00 - 17:00 } provider \"x\" }", "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["1:25-1:30 SLA1005 expected a calendar item or `}`, found `zonee`"]);
    const [calendar, provider] = value.policies[0]!.items;
    expect(calendar!.kind === "Calendar" && calendar!.items.map((i) => i.kind)).toEqual(["OpenDaily"]);
    expect(provider!.kind).toBe("Provider");
  });

  it("resumes inside a block after a broken item", () => {
    expect(parseDiagnostics("policy p { uptime { objective 99.9 per month downtime error_rate = 5% minimum_period 1m } }")).toEqual([
      "1:31-1:35 SLA1005 expected a percentage such as `99.9%`, found `99.9`",
      "1:66-1:67 SLA1001 unexpected character `=`",
    ]);
    const uptime = parse("policy p { uptime { objective 99.9 per month downtime error_rate > 5% minimum_period 1m } }", "t").value.policies[0]!.items[0]!;
    expect(uptime.kind === "Uptime" && uptime.items.map((i) => i.kind)).toEqual(["Downtime", "MinimumPeriod"]);
  });

  it("reads the next policy item after a block that lost its closing brace", () => {
    const { value, diagnostics } = parse('policy p {\n  calendar c { zone UTC\n  tier gold\n  provider "x"\n}', "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["3:3-3:7 SLA1005 expected `}` to close the block opened on line 2, found `tier`"]);
    expect(value.policies[0]!.items.map((i) => i.kind)).toEqual(["Calendar", "Tier", "Provider"]);
    // On one line the layout tells nothing; the item keyword still ends the block.
    const oneLine = parse('policy p { calendar c { zone UTC tier gold provider "x" }', "t.sla");
    expect(oneLine.diagnostics.map(formatRange)).toEqual(["1:34-1:38 SLA1005 expected a calendar item or `}`, found `tier`"]);
    expect(oneLine.value.policies[0]!.items.map((i) => i.kind)).toEqual(["Calendar", "Tier", "Provider"]);
  });

  it("reports a missing closing brace at the end of the file", () => {
    const { value, diagnostics } = parse('policy p { provider "x"\n', "t.sla");
    expect(diagnostics.map(formatRange)).toEqual(["2:1-2:1 SLA1005 expected a policy item or `}`, found the end of the file"]);
    expect(value.policies[0]!.items.map((i) => i.kind)).toEqual(["Provider"]);
  });

  it("reports text outside a policy once", () => {
    expect(parseDiagnostics('foo bar policy p { provider "a" }')).toEqual(["1:1-1:4 SLA1005 expected `policy`, found `foo`"]);
  });

  it("reports lexer and parser problems together, in source order", () => {
    expect(parseDiagnostics('policy p {\n  provider "unterminated\n  updated 2026-13-01\n  note ~ "x"\n}')).toEqual([
      '2:12-2:25 SLA1002 this string has no closing `"` on its line',
      "3:11-3:21 SLA1008 `2026-13-01` is not a date",
      "4:8-4:9 SLA1001 unexpected character `~`",
    ]);
  });

  it("hints at what may start an item, or at the keyword probably meant", () => {
    const [list] = parse("policy p { calendar c { open mon 09:00 - 17:00 } severity s { 5m } }", "t.sla").diagnostics;
    expect([list!.message, list!.hint]).toEqual([
      "expected a severity item or `}`, found `5m`",
      "a severity item starts with `alias`, `description`, `example`, `assumption` or `note`",
    ]);
    const [policy] = parse("policy p { 5m }", "t.sla").diagnostics;
    expect(policy!.hint).toMatch(/^a policy item starts with `provider`, `updated`, .*, `test` or a metric id followed by its targets$/);
    const hints = ["calendar c { zonee UTC }", 'uptime { servce "x" }', "tier t { chanels a }"].map(
      (item) => parse(`policy p { ${item} }`, "t.sla").diagnostics.map((d) => d.hint),
    );
    expect(hints).toEqual([["did you mean `zone`?"], ["did you mean `service`?"], ["did you mean `channels`?"]]);
    const [noAlternative] = parse("policy p { tier t { hours } }", "t.sla").diagnostics;
    expect([noAlternative!.message, noAlternative!.hint]).toEqual(["expected `24x7` or a calendar id, found `}`", undefined]);
  });

  it("words every message in our style, without chevrotain's", () => {
    const broken = [
      "policy p { calendar c { closed every fourth thu nov } }",
      "policy p { metric m { starts } }",
      "policy p { languages }",
      "policy p { channel c { severity medium } }",
      'policy "p" { }',
      "policy p { escalation { level one t } }",
      "policy p { first_response { tier a { critical } low 4h } }",
      "} policy p {",
      "policy p { test \"t\" { expect x } } }",
      "policy p { uptime { downtime x 5% credit 5% 1% } }",
    ];
    const messages = broken.flatMap((text) => parse(text, "t.sla").diagnostics.map((d) => d.message));
    expect(messages.length).toBeGreaterThanOrEqual(broken.length);
    for (const message of messages) {
      expect(message).toMatch(/^[a-z`]/);
      expect(message).not.toMatch(/\.$|Expecting|but found|token of type|-->|EOF|<|>$|Identifier|StringLiteral|LCurly/);
    }
  });
});
