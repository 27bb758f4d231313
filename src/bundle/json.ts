/**
 * The canonical JSON of a bundle: keys in the order the schema (and types.ts) lists them,
 * two-space indentation, a final newline. Byte-identical for equal bundles however they
 * were built, which is what the digest and "same input, same output" rest on.
 *
 * Bundles are large (one row per combination), so the writer is compiled once from the
 * schema into closures that emit text directly, instead of copying every object into
 * key order and handing the copy to JSON.stringify.
 */
import { createHash } from "node:crypto";
import { type JsonSchema, bundleSchema } from "./schema.js";
import type { Bundle } from "./types.js";

/** Writes a value as JSON text, nested at `indent`. */
type Write = (value: unknown, indent: string) => string;

const defs = bundleSchema.$defs as Record<string, JsonSchema>;
const writers = new Map<JsonSchema, Write>();

function deref(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === "string" ? (defs[ref.slice("#/$defs/".length)] ?? {}) : schema;
}

/** The writer for a schema node, compiled on first use and shared afterwards. */
function writerOf(schema: JsonSchema | undefined): Write {
  if (!schema) return writeAny;
  const node = deref(schema);
  let write = writers.get(node);
  if (!write) {
    writers.set(node, (value, indent) => write!(value, indent)); // a placeholder while compiling recursive schemas
    write = compile(node);
    writers.set(node, write);
  }
  return write;
}

function compile(node: JsonSchema): Write {
  const branches = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
  if (branches) return compileUnion(branches);
  if (node.properties) return compileObject(node.properties as Record<string, JsonSchema>);
  if (node.items) return compileArray(node.items as JsonSchema);
  return writeAny;
}

/** A union is told apart by null, then by the `const` properties of its object branches. */
function compileUnion(branches: readonly JsonSchema[]): Write {
  const objects = branches.map(deref).filter((b) => b.properties !== undefined);
  const choices = objects.map((branch) => ({
    consts: Object.entries(branch.properties as Record<string, JsonSchema>)
      .filter(([, property]) => "const" in property)
      .map(([key, property]) => [key, property.const] as const),
    write: writerOf(branch),
  }));
  return (value, indent) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return writeAny(value, indent);
    const record = value as Record<string, unknown>;
    const choice = choices.find((c) => c.consts.every(([key, constant]) => record[key] === constant)) ?? choices[0];
    return choice ? choice.write(value, indent) : writeAny(value, indent);
  };
}

function compileObject(properties: Record<string, JsonSchema>): Write {
  const keys = Object.keys(properties);
  const known = new Set(keys);
  const labels = keys.map((key) => `${JSON.stringify(key)}: `);
  const write = keys.map((key) => writerOf(properties[key]));
  return (value, indent) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return writeAny(value, indent);
    const record = value as Record<string, unknown>;
    const inner = `${indent}  `;
    let out = "";
    for (let i = 0; i < keys.length; i++) {
      const item = record[keys[i]!];
      if (item === undefined) continue;
      out += `${out === "" ? "" : ","}\n${inner}${labels[i]}${write[i]!(item, inner)}`;
    }
    // Keys the schema does not know (a bundle from elsewhere) still serialize deterministically: sorted, last.
    let extra: string[] | undefined;
    for (const key in record) if (!known.has(key) && record[key] !== undefined) (extra ??= []).push(key);
    for (const key of extra?.sort() ?? []) out += `${out === "" ? "" : ","}\n${inner}${JSON.stringify(key)}: ${writeAny(record[key], inner)}`;
    return out === "" ? "{}" : `{${out}\n${indent}}`;
  };
}

function compileArray(items: JsonSchema): Write {
  const write = writerOf(items);
  return (value, indent) => {
    if (!Array.isArray(value)) return writeAny(value, indent);
    if (value.length === 0) return "[]";
    const inner = `${indent}  `;
    let out = "";
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? "" : ","}\n${inner}${value[i] === undefined ? "null" : write(value[i], inner)}`;
    return `[${out}\n${indent}]`;
  };
}

/** Values the schema does not describe: JSON.stringify's layout, with object keys sorted. */
function writeAny(value: unknown, indent: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return compileArray({})(value, indent);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  if (keys.length === 0) return "{}";
  const inner = `${indent}  `;
  return `{${keys.map((key) => `\n${inner}${JSON.stringify(key)}: ${writeAny(record[key], inner)}`).join(",")}\n${indent}}`;
}

/** The canonical JSON text of a bundle. */
export function serializeBundle(bundle: Bundle): string {
  return `${writerOf(bundleSchema)(bundle, "")}\n`;
}

function sha256(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

/** `sha256:<hex>` of the canonical JSON of a bundle with its digest set to "". */
export function digestOf(bundle: Bundle): string {
  return sha256(serializeBundle({ ...bundle, digest: "" }));
}

/**
 * The digest of a bundle the compiler just built. Its objects are created in schema order
 * (a test holds compile.ts to that), so JSON.stringify already writes the canonical text,
 * and faster than the general writer: bundles are large and compile speed matters.
 */
export function digestOfCompiled(bundle: Bundle): string {
  return sha256(`${JSON.stringify({ ...bundle, digest: "" }, null, 2)}\n`);
}
