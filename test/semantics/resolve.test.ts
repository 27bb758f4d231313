import { describe, expect, it } from "vitest";
import { statedTarget } from "../../src/contract/targets.js";
import { resolveTargets } from "../../src/semantics/resolve.js";
import { parsePolicy, policy } from "../helpers/diagnostics.js";

/** Rows as `tier/severity/channel metric → target [rule]` lines, a compact view for assertions. */
function rowsOf(body: string): string[] {
  const resolution = resolveTargets(parsePolicy(policy(body)));
  return resolution.rows.map((row) => {
    const t = statedTarget(row.target);
    const units: Record<string, string> = { minutes: "m", business_days: "bd", calendar_days: "cd" };
    const deadline = (d: { amount: { unit: string; value?: number }; calendar: string }): string =>
      `${d.amount.unit === "next_business_day" ? "nbd" : `${d.amount.value}${units[d.amount.unit]}`}@${d.calendar}`;
    const unknown = row.target !== null && "unknown" in row.target ? `unknown(${row.target.unknown})` : "null";
    const target = t ? `${deadline(t.deadline)}${t.otherwise ? ` else ${deadline(t.otherwise)} by ${t.hoursCalendar}` : ""}` : unknown;
    const applied = row.appliedSeverity !== row.severity ? `(${row.appliedSeverity})` : "";
    const rule = row.rule ? `${row.rule.range.start.line}:${row.rule.range.start.column}` : "-";
    return `${row.tier}/${row.severity}${applied}/${row.channel} ${row.metric} ${target} [${rule}]`;
  });
}

describe("resolveTargets", () => {
  it("gives one row per combination of undeclared dimensions, as `*`", () => {
    expect(rowsOf(`first_response 5m 24x7`)).toEqual(["*/*/* first_response 5m@24x7 [2:16]"]);
  });

  it("lets the most specific matching rule win", () => {
    const rows = rowsOf(`
      severity high
      severity low
      tier gold
      tier silver
      first_response {
        4h 24x7
        high 1h 24x7
        tier gold { high 30m 24x7 }
      }
    `);
    expect(rows).toEqual([
      "gold/high/* first_response 30m@24x7 [9:15]",
      "gold/low/* first_response 240m@24x7 [7:3]",
      "silver/high/* first_response 60m@24x7 [8:3]",
      "silver/low/* first_response 240m@24x7 [7:3]",
    ]);
  });

  it("takes the first of equally specific rules that agree", () => {
    expect(rowsOf(`severity high tier gold first_response { tier gold { 1h 24x7 } high 1h 24x7 }`)).toEqual([
      "gold/high/* first_response 60m@24x7 [2:54]",
    ]);
  });

  it("records a conflict and still fills the row from the first rule", () => {
    const resolution = resolveTargets(parsePolicy(policy(`severity high tier gold first_response { tier gold { 1h 24x7 } high 2h 24x7 }`)));
    expect(resolution.conflicts.map((c) => [c.tier, c.severity, c.channel, c.first.range.start.column, c.second.range.start.column])).toEqual([
      ["gold", "high", "*", 54, 64],
    ]);
    expect(statedTarget(resolution.rows[0]!.target)?.deadline.amount).toEqual({ unit: "minutes", value: 60 });
  });

  it("applies a channel's fixed severity and records it", () => {
    expect(
      rowsOf(`
        channel email { severity always low }
        channel chat
        severity high
        severity low
        first_response { high 1h 24x7 low 4h 24x7 }
      `),
    ).toEqual([
      "*/high(low)/email first_response 240m@24x7 [6:31]",
      "*/high/chat first_response 60m@24x7 [6:18]",
      "*/low/email first_response 240m@24x7 [6:31]",
      "*/low/chat first_response 240m@24x7 [6:31]",
    ]);
  });

  it("gives a tier's unavailable channels no rows", () => {
    expect(rowsOf(`channel email channel chat tier basic { channels chat } first_response 1h 24x7`)).toEqual([
      "basic/*/chat first_response 60m@24x7 [2:72]",
    ]);
  });

  it("keeps `none` as a null target with its rule, and a gap as null without one", () => {
    const body = `severity high severity low severity minor first_response { high 1h 24x7 low none }`;
    expect(rowsOf(body)).toEqual([
      "*/high/* first_response 60m@24x7 [2:60]",
      "*/low/* first_response null [2:73]",
      "*/minor/* first_response null [-]",
    ]);
    const resolution = resolveTargets(parsePolicy(policy(body)));
    expect(resolution.gaps.map((g) => [g.metric, g.combinations])).toEqual([
      ["first_response", [{ tier: "*", severity: "minor", channel: "*", attributes: {} }]],
    ]);
  });

  it("resolves the business clock: tier hours, then business_hours, then the only calendar", () => {
    expect(
      rowsOf(`
        calendar a { zone UTC }
        calendar b { zone UTC }
        business_hours b
        tier t { hours a }
        tier u
        tier v { hours 24x7 }
        first_response 4h
      `),
    ).toEqual(["t/*/* first_response 240m@a [8:16]", "u/*/* first_response 240m@b [8:16]", "v/*/* first_response 240m@24x7 [8:16]"]);
    expect(rowsOf(`calendar only { zone UTC } first_response 4h business`)).toEqual(["*/*/* first_response 240m@only [2:43]"]);
  });

  it("resolves `on <calendar>` and `on <team>` (the team's hours)", () => {
    expect(rowsOf(`calendar a { zone UTC } calendar b { zone UTC } team l2 { hours b } first_response 2h on a resolution 2 business days on l2`)).toEqual([
      "*/*/* first_response 120m@a [2:84]",
      "*/*/* resolution 2bd@b [2:103]",
    ]);
  });

  it("decides inside hours on the first deadline's calendar, or on the business calendar when that is 24x7", () => {
    expect(rowsOf(`calendar a { zone UTC } calendar b { zone UTC } business_hours a first_response 1h on b, otherwise next business day`)).toEqual([
      "*/*/* first_response 60m@b else nbd@a by b [2:81]",
    ]);
    expect(rowsOf(`calendar a { zone UTC } first_response 15m 24x7, otherwise 4h`)).toEqual([
      "*/*/* first_response 15m@24x7 else 240m@a by a [2:40]",
    ]);
  });

  it("records clock problems once per deadline, with the first tier they fail for", () => {
    const resolution = resolveTargets(
      parsePolicy(policy(`calendar a { zone UTC } calendar b { zone UTC } tier t { hours 24x7 } tier u { hours 24x7 } tier w first_response 1h resolution next business day`)),
    );
    expect(resolution.clockProblems.map((p) => [p.kind, p.tier, p.node.range.start.column])).toEqual([
      ["no-business-calendar", "w", 115],
      ["day-amount-on-24x7", "t", 129],
      ["no-business-calendar", "w", 129],
    ]);
  });

  it("sorts rows by tier, severity rank, channel, then metric (builtins first, declared in source order)", () => {
    const rows = rowsOf(`
      metric zeta
      metric alpha
      channel b
      channel a
      severity s2
      severity s1
      tier y
      tier x
      alpha 1h 24x7
      resolution 1h 24x7
      zeta 1h 24x7
      first_response 1h 24x7
    `).map((r) => r.split(" ").slice(0, 2).join(" "));
    expect(rows.slice(0, 9)).toEqual([
      "y/s2/b first_response",
      "y/s2/b resolution",
      "y/s2/b zeta",
      "y/s2/b alpha",
      "y/s2/a first_response",
      "y/s2/a resolution",
      "y/s2/a zeta",
      "y/s2/a alpha",
      "y/s1/b first_response",
    ]);
    expect(rows).toHaveLength(2 * 2 * 2 * 4);
  });

  it("intersects a dimension narrowed twice (reported by SingleNarrowingRule)", () => {
    expect(rowsOf(`tier a tier b first_response { 2h 24x7 tier a, b { tier b { 1h 24x7 } } }`)).toEqual([
      "a/*/* first_response 120m@24x7 [2:32]",
      "b/*/* first_response 60m@24x7 [2:61]",
    ]);
  });

  it("never throws on unknown names; rules naming them simply match nothing", () => {
    expect(rowsOf(`tier a first_response { tier nope { 1h 24x7 } 2h on nowhere }`)).toEqual(["a/*/* first_response null [2:47]"]);
  });
});
