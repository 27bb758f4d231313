import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidDate } from "../../src/civil/days.js";
import { instantToUtc, readDate, readInstant, readTime } from "../../src/civil/text.js";

describe("instantToUtc", () => {
  it("normalizes Z and offsets to YYYY-MM-DDTHH:MM:SSZ", () => {
    expect(instantToUtc("2026-03-27T20:00Z")).toBe("2026-03-27T20:00:00Z");
    expect(instantToUtc("2026-03-27T22:00:00+02:00")).toBe("2026-03-27T20:00:00Z");
    expect(instantToUtc("2026-12-31T23:30-05:30")).toBe("2027-01-01T05:00:00Z");
    expect(instantToUtc("2024-03-01T00:30+01:00")).toBe("2024-02-29T23:30:00Z");
  });

  it("rejects instants that name no real moment", () => {
    for (const text of ["2026-02-30T10:00Z", "2026-03-27T24:00Z", "2026-03-27T20:60Z", "2026-03-27T20:00", "2026-03-27T20:00+24:00", "2026-03-27 20:00Z"]) {
      expect(instantToUtc(text), text).toBeNull();
    }
  });

  it("agrees with Date for every instant of years 1000-9998", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-02T00:00:00Z"), max: new Date("9998-12-30T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (date, offset) => {
          const seconds = Math.floor(date.getTime() / 1000) * 1000;
          const local = new Date(seconds + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          expect(instantToUtc(text)).toBe(`${new Date(seconds).toISOString().slice(0, 19)}Z`);
        },
      ),
    );
  });
});

describe("instantToUtc on the short `YYYY-MM-DDTHH:MMZ` form", () => {
  it("answers as for the same instant written with seconds and an offset", () => {
    const digit = fc.constantFrom(..."0123456789");
    const short = fc
      .tuple(fc.array(digit, { minLength: 12, maxLength: 12 }))
      .map(([d]) => `${d.slice(0, 4).join("")}-${d.slice(4, 6).join("")}-${d.slice(6, 8).join("")}T${d.slice(8, 10).join("")}:${d.slice(10).join("")}Z`);
    fc.assert(
      fc.property(short, (text) => {
        expect(instantToUtc(text)).toBe(instantToUtc(`${text.slice(0, 16)}:00+00:00`));
      }),
      { numRuns: 3000 },
    );
    expect(instantToUtc("0000-01-01T00:00Z")).toBeNull();
    expect(instantToUtc("2026-0x-01T00:00Z")).toBeNull();
  });
});

describe("isValidDate", () => {
  it("knows leap years", () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2100, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2026, 4, 31)).toBe(false);
  });
});

describe("one grammar for every stage", () => {
  it("reads dates in 0001-9999 only, as the parser and the bundle write them", () => {
    expect(readDate("2026-02-28")).toEqual({ year: 2026, month: 2, day: 28 });
    for (const text of ["0000-01-01", "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01"]) expect(readDate(text), text).toBeNull();
  });

  it("reads times of day up to 24:00", () => {
    expect(readTime("00:00")).toBe(0);
    expect(readTime("24:00")).toBe(1440);
    for (const text of ["24:01", "25:00", "09:60", "9:00", "09-00"]) expect(readTime(text), text).toBeNull();
  });

  it("rejects an instant in year 0000, which the parser once let through to a later check", () => {
    expect(readInstant("0000-03-02T09:00Z")).toBeNull();
    expect(instantToUtc("0001-01-01T00:30+01:00")).toBeNull(); // its UTC date is in year 0
    expect(instantToUtc("9999-12-31T23:59:59Z")).toBe("9999-12-31T23:59:59Z");
  });

  it("takes no looser form: those are the runtime's, for tickets", () => {
    for (const text of ["2026-03-02t09:00z", "2026-03-02T09:00+0100", "2026-03-02T09:00:00.5Z", "2026-03-02T09:00Z "]) {
      expect(readInstant(text), text).toBeNull();
    }
  });
});
