import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import { digestOf, serializeBundle } from "../../src/bundle/json.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { parsePolicy } from "../helpers/diagnostics.js";

const kitchenSink = compilePolicy(
  kitchenSinkPolicy(),
  { source: "k.sla" },
);

/** A deep copy whose objects list their keys in reverse. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

describe("serializeBundle", () => {
  it("writes keys in schema order however the objects were built", () => {
    expect(serializeBundle(reversed(kitchenSink) as Bundle)).toBe(serializeBundle(kitchenSink));
  });

  it("writes what JSON.stringify writes for a compiled bundle (the digest of a fresh bundle relies on it)", () => {
    expect(serializeBundle(kitchenSink)).toBe(`${JSON.stringify(kitchenSink, null, 2)}\n`);
  });

  it("uses two-space indentation and ends with a newline", () => {
    const text = serializeBundle(kitchenSink);
    expect(text.startsWith('{\n  "format": 3,\n  "digest": "sha256:')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes keys the schema does not know last, sorted, rather than dropping them", () => {
    const extra = { ...kitchenSink, zz: 1, aa: { b: 2, a: 1 } } as unknown as Bundle;
    expect(serializeBundle(extra).endsWith('  "aa": {\n    "a": 1,\n    "b": 2\n  },\n  "zz": 1\n}\n')).toBe(true);
  });

  it("writes a row's keys in schema order and keys the schema does not know after them", () => {
    const row = kitchenSink.targets[0]!;
    const odd = { ...kitchenSink, targets: [{ extra: 1, ...Object.fromEntries(Object.entries(row).reverse()) }] } as unknown as Bundle;
    expect(serializeBundle(odd)).toContain(`"rule": "${row.rule}",\n      "extra": 1\n    }`);
  });
});

describe("digest", () => {
  it("is the sha256 of the canonical JSON with the digest left empty", () => {
    const text = serializeBundle({ ...kitchenSink, digest: "" });
    expect(kitchenSink.digest).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
    expect(digestOf(kitchenSink)).toBe(kitchenSink.digest);
  });

  it("changes when anything in the bundle changes, and not with key order", () => {
    expect(digestOf({ ...kitchenSink, exclusions: ["other"] })).not.toBe(kitchenSink.digest);
    expect(digestOf(reversed(kitchenSink) as Bundle)).toBe(kitchenSink.digest);
  });
});

describe("sealed bundles", () => {
  it("are deeply frozen, and serialize to the text their digest was computed from", () => {
    expect(Object.isFrozen(kitchenSink)).toBe(true);
    expect(Object.isFrozen(kitchenSink.targets[0]!.target)).toBe(true);
    const copy = structuredClone(kitchenSink) as Bundle;
    expect(serializeBundle(kitchenSink)).toBe(serializeBundle(copy));
  });
});
