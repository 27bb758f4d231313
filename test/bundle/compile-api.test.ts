import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";
import { compile } from "../../src/pipeline.js";
import { format, policy } from "../helpers/diagnostics.js";

describe("compile", () => {
  it("gives one bundle per policy of a clean file", () => {
    const result = compile("policy a { first_response 1h 24x7 }\npolicy b { }\n", "two.sla");
    expect(result.diagnostics).toEqual([]);
    expect(result.bundles.map((b) => [b.policy.id, b.policy.source])).toEqual([
      ["a", "two.sla"],
      ["b", "two.sla"],
    ]);
  });

  it("gives bundles despite warnings", () => {
    const result = compile(policy("severity high severity low first_response { high 1h 24x7 }"), "w.sla");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["SLA2031"]);
    expect(result.bundles).toHaveLength(1);
    expect(result.bundles[0]!.targets.find((row) => row.severity === "low")).toMatchObject({ target: null, rule: null });
  });

  it("gives no bundles when anything is an error, and every diagnostic sorted", () => {
    const result = compile(policy(`calendar c { zone Mars/Olympus_Mons }\nfirst_response 1h on nowhere`), "e.sla");
    expect(result.bundles).toEqual([]);
    expect(result.diagnostics.map((d) => format(d))).toEqual([
      "2:19 SLA2001 unknown time zone `Mars/Olympus_Mons`",
      "3:22 SLA2002 unknown calendar or team `nowhere`",
    ]);
  });

  it("reports syntax and semantic errors of one file in one run", () => {
    const result = compile("policy p {\n  provider ~\n  tier t { hours nowhere }\n}\n", "s.sla");
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes[0]).toBe("SLA1001");
    expect(codes).toContain("SLA2002");
  });

  it("records the source path it is told", () => {
    expect(compile("policy p { }", "/abs/p.sla", { source: "policies/p.sla" }).bundles[0]!.policy.source).toBe("policies/p.sla");
  });

  it("never throws on odd input", () => {
    for (const text of ["", "policy", "}{", "policy p { first_response { tier { } } }", "\u0000\uFFFF"]) {
      expect(() => compile(text, "odd.sla")).not.toThrow();
    }
  });
});

describe("compile on damaged sources", () => {
  const kitchenSink = KITCHEN_SINK;

  // Checks and the compiler see whatever AST error recovery leaves; none of it may throw.
  it("never throws when a slice of a full policy is cut out or duplicated", () => {
    fc.assert(
      fc.property(fc.nat(kitchenSink.length), fc.nat(200), fc.boolean(), (start, length, duplicate) => {
        const slice = kitchenSink.slice(start, start + length);
        const text = duplicate ? kitchenSink.slice(0, start) + slice + slice + kitchenSink.slice(start) : kitchenSink.slice(0, start) + kitchenSink.slice(start + length);
        const result = compile(text, "damaged.sla");
        expect(result.diagnostics.length > 0 || result.bundles.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
