import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { bundleSchema } from "../../src/bundle/schema.js";
import * as contract from "../../src/contract/bundle.js";
import { bundleDefinitions, bundleJsonSchema, bundleSchemaText } from "../../src/contract/bundle-schema.js";

const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;

describe("the bundle schema printed from the TypeBox declarations", () => {
  // The shipped file is this print, a golden file like the others: `npx vitest run -u`
  // rewrites it; review the diff.
  it("is schema/bundle.schema.json byte for byte", async () => {
    await expect(bundleSchemaText()).toMatchFileSnapshot("../../schema/bundle.schema.json");
  });

  it("is the schema the compiler and the validator load at run time, key order included", () => {
    expect(bundleSchema()).toStrictEqual(bundleJsonSchema);
    expect(JSON.stringify(bundleSchema())).toBe(JSON.stringify(bundleJsonSchema));
  });

  it("compiles under ajv's strict mode as draft 2020-12", () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(() => ajv.compile(bundleJsonSchema)).not.toThrow();
    expect(bundleJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("closes every object with additionalProperties: false", () => {
    const open: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${at}/${i}`));
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.properties !== undefined && record.additionalProperties !== false && !/\/(if|then|else)$/.test(at)) open.push(at);
      for (const [key, value] of Object.entries(record)) visit(value, `${at}/${key}`);
    };
    visit(bundleJsonSchema, "#");
    expect(open).toEqual([]);
  });

  it("names each definition as the module exports it, and resolves every $ref", () => {
    const defs = bundleDefinitions;
    for (const [name, schema] of Object.entries(defs)) expect((contract as Record<string, unknown>)[name], name).toBe(schema);
    const refs = [...bundleSchemaText().matchAll(/"\$ref": "#\/\$defs\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !(name in defs))).toEqual([]);
    expect(Object.keys(defs).filter((name) => !refs.includes(name))).toEqual([]);
  });
});

describe("Amount", () => {
  // Its static type is a union of three forms; its schema says the same in one object (see
  // bundle.ts). Both must accept exactly the same amounts.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
  const oneObject = ajv.compile({ $defs: bundleJsonSchema.$defs, $ref: "#/$defs/Amount" });
  const forms = ajv.compile({
    oneOf: [
      { type: "object", properties: { unit: { const: "minutes" }, value: { type: "integer", minimum: 1 } }, required: ["unit", "value"], additionalProperties: false },
      { type: "object", properties: { unit: { const: "business_days" }, value: { type: "integer", minimum: 1 } }, required: ["unit", "value"], additionalProperties: false },
      { type: "object", properties: { unit: { const: "next_business_day" } }, required: ["unit"], additionalProperties: false },
    ],
  });
  const samples: unknown[] = [
    { unit: "minutes", value: 30 },
    { unit: "business_days", value: 2 },
    { unit: "next_business_day" },
    { unit: "minutes" },
    { unit: "business_days" },
    { unit: "next_business_day", value: 1 },
    { unit: "minutes", value: 0 },
    { unit: "minutes", value: 1.5 },
    { unit: "hours", value: 1 },
    { unit: "minutes", value: 30, extra: true },
    { value: 30 },
    null,
    "30m",
  ];

  for (const sample of samples) {
    it(`agrees on ${JSON.stringify(sample)}`, () => {
      expect(oneObject(sample)).toBe(forms(sample));
    });
  }
});
