/**
 * The uptime CSV reader on hostile input: counts that are not exact integers, more errors
 * than requests, and very long lines, which it reads in time linear in their length
 * (asserted as the work done, a count of the newline searches, not as a timing).
 */
import { describe, expect, it, vi } from "vitest";
import { parseTrafficLine, readTrafficCsv, type TrafficRecord } from "../../src/runtime/index.js";

async function records(chunks: readonly string[]): Promise<TrafficRecord[]> {
  const out: TrafficRecord[] = [];
  for await (const record of readTrafficCsv(chunks)) out.push(record);
  return out;
}

const messageOf = (record: TrafficRecord | null): string | null => (record !== null && "error" in record ? record.error.message : null);

describe("traffic lines", () => {
  it("refuse counts that are not safe integers instead of rounding them", () => {
    expect(messageOf(parseTrafficLine("2026-11-03T10:15Z,99999999999999999999,0", 1))).toBe(
      "line 1: valid requests `99999999999999999999` is larger than 9007199254740991, the largest count that is read exactly",
    );
    expect(messageOf(parseTrafficLine(`2026-11-03T10:15Z,1${"0".repeat(5_000_000)},0`, 2))).toBe(
      "line 2: valid requests `10000000000000000000…` (5000001 characters) is larger than 9007199254740991, the largest count that is read exactly",
    );
    expect(parseTrafficLine("2026-11-03T10:15Z,9007199254740991,0", 3)).toMatchObject({ minute: { validRequests: 9007199254740991 } });
  });

  it("refuse more errors than valid requests", () => {
    expect(messageOf(parseTrafficLine("2026-11-03T10:15Z,5,6", 4))).toBe("line 4: 6 errors is more than the 5 valid requests of the minute");
    expect(parseTrafficLine("2026-11-03T10:15Z,5,5", 5)).toMatchObject({ minute: { errors: 5 } });
  });

  it("read a long line arriving in many chunks with one newline search per chunk", async () => {
    const chunks = [...Array.from({ length: 2000 }, () => "9".repeat(1000)), ",1,0\n2026-11-03T10:15Z,1,0\n"];
    const search = vi.spyOn(String.prototype, "indexOf");
    const out = await records(chunks);
    const searches = search.mock.calls.length;
    search.mockRestore();
    expect(out.map((r) => ("error" in r ? "error" : "minute"))).toEqual(["error", "minute"]);
    // One search per chunk, and one per line after the newline: not one per chunk per earlier chunk.
    expect(searches).toBeLessThan(2000 + 10);
  });
});
