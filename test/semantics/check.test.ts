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

  it("keeps each rule's diagnostics to its own registry codes", () => {
    // A rule's own codes are those its file names; no two rules share one, and every live
    // code but check's own is some rule's.
    const codesOfRule = new Map(
      specifiedRules.map((rule) => {
        const text = readFileSync(new URL(`../../src/semantics/rules/${rule.name}.ts`, import.meta.url), "utf8");
        const names = [...text.matchAll(/\bSemanticCodes\.(\w+)/g)].map((m) => m[1]! as keyof typeof SemanticCodes);
        return [rule, new Set(names.map((name) => SemanticCodes[name].code))];
      }),
    );
    const owners = new Map<string, string[]>();
    for (const [rule, codes] of codesOfRule) for (const code of codes) owners.set(code, [...(owners.get(code) ?? []), rule.name]);
    expect([...owners].filter(([, rules]) => rules.length > 1).map(([code, rules]) => `${code}: ${rules.join(", ")}`)).toEqual([]);
    const live = Object.values(SemanticCodes).filter((info) => info.retired === undefined && info !== SemanticCodes.TooManyDiagnostics);
    expect(live.filter((info) => !owners.has(info.code)).map((info) => info.name)).toEqual([]);
    // And what each rule reports, alone, on every code's example is one of its own codes.
    for (const { code, example } of live) {
      if (example === undefined) continue;
      const source = example.startsWith("policy ") ? example : policy(example);
      for (const [rule, codes] of codesOfRule) {
        const foreign = diagnosticsOf(source, [rule]).filter((d) => !codes.has(d.code));
        expect(foreign.map((d) => `${rule.name}: ${format(d)}`), `on the example of ${code}`).toEqual([]);
      }
    }
  });

  it("lets a rule keep state across a file and see the policy it is in", () => {
    const seen: string[] = [];
    const spy = (context: ValidationContext) => ({ Tier: () => void seen.push(context.policy.id.value) });
    check(parseClean("policy a { tier x }\npolicy b { tier y tier z }\n"), { rules: [spy] });
    expect(seen).toEqual(["a", "b", "b"]);
  });
});
