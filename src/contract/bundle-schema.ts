/**
 * The bundle JSON Schema document (`Bundle` with its title and `$defs`), as plain JSON and
 * as text: what schema/bundle.schema.json holds, byte for byte (a test keeps the file equal
 * to `bundleSchemaText()`). TypeBox writes a schema's options before its own keywords and
 * `required` before `properties`; printing puts every schema's keywords in one fixed order
 * instead, and keeps names (`properties`, `$defs`) in declaration order, which is the
 * bundle's canonical key order.
 */
import type { TSchema } from "@sinclair/typebox";
import { definitions } from "./builders.js";
import * as B from "./bundle.js";
import { BUNDLE_FORMAT } from "./vocabulary.js";

/** A JSON Schema as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The `$id` of the bundle schema; its last segment names the format version. */
export const BUNDLE_SCHEMA_ID = `https://slac.dev/schema/bundle-${BUNDLE_FORMAT}.json`;

/** The schemas a bundle's `$ref`s name, in the order `$defs` lists them. */
export const bundleDefinitions: Readonly<Record<string, TSchema>> = definitions(
  B.PolicyInfo,
  B.Note,
  B.Contact,
  B.Language,
  B.Calendar,
  B.DateMove,
  B.ClosedDates,
  B.ClosedYearly,
  B.ClosedNthWeekday,
  B.ClosedEaster,
  B.ClosedYearlyRange,
  B.HolidaySet,
  B.Unknown,
  B.Attribute,
  B.Scope,
  B.Eligibility,
  B.RuleNote,
  B.Team,
  B.Channel,
  B.SeverityLevel,
  B.Tier,
  B.EventType,
  B.Repeat,
  B.Metric,
  B.Amount,
  B.Deadline,
  B.Target,
  B.UnknownTarget,
  B.TargetRow,
  B.Escalation,
  B.Maintenance,
  B.Uptime,
  B.FiscalYear,
  B.ResponseCredit,
  B.PolicyTest,
  B.Ticket,
  B.TicketEvent,
);

/** The keywords the bundle schema uses, in the order they are printed; any other is a mistake. */
const KEYWORDS = [
  "$schema",
  "$id",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "pattern",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "items",
  "anyOf",
  "oneOf",
  "$ref",
  "properties",
  "required",
  "propertyNames",
  "additionalProperties",
  "if",
  "then",
  "else",
  "$defs",
] as const;

type Keyword = (typeof KEYWORDS)[number];

const RANK = new Map<string, number>(KEYWORDS.map((keyword, i) => [keyword, i]));

function printed(schema: unknown, at: string): unknown {
  if (typeof schema === "boolean") return schema;
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) throw new Error(`${at} is not a schema`);
  const record = schema as Record<string, unknown>;
  const keys = Object.keys(record);
  for (const key of keys) if (!RANK.has(key)) throw new Error(`${at} uses \`${key}\`, which bundle-schema.ts does not place`);
  keys.sort((a, b) => RANK.get(a)! - RANK.get(b)!);
  return Object.fromEntries(keys.map((key) => [key, printedKeyword(key as Keyword, record[key], `${at}/${key}`)]));
}

function printedKeyword(keyword: Keyword, value: unknown, at: string): unknown {
  switch (keyword) {
    case "items":
    case "if":
    case "then":
    case "else":
    case "propertyNames":
    case "additionalProperties":
      return printed(value, at);
    case "anyOf":
    case "oneOf":
      return (value as readonly unknown[]).map((branch, i) => printed(branch, `${at}/${i}`));
    case "properties":
    case "$defs":
      return Object.fromEntries(Object.entries(value as object).map(([name, schema]) => [name, printed(schema, `${at}/${name}`)]));
    default:
      // Data, not schemas: copied through JSON so that no TypeBox symbol or shared array survives.
      return JSON.parse(JSON.stringify(value)) as unknown;
  }
}

/** The bundle JSON Schema as plain JSON: keywords in print order, nothing of TypeBox's left. */
export const bundleJsonSchema = printed(
  {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: BUNDLE_SCHEMA_ID,
    title: "slac bundle",
    description: "A support-SLA policy compiled by slac: normalized, deterministic rules for runtimes and renderers.",
    ...B.Bundle,
    $defs: bundleDefinitions,
  },
  "#",
) as JsonSchema;

/** The schema file's text: what schema/bundle.schema.json holds, byte for byte. */
export function bundleSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema, null, 2)}\n`;
}
