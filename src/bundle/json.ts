/**
 * The canonical JSON of a bundle: keys in the order the schema lists them (the order the
 * contract declares them in), two-space indentation, a final newline. Byte-identical for
 * equal bundles however they were built, which is what the digest and "same input, same
 * output" rest on.
 *
 * Bundles are large (one row per combination), so the writer is compiled once from the
 * schema into closures that emit text directly, instead of copying every object into
 * key order and handing the copy to JSON.stringify.
 */
import { createRequire } from "node:module";
import type { Bundle } from "../contract/bundle.js";
import type { JsonSchema } from "../contract/bundle-schema.js";
import { bundleSchema } from "./schema.js";

/** Writes a value as JSON text, nested at `indent`. */
type Write = (value: unknown, indent: string) => string;

const writers = new Map<JsonSchema, Write>();
// Read on first use, so that loading the compiler (as `slac check` does) costs no schema read.
let defsRead: Record<string, JsonSchema> | undefined;
const defs = (): Record<string, JsonSchema> => (defsRead ??= bundleSchema().$defs as Record<string, JsonSchema>);

/**
 * Texts of objects written during the current serialization, by object and indent. The
 * compiler shares one Target object among all the rows a rule decides, so a bundle's
 * thousands of rows reuse a handful of texts instead of writing each target again.
 */
let written: WeakMap<object, { readonly indent: string; readonly text: string }> | undefined;
let sharedDefs: ReadonlySet<JsonSchema> | undefined;
const sharedDefsOf = (): ReadonlySet<JsonSchema> => (sharedDefs ??= new Set([defs()["Target"]!]));

function deref(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === "string" ? (defs()[ref.slice("#/$defs/".length)] ?? {}) : schema;
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
  if (node.properties && sharedDefsOf().has(node)) return remembered(compileObject(node.properties as Record<string, JsonSchema>));
  if (node.properties) return compileObject(node.properties as Record<string, JsonSchema>);
  if (node.items) return compileArray(node.items as JsonSchema);
  return writeAny;
}

/** A writer that reuses the text of an object it already wrote at the same indent. */
function remembered(write: Write): Write {
  return (value, indent) => {
    if (value === null || typeof value !== "object" || !written) return write(value, indent);
    const seen = written.get(value);
    if (seen && seen.indent === indent) return seen.text;
    const text = write(value, indent);
    written.set(value, { indent, text });
    return text;
  };
}

/** The branches of a union, unions inside it (a nullable `oneOf`) spread out. */
function flatBranches(branches: readonly JsonSchema[]): JsonSchema[] {
  return branches.flatMap((branch) => {
    const node = deref(branch);
    const inner = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
    return inner ? flatBranches(inner) : [node];
  });
}

/**
 * A union is told apart by null, then by the `const` properties of its object branches
 * and the properties they require (a target's `deadline`, an unknown target's `unknown`).
 */
function compileUnion(branches: readonly JsonSchema[]): Write {
  const objects = flatBranches(branches).filter((b) => b.properties !== undefined);
  const choices = objects.map((branch) => ({
    consts: Object.entries(branch.properties as Record<string, JsonSchema>)
      .filter(([, property]) => "const" in property)
      .map(([key, property]) => [key, property.const] as const),
    required: (branch.required as readonly string[] | undefined) ?? [],
    write: writerOf(branch),
  }));
  return (value, indent) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return writeAny(value, indent);
    const record = value as Record<string, unknown>;
    const choice =
      choices.find((c) => c.consts.every(([key, constant]) => record[key] === constant) && c.required.every((key) => key in record)) ??
      choices[0];
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
    // Joined rather than appended: a bundle's rows make one large flat string this way.
    const items = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = value[i] === undefined ? "null" : write(value[i], inner);
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
  };
}

/** Characters JSON.stringify escapes in a string (lone surrogates included). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A primitive as JSON.stringify writes it, without calling it for the common plain string. */
function writePrimitive(value: unknown): string {
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  return JSON.stringify(value) ?? "null";
}

/** Values the schema does not describe: JSON.stringify's layout, with object keys sorted. */
function writeAny(value: unknown, indent: string): string {
  if (value === null || typeof value !== "object") return writePrimitive(value);
  if (Array.isArray(value)) return compileArray({})(value, indent);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  if (keys.length === 0) return "{}";
  const inner = `${indent}  `;
  return `{${keys.map((key) => `\n${inner}${JSON.stringify(key)}: ${writeAny(record[key], inner)}`).join(",")}\n${indent}}`;
}

/** Texts of sealed (deeply frozen) bundles, so that writing a compiled bundle does not serialize it again. */
const sealedTexts = new WeakMap<Bundle, string>();

/** The canonical JSON text of a bundle. */
export function serializeBundle(bundle: Bundle): string {
  const sealed = sealedTexts.get(bundle);
  if (sealed !== undefined) return sealed;
  written = new WeakMap();
  try {
    return `${writerOf(bundleSchema())(bundle, "")}\n`;
  } finally {
    written = undefined;
  }
}

let crypto: typeof import("node:crypto") | undefined;

function sha256(text: string): string {
  // node:crypto costs a few ms to load; a process that only checks never hashes.
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return `sha256:${crypto.createHash("sha256").update(text).digest("hex")}`;
}

/** `sha256:<hex>` of the canonical JSON of a bundle with its digest set to "". */
export function digestOf(bundle: Bundle): string {
  return sha256(serializeBundle({ ...bundle, digest: "" }));
}


function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) deepFreeze(record[key]);
    }
  }
  return value;
}

/**
 * Fills in a bundle's digest from one serialization, and remembers that text for
 * `serializeBundle`. The bundle is deeply frozen first, so the remembered text cannot go
 * stale: a compiled bundle is computed once, digested once and written as is.
 */
export function sealBundle(bundle: Bundle): Bundle {
  const unsealed = serializeBundle({ ...bundle, digest: "" });
  const digest = sha256(unsealed);
  const sealed = deepFreeze({ ...bundle, digest });
  // `format` comes first and `digest` second, so the first `"digest": ""` is the digest's own.
  sealedTexts.set(sealed, unsealed.replace('"digest": ""', `"digest": "${digest}"`));
  return sealed;
}
