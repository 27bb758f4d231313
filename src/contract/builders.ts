/**
 * TypeBox builders for the dialect of JSON Schema (draft 2020-12) the bundle schema is
 * written in: closed objects with readonly properties, readonly arrays, `type: [t, "null"]`
 * for nullable scalars, `enum` and `const` without a `type`, `oneOf`, and `$ref`s into
 * `$defs`. TypeBox has no builder for several of these; each is a `Type.Unsafe` whose
 * static type is derived from its parts, never written by hand. The schemas are validated
 * with ajv, not with TypeBox's `Value` (which does not know `Unsafe` kinds).
 */
import { Kind, type ObjectOptions, type Static, type TObject, type TProperties, type TReadonly, type TSchema, type TUnsafe, Type } from "@sinclair/typebox";

/** Every property readonly, as every bundle property is. */
type ReadonlyProperties<P extends TProperties> = { [K in keyof P]: TReadonly<P[K]> };

/** A closed object (`additionalProperties: false`) with readonly properties; mark optional ones with `Type.Optional`. */
export function closed<P extends TProperties>(properties: P, options: ObjectOptions = {}): TObject<ReadonlyProperties<P>> {
  const readonly = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, Type.Readonly(schema)]));
  return Type.Object(readonly as ReadonlyProperties<P>, { additionalProperties: false, ...options });
}

/** An array whose static type is a readonly array. */
export function list<T extends TSchema>(items: T): TUnsafe<readonly Static<T>[]> {
  return Type.Unsafe<readonly Static<T>[]>(Type.Array(items));
}

/** A value or null: `type: [t, "null"]` for a scalar (its other keywords kept), else `anyOf` with null. */
export function nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const type: unknown = schema.type;
  if (typeof type !== "string") return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
  const { [Kind]: _kind, ...keywords } = schema as TSchema & Record<string, unknown>;
  return Type.Unsafe<Static<T> | null>({ ...keywords, type: [type, "null"] });
}

/** Exactly this value: `{ const }`. */
export function constant<const V extends string | number>(value: V): TUnsafe<V> {
  return Type.Unsafe<V>({ const: value });
}

/** One of these values: `{ enum }`. */
export function choice<const V extends readonly (string | number | null)[]>(values: V): TUnsafe<V[number]> {
  return Type.Unsafe<V[number]>({ enum: values });
}

/** Exactly one of these schemas: `{ oneOf }`. */
export function oneOf<const T extends readonly TSchema[]>(schemas: T): TUnsafe<Static<T[number]>> {
  return Type.Unsafe<Static<T[number]>>({ oneOf: schemas });
}

/** The name a schema has in `$defs`, set by `definition`. */
const definitionName = Symbol("slac.definitionName");

/** Names a schema as an entry of `$defs`, for `ref` and `definitions`. */
export function definition<T extends TSchema>(name: string, schema: T): T {
  return Object.assign(schema, { [definitionName]: name });
}

function nameOf(schema: TSchema): string {
  const name: unknown = (schema as { [definitionName]?: unknown })[definitionName];
  if (typeof name !== "string") throw new Error("a $ref or $defs entry names a schema that is not a definition");
  return name;
}

/** A `$ref` to a definition; statically, the definition's type. */
export function ref<T extends TSchema>(schema: T): TUnsafe<Static<T>> {
  return Type.Unsafe<Static<T>>({ $ref: `#/$defs/${nameOf(schema)}` });
}

/** The `$defs` of a schema document, in the order given. */
export function definitions(...schemas: readonly TSchema[]): Readonly<Record<string, TSchema>> {
  return Object.fromEntries(schemas.map((schema) => [nameOf(schema), schema]));
}

/** An object used as a map: keys matching `keyPattern`, each value of `values`' type. */
export function record<T extends TSchema>(keyPattern: string, values: T): TUnsafe<Readonly<Record<string, Static<T>>>> {
  return Type.Unsafe<Readonly<Record<string, Static<T>>>>({ type: "object", propertyNames: { pattern: keyPattern }, additionalProperties: values });
}
