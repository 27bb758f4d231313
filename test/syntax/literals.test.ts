import { describe, expect, it } from "vitest";
import { checkInstant, decodeString, readDate, readDuration, readTime } from "../../src/syntax/cst-to-ast/literals.js";
import type { Calendar } from "../../src/ast/nodes.js";
import { parse } from "../../src/syntax/index.js";
import { itemDiagnostics } from "../helpers/syntax.js";

describe("strings", () => {
  it("decodes every escape", () => {
    expect(decodeString(String.raw`"a\"b\\c\nd\te\u{1F600}\u{41}"`)).toEqual({ value: 'a"b\\c\nd\te😀A', problems: [] });
  });

  it("reports an unknown escape where it stands and keeps it as written", () => {
    const { value, problems } = decodeString(String.raw`"C:\temp\q"`);
    expect(value).toBe("C:\temp\\q");
    expect(problems.map((p) => [p.code.code, p.message, p.start, p.end])).toEqual([
      ["SLA1004", "unknown escape `\\q` in a string", 8, 10],
    ]);
  });

  it("rejects code points beyond U+10FFFF and surrogates", () => {
    expect(decodeString(String.raw`"\u{110000}\u{D800}\u{}"`).problems.map((p) => p.message)).toEqual([
      "`\\u{110000}` is not a unicode code point",
      "`\\u{D800}` is not a unicode code point",
      "unknown escape `\\u` in a string",
    ]);
  });

  it("decodes an unterminated string without its missing quote", () => {
    expect(decodeString('"abc')).toEqual({ value: "abc", problems: [] });
    expect(decodeString('"ab\\"')).toEqual({ value: 'ab"', problems: [] });
    expect(decodeString('"ab\\')).toEqual({ value: "ab", problems: [] });
  });

  it("places escape diagnostics inside the string", () => {
    expect(itemDiagnostics(String.raw`provider "a\qb"`)).toEqual(["1:12-1:14 SLA1004 unknown escape `\\q` in a string"]);
  });
});

describe("times, dates, instants, durations", () => {
  it("reads times in minutes after midnight, up to 24:00", () => {
    expect([readTime("00:00"), readTime("09:30"), readTime("23:59"), readTime("24:00")]).toEqual([0, 570, 1439, 1440]);
  });

  it("rejects impossible times", () => {
    for (const bad of ["09:60", "25:00", "24:01", "99:99"]) {
      expect(readTime(bad)).toMatchObject({ message: `\`${bad}\` is not a time of day: hours go from 00 to 24 and minutes from 00 to 59` });
    }
  });

  it("reads dates and knows leap years", () => {
    expect(readDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(readDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    for (const bad of ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"]) {
      expect(readDate(bad)).toMatchObject({ message: `\`${bad}\` is not a date` });
    }
  });

  it("checks every part of an instant", () => {
    for (const good of ["2026-03-27T20:00Z", "2026-03-27T23:59:59+14:00", "2026-03-27T00:00-05:30"]) {
      expect(checkInstant(good)).toBeUndefined();
    }
    for (const bad of ["2026-02-30T20:00Z", "2026-03-27T24:00Z", "2026-03-27T20:60Z", "2026-03-27T20:00:60Z", "2026-03-27T20:00+24:00", "2026-03-27T20:00+01:60"]) {
      expect(checkInstant(bad)?.code.code).toBe("SLA1009");
    }
  });

  it("reads durations in minutes", () => {
    expect(["15m", "4h", "1h30m", "2d", "1d2h3m", "90m"].map(readDuration)).toEqual([15, 240, 90, 2880, 1563, 90]);
  });

  it("reports bad literals in place and leaves their items out", () => {
    const items = "updated 2026-02-30\ncalendar c { zone UTC open mon 09:75 - 17:00 open tue 24:00 - 02:00 open wed 09:00 - 24:00 }";
    expect(itemDiagnostics(items)).toEqual([
      "1:9-1:19 SLA1008 `2026-02-30` is not a date",
      "2:32-2:37 SLA1006 `09:75` is not a time of day: hours go from 00 to 24 and minutes from 00 to 59",
      "2:55-2:60 SLA1007 a window cannot start at `24:00`",
    ]);
    const [policy] = parse(`policy p { ${items} }`, "t.sla").value.policies;
    expect(policy!.items.map((i) => i.kind)).toEqual(["Calendar"]);
    const calendar = policy!.items[0] as Calendar;
    expect(calendar.items.map((i) => i.kind)).toEqual(["Zone", "OpenDaily"]);
    expect(calendar.items[1]).toMatchObject({ from: { minutes: 540 }, to: { minutes: 1440 } });
  });
});
