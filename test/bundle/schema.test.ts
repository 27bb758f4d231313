import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { bundleSchema, bundleSchemaText } from "../../src/bundle/schema.js";

const schemaFile = new URL("../../schema/bundle.schema.json", import.meta.url);

describe("bundle schema", () => {
  // schema.ts is the source; the shipped JSON file is its print. Regenerate with
  // SLAC_WRITE_SCHEMA=1 npx vitest run test/bundle/schema.test.ts
  it("ships schema/bundle.schema.json exactly as schema.ts prints it", () => {
    if (process.env.SLAC_WRITE_SCHEMA === "1") writeFileSync(schemaFile, bundleSchemaText());
    expect(readFileSync(schemaFile, "utf8")).toBe(bundleSchemaText());
  });

  it("compiles under ajv's strict mode as draft 2020-12", () => {
    const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020.js");
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(() => ajv.compile(bundleSchema)).not.toThrow();
    expect(bundleSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("closes every object with additionalProperties: false", () => {
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}/${i}`));
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.properties !== undefined && record.additionalProperties !== false && !/\/(if|then|else)$/.test(path)) open.push(path);
      for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
    };
    visit(bundleSchema, "#");
    expect(open).toEqual([]);
  });

  it("lists each object's properties in the order of src/bundle/types.ts", () => {
    // The canonical key order comes from the schema, so the schema must follow the contract.
    const types = readFileSync(new URL("../../src/bundle/types.ts", import.meta.url), "utf8");
    const order = (name: string): string[] => {
      const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(types)?.[1] ?? "";
      return [...body.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]!);
    };
    const defs = bundleSchema.$defs as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(bundleSchema.properties as object)).toEqual(order("Bundle"));
    for (const name of ["PolicyInfo", "Calendar", "Team", "Channel", "SeverityLevel", "Tier", "Metric", "Target", "TargetRow", "Escalation", "Uptime", "PolicyTest", "Ticket"]) {
      expect(Object.keys(defs[name]!.properties!), name).toEqual(order(name));
    }
  });
});
