import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as contract from "../../src/contract/bundle.js";
import { bundleDefinitions, bundleJsonSchema, bundleSchemaText } from "../../src/contract/bundle-schema.js";
import { bundleSchema as handWrittenSchema } from "../../src/bundle/schema.js";

// The types the TypeBox declarations derive are checked against src/bundle/types.ts at
// compile time, in bundle-types.check.ts.

const schemaFile = new URL("../../schema/bundle.schema.json", import.meta.url);
const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;

describe("the bundle schema printed from the TypeBox declarations", () => {
  // Until src/bundle/schema.ts is retired, it stays the file's writer (SLAC_WRITE_SCHEMA=1 in
  // test/bundle/schema.test.ts); this test only compares.
  it("is schema/bundle.schema.json byte for byte", () => {
    expect(bundleSchemaText()).toBe(readFileSync(schemaFile, "utf8"));
  });

  it("is the hand-written schema of src/bundle/schema.ts, key order included", () => {
    expect(bundleJsonSchema).toStrictEqual(handWrittenSchema);
    expect(JSON.stringify(bundleJsonSchema)).toBe(JSON.stringify(handWrittenSchema));
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

describe("src/contract imports", () => {
  const src = fileURLToPath(new URL("../../src", import.meta.url));
  const filesOf = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? filesOf(full) : e.name.endsWith(".ts") ? [full] : [];
    });
  const importsOf = (file: string) => {
    const text = readFileSync(file, "utf8");
    const declared = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b(\s+type\b)?[^;]*?from\s+["']([^"']+)["']/g)];
    const dynamic = [...text.matchAll(/(typeof\s+)?\bimport\(\s*["']([^"']+)["']\s*\)/g)];
    return [...declared, ...dynamic].map((m) => ({ typeOnly: m[1] !== undefined, specifier: m[2]! }));
  };
  const contractDir = path.join(src, "contract");

  it("vocabulary.ts imports nothing, so that loading it loads nothing else", () => {
    expect(importsOf(path.join(contractDir, "vocabulary.ts"))).toEqual([]);
  });

  it("import nothing but each other and TypeBox", () => {
    for (const file of filesOf(contractDir)) {
      for (const { specifier } of importsOf(file)) {
        expect(specifier.startsWith("./") || specifier === "@sinclair/typebox", `${path.basename(file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it("are loaded, outside src/contract, only as types, except the vocabulary (TypeBox costs a cold start)", () => {
    for (const file of filesOf(src).filter((f) => !f.startsWith(contractDir + path.sep))) {
      for (const { typeOnly, specifier } of importsOf(file)) {
        if (!specifier.startsWith(".")) continue;
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(contractDir + path.sep) || target.endsWith(`${path.sep}vocabulary.js`)) continue;
        expect(typeOnly, `${path.relative(src, file)} imports ${specifier} as a value`).toBe(true);
      }
    }
  });
});
