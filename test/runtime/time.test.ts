import { describe, expect, it } from "vitest";
import { formatInstant, parseInstant } from "../../src/runtime/index.js";

describe("instants", () => {
  it.each([
    ["2026-03-02T09:00Z", Date.UTC(2026, 2, 2, 9)],
    ["2026-03-02T09:00:30Z", Date.UTC(2026, 2, 2, 9, 0, 30)],
    ["2026-03-02T09:00:30.5Z", Date.UTC(2026, 2, 2, 9, 0, 30, 500)],
    ["2026-03-02T10:00+01:00", Date.UTC(2026, 2, 2, 9)],
    ["2026-03-02T04:30-0430", Date.UTC(2026, 2, 2, 9)],
    ["2028-02-29T00:00:00Z", Date.UTC(2028, 1, 29)],
    ["0099-01-01T00:00Z", Date.parse("0099-01-01T00:00:00Z")],
  ])("parses %s", (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each(["2026-03-02", "2026-03-02T09:00", "2026-03-02 09:00Z", "2026-02-29T00:00Z", "2026-03-02T24:00Z", "2026-13-01T00:00Z", "yesterday", ""])(
    "rejects %j",
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );

  it("formats as YYYY-MM-DDTHH:MM:SSZ, rounding up to the second", () => {
    expect(formatInstant(Date.UTC(2026, 2, 30, 3))).toBe("2026-03-30T03:00:00Z");
    expect(formatInstant(Date.UTC(2026, 2, 30, 3, 0, 0, 1))).toBe("2026-03-30T03:00:01Z");
    expect(formatInstant(Date.UTC(2027, 11, 31, 23, 59, 59, 500))).toBe("2028-01-01T00:00:00Z");
  });

  it("formats like Date for any instant", () => {
    for (let i = 0; i < 20_000; i++) {
      const t = Math.floor(((i * 7919) % 20_000) * 1.7e10 - 1.2e14);
      const seconds = Math.ceil(t / 1000) * 1000;
      expect(formatInstant(t)).toBe(new Date(seconds).toISOString().replace(/\.\d{3}Z$/, "Z"));
    }
  });
});
