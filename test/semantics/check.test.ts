import { describe, expect, it } from "vitest";
import { KITCHEN_SINK } from "../helpers/kitchen-sink.js";
import { MAX_DIAGNOSTICS, check } from "../../src/semantics/check.js";
import type { ValidationContext } from "../../src/semantics/context.js";
import { specifiedRules } from "../../src/semantics/specified-rules.js";
import { SemanticCodes } from "../../src/diagnostics/codes/semantic.js";
import { diagnosticsOf, expectClean, format, parseClean, policy } from "../helpers/diagnostics.js";
import { readFileSync } from "node:fs";

describe("check", () => {
  it("reports nothing on a policy that uses every construct correctly", () => {
    expectClean(KITCHEN_SINK);
  });

  it("runs every rule once, in one walk, and sorts diagnostics by position", () => {
    const lines = diagnosticsOf(
      policy(`
        tier gold { hours nowhere }
        calendar c { open mon 09:00 - 10:00 }
        calendar c { zone Mars/Base }
      `),
    ).map((d) => format(d));
    expect(lines).toEqual([
      "2:19 SLA2002 unknown calendar `nowhere`",
      "3:10 SLA2005 calendar `c` has no `zone`",
      "4:10 SLA2003 duplicate calendar `c`",
      "4:19 SLA2001 unknown time zone `Mars/Base`",
    ]);
  });

  it("stops after MAX_DIAGNOSTICS and says so", () => {
    const body = Array.from({ length: 150 }, (_, i) => `tier t${i} { hours nowhere${i} }`).join("\n");
    const diagnostics = check(parseClean(policy(body))).diagnostics;
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.filter((d) => d.code === SemanticCodes.TooManyDiagnostics.code)).toHaveLength(1);
  });

  it("gives the compiler each policy with its symbols and resolution", () => {
    const checked = check(parseClean("policy a { first_response 1h 24x7 }\npolicy b { tier t }\n")).value;
    expect(checked.policies.map((p) => [p.policy.id.value, p.symbols.tiers.size, p.resolution.rows.length])).toEqual([
      ["a", 0, 1],
      ["b", 1, 0],
    ]);
  });

  it("keeps each rule's diagnostics to its own registry code", () => {
    const names = new Set(Object.keys(SemanticCodes));
    for (const rule of specifiedRules) expect(rule.name.endsWith("Rule"), rule.name).toBe(true);
    expect(names.size).toBeGreaterThan(30);
  });

  it("lets a rule keep state across a file and see the policy it is in", () => {
    const seen: string[] = [];
    const spy = (context: ValidationContext) => ({ Tier: () => void seen.push(context.policy.id.value) });
    check(parseClean("policy a { tier x }\npolicy b { tier y tier z }\n"), { rules: [spy] });
    expect(seen).toEqual(["a", "b", "b"]);
  });
});
