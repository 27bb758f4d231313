/**
 * The JSON Schema (draft 2020-12) of a bundle, written as data so that its property order
 * mirrors types.ts: the canonical serializer orders keys by it, and
 * schema/bundle.schema.json is this object printed (a test keeps the two equal).
 * Strict throughout: every object closes with `additionalProperties: false`.
 */

/** A JSON Schema node. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const ID = "[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*";
const PATTERNS = {
  id: `^${ID}$`,
  /** A tier, severity or channel id, or `*` when the policy declares none. */
  dimension: `^(?:\\*|${ID})$`,
  /** A calendar id or `24x7`. */
  calendar: `^(?:24x7|${ID})$`,
  zone: "^[A-Za-z][A-Za-z0-9_+\\-]*(?:/[A-Za-z0-9_+\\-]+)*$",
  date: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$",
  instant: "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ$",
  lineColumn: "^[1-9]\\d*:[1-9]\\d*$",
  digest: "^sha256:[0-9a-f]{64}$",
  languageTag: "^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$",
  /** http, https or mailto, in any case (JSON Schema patterns take no flags). */
  url: "^(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):",
} as const;

const string = (pattern?: string): JsonSchema => (pattern ? { type: "string", pattern } : { type: "string" });
const integer = (minimum: number, maximum?: number): JsonSchema =>
  maximum === undefined ? { type: "integer", minimum } : { type: "integer", minimum, maximum };
const percent = (exclusiveMinimum = false): JsonSchema =>
  exclusiveMinimum ? { type: "number", exclusiveMinimum: 0, maximum: 100 } : { type: "number", minimum: 0, maximum: 100 };
const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const array = (items: JsonSchema): JsonSchema => ({ type: "array", items });

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  return { anyOf: [schema, { type: "null" }] };
}

/** A closed object; every property is required unless listed as optional. */
function object(properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    type: "object",
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

const note = object({ title: nullable(string()), text: string() });
const notes = array(ref("Note"));
const contacts = array(ref("Contact"));

const defs: Record<string, JsonSchema> = {
  PolicyInfo: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    provider: nullable(string()),
    updated: nullable(string(PATTERNS.date)),
    source: string(),
    links: array(object({ id: string(PATTERNS.id), title: string(), url: string(PATTERNS.url) })),
    notes,
    businessHours: nullable(string(PATTERNS.id)),
  }),
  Note: note,
  Contact: object({ address: string(), purpose: nullable(string()) }),
  Language: object({ tag: string(PATTERNS.languageTag), primary: { type: "boolean" } }),
  Calendar: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    zone: string(PATTERNS.zone),
    windows: array(object({ start: integer(0, 10079), end: integer(1, 20160) })),
    closed: array({ oneOf: [ref("ClosedDates"), ref("ClosedYearly"), ref("ClosedNthWeekday")] }),
    businessDayMinutes: nullable(integer(1, 1440)),
    assumption: nullable(string()),
    notes,
  }),
  ClosedDates: object({
    kind: { const: "dates" },
    from: string(PATTERNS.date),
    to: string(PATTERNS.date),
    name: nullable(string()),
  }),
  ClosedYearly: object({ kind: { const: "yearly" }, month: integer(1, 12), day: integer(1, 31), name: nullable(string()) }),
  ClosedNthWeekday: object({
    kind: { const: "nth_weekday" },
    month: integer(1, 12),
    weekday: integer(1, 7),
    nth: { enum: [1, 2, 3, 4, 5, -1] },
    name: nullable(string()),
  }),
  Team: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    hours: nullable(string(PATTERNS.calendar)),
    responsibility: nullable(string()),
    contacts,
    notes,
  }),
  Channel: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    fixedSeverity: nullable(string(PATTERNS.id)),
    contacts,
    audience: nullable(string()),
    notes,
  }),
  SeverityLevel: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    rank: integer(1),
    aliases: array(string()),
    description: nullable(string()),
    examples: array(object({ text: string(), tiers: array(string(PATTERNS.id)) })),
    notes,
  }),
  Tier: object({
    id: string(PATTERNS.id),
    title: nullable(string()),
    description: nullable(string()),
    hours: nullable(string(PATTERNS.calendar)),
    channels: array(string(PATTERNS.id)),
    notes,
  }),
  Metric: object({
    id: string(PATTERNS.id),
    title: string(),
    builtin: { type: "boolean" },
    starts: { enum: ["opened", "escalated", "customer_reply"] },
  }),
  // One object with if/then/else rather than a oneOf of three: ajv checks a oneOf by trying
  // every branch, and a bundle has an amount in every row.
  Amount: {
    ...object({ unit: { enum: ["minutes", "business_days", "next_business_day"] }, value: integer(1) }, ["value"]),
    if: { properties: { unit: { const: "next_business_day" } } },
    then: { properties: { value: false } },
    else: { required: ["value"] },
  },
  Deadline: object({ amount: ref("Amount"), calendar: string(PATTERNS.calendar) }),
  Target: object({
    deadline: ref("Deadline"),
    otherwise: nullable(ref("Deadline")),
    hoursCalendar: nullable(string(PATTERNS.calendar)),
  }),
  TargetRow: object({
    tier: string(PATTERNS.dimension),
    severity: string(PATTERNS.dimension),
    channel: string(PATTERNS.dimension),
    metric: string(PATTERNS.id),
    appliedSeverity: string(PATTERNS.dimension),
    target: nullable(ref("Target")),
    rule: nullable(string(PATTERNS.lineColumn)),
  }),
  Escalation: object({
    levels: array(object({ level: integer(1), team: string(PATTERNS.id) })),
    contacts,
    rights: array(object({ who: string(), via: nullable(string()), condition: nullable(string()) })),
    onCall: array(
      object({
        title: nullable(string()),
        severities: array(string(PATTERNS.id)),
        channels: array(string(PATTERNS.id)),
        hours: string(PATTERNS.calendar),
        notes,
      }),
    ),
    notes,
  }),
  Maintenance: object({
    noticeMinutes: nullable(integer(0)),
    announcements: array(object({ where: string(), url: nullable(string(PATTERNS.url)) })),
    notes,
  }),
  Uptime: object({
    service: nullable(string()),
    notCovered: array(string()),
    objectivePercent: percent(true),
    window: { const: "month" },
    downtime: object({
      measure: { const: "error_rate" },
      operator: { enum: [">", ">="] },
      thresholdPercent: percent(),
    }),
    errors: nullable(string()),
    validRequests: nullable(string()),
    minimumPeriodMinutes: integer(1),
    exclusions: array(string()),
    credits: array(object({ belowPercent: percent(true), creditPercent: percent(true) })),
    notes,
  }),
  PolicyTest: object({
    name: string(),
    at: string(PATTERNS.lineColumn),
    ticket: ref("Ticket"),
    now: nullable(string(PATTERNS.instant)),
    expect: array(
      object({
        metric: string(PATTERNS.id),
        due: nullable(string(PATTERNS.instant)),
        status: { enum: ["met", "running", "paused", "breached", null] },
      }),
    ),
  }),
  Ticket: object(
    {
      id: string(),
      openedAt: string(PATTERNS.instant),
      tier: string(PATTERNS.id),
      severity: string(PATTERNS.id),
      channel: string(PATTERNS.id),
      events: array(ref("TicketEvent")),
    },
    ["id", "tier", "severity", "channel", "events"],
  ),
  TicketEvent: object({ type: string(PATTERNS.id), at: string(PATTERNS.instant) }),
};

/** The `$id` of the bundle schema; its last segment names the format version. */
export const BUNDLE_SCHEMA_ID = "https://slac.dev/schema/bundle-1.json";

/** The bundle JSON Schema as data. */
export const bundleSchema: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: BUNDLE_SCHEMA_ID,
  title: "slac bundle",
  description: "A support-SLA policy compiled by slac: normalized, deterministic rules for runtimes and renderers.",
  ...object({
    format: { const: 1 },
    digest: string(PATTERNS.digest),
    policy: ref("PolicyInfo"),
    languages: array(ref("Language")),
    calendars: array(ref("Calendar")),
    teams: array(ref("Team")),
    channels: array(ref("Channel")),
    severities: array(ref("SeverityLevel")),
    tiers: array(ref("Tier")),
    metrics: array(ref("Metric")),
    targets: array(ref("TargetRow")),
    escalation: nullable(ref("Escalation")),
    exclusions: array(string()),
    maintenance: nullable(ref("Maintenance")),
    uptime: nullable(ref("Uptime")),
    tests: array(ref("PolicyTest")),
  }),
  $defs: defs,
};

/** The schema file's text: what schema/bundle.schema.json holds, byte for byte. */
export function bundleSchemaText(): string {
  return `${JSON.stringify(bundleSchema, null, 2)}\n`;
}
