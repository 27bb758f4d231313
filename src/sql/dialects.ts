/**
 * Every difference between the SQL engines slac writes for, in one place: type names,
 * epoch arithmetic, integer division, text formatting of periods and identifiers. The
 * generator writes portable SQL and asks the dialect for each of these pieces.
 */

/** The engines `slac sql` writes for. */
export type Dialect = "duckdb" | "postgres" | "spark" | "bigquery" | "trino" | "snowflake";

/** Every dialect, in the order the docs list them. */
export const DIALECTS: readonly Dialect[] = ["duckdb", "postgres", "spark", "bigquery", "trino", "snowflake"];

/** How one engine spells what the generator needs. */
export interface DialectSpelling {
  readonly name: Dialect;
  /** A column type for text, 64-bit integers, floating point, timestamps without zone. */
  readonly text: string;
  readonly bigint: string;
  readonly double: string;
  readonly timestamp: string;
  /**
   * Epoch milliseconds (BIGINT) of a TIMESTAMP column holding UTC (DuckDB and Postgres also
   * take a TIMESTAMPTZ; no engine's session time zone changes the answer).
   */
  epochMs(timestamp: string): string;
  /** The UTC TIMESTAMP of an epoch-milliseconds expression. */
  timestampOfMs(ms: string): string;
  /** The current instant as epoch milliseconds. */
  readonly nowMs: string;
  /** Floor of a / b for non-negative BIGINT a and a positive BIGINT literal b, as BIGINT. */
  div(a: string, b: string): string;
  /** `YYYY-MM` of a UTC TIMESTAMP. */
  month(timestamp: string): string;
  /** `YYYY-Qn` of a UTC TIMESTAMP. */
  quarter(timestamp: string): string;
  /** Casts an expression to text. */
  castText(expression: string): string;
  /** Casts an expression to double. */
  castDouble(expression: string): string;
  /** An identifier, quoted when it needs to be. */
  identifier(name: string): string;
  /**
   * The head of a CTE the query reads twice but should not keep whole: DuckDB materializes
   * such a CTE in memory, which for ten million tickets outgrows a 1 GB limit; inlined, it
   * streams (and spills) as the rest of the query does.
   */
  streamed(name: string): string;
  /** Whether `DROP TABLE IF EXISTS` precedes each table (all six have it). */
  readonly dropTable: (name: string) => string;
}

const PLAIN = /^[a-z_][a-z0-9_]*$/;

/** Identifiers in double quotes (standard SQL), unquoted when plain lower case. */
function doubleQuoted(name: string): string {
  return PLAIN.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** Identifiers in backticks (Spark, BigQuery). */
function backQuoted(name: string): string {
  return PLAIN.test(name) ? name : `\`${name.replace(/`/g, "\\`")}\``;
}

const drop = (name: string) => `DROP TABLE IF EXISTS ${name}`;

const SPELLINGS: Readonly<Record<Dialect, DialectSpelling>> = {
  duckdb: {
    name: "duckdb",
    text: "VARCHAR",
    bigint: "BIGINT",
    double: "DOUBLE",
    timestamp: "TIMESTAMP",
    epochMs: (t) => `epoch_ms(${t})`,
    timestampOfMs: (ms) => `make_timestamp(CAST(${ms} AS BIGINT) * 1000)`,
    nowMs: "epoch_ms(now())",
    div: (a, b) => `((${a}) // ${b})`,
    month: (t) => `strftime(${t}, '%Y-%m')`,
    quarter: (t) => `(strftime(${t}, '%Y') || '-Q' || CAST(quarter(${t}) AS VARCHAR))`,
    castText: (e) => `CAST(${e} AS VARCHAR)`,
    castDouble: (e) => `CAST(${e} AS DOUBLE)`,
    identifier: doubleQuoted,
    streamed: (name) => `${name} AS NOT MATERIALIZED`,
    dropTable: drop,
  },
  postgres: {
    name: "postgres",
    text: "TEXT",
    bigint: "BIGINT",
    double: "DOUBLE PRECISION",
    timestamp: "TIMESTAMP",
    epochMs: (t) => `CAST(EXTRACT(EPOCH FROM ${t}) * 1000 AS BIGINT)`,
    timestampOfMs: (ms) => `(TIMESTAMP '1970-01-01 00:00:00' + CAST(${ms} AS BIGINT) * INTERVAL '1 millisecond')`,
    nowMs: "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)",
    div: (a, b) => `((${a}) / ${b})`,
    month: (t) => `to_char(${t}, 'YYYY-MM')`,
    quarter: (t) => `to_char(${t}, 'YYYY-"Q"Q')`,
    castText: (e) => `CAST(${e} AS TEXT)`,
    castDouble: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
    identifier: doubleQuoted,
    streamed: (name) => `${name} AS`,
    dropTable: drop,
  },
  spark: {
    name: "spark",
    text: "STRING",
    bigint: "BIGINT",
    double: "DOUBLE",
    timestamp: "TIMESTAMP",
    epochMs: (t) => `unix_millis(CAST(${t} AS TIMESTAMP))`,
    timestampOfMs: (ms) => `timestamp_millis(CAST(${ms} AS BIGINT))`,
    nowMs: "unix_millis(current_timestamp())",
    div: (a, b) => `((${a}) DIV ${b})`,
    month: (t) => `date_format(${t}, 'yyyy-MM')`,
    quarter: (t) => `concat(date_format(${t}, 'yyyy'), '-Q', CAST(quarter(${t}) AS STRING))`,
    castText: (e) => `CAST(${e} AS STRING)`,
    castDouble: (e) => `CAST(${e} AS DOUBLE)`,
    identifier: backQuoted,
    streamed: (name) => `${name} AS`,
    dropTable: drop,
  },
  bigquery: {
    name: "bigquery",
    text: "STRING",
    bigint: "INT64",
    double: "FLOAT64",
    timestamp: "TIMESTAMP",
    epochMs: (t) => `UNIX_MILLIS(CAST(${t} AS TIMESTAMP))`,
    timestampOfMs: (ms) => `TIMESTAMP_MILLIS(CAST(${ms} AS INT64))`,
    nowMs: "UNIX_MILLIS(CURRENT_TIMESTAMP())",
    div: (a, b) => `DIV(${a}, ${b})`,
    month: (t) => `FORMAT_TIMESTAMP('%Y-%m', ${t})`,
    quarter: (t) => `FORMAT_TIMESTAMP('%Y-Q%Q', ${t})`,
    castText: (e) => `CAST(${e} AS STRING)`,
    castDouble: (e) => `CAST(${e} AS FLOAT64)`,
    identifier: backQuoted,
    streamed: (name) => `${name} AS`,
    dropTable: drop,
  },
  trino: {
    name: "trino",
    text: "VARCHAR",
    bigint: "BIGINT",
    double: "DOUBLE",
    timestamp: "TIMESTAMP(3)",
    epochMs: (t) => `CAST(round(to_unixtime(with_timezone(CAST(${t} AS TIMESTAMP(3)), 'UTC')) * 1000) AS BIGINT)`,
    timestampOfMs: (ms) => `CAST(from_unixtime_nanos(CAST(${ms} AS BIGINT) * 1000000) AT TIME ZONE 'UTC' AS TIMESTAMP(3))`,
    nowMs: "CAST(round(to_unixtime(current_timestamp) * 1000) AS BIGINT)",
    div: (a, b) => `((${a}) / ${b})`,
    month: (t) => `date_format(${t}, '%Y-%m')`,
    quarter: (t) => `(date_format(${t}, '%Y') || '-Q' || CAST(quarter(${t}) AS VARCHAR))`,
    castText: (e) => `CAST(${e} AS VARCHAR)`,
    castDouble: (e) => `CAST(${e} AS DOUBLE)`,
    identifier: doubleQuoted,
    streamed: (name) => `${name} AS`,
    dropTable: drop,
  },
  snowflake: {
    name: "snowflake",
    text: "VARCHAR",
    bigint: "BIGINT",
    double: "DOUBLE",
    timestamp: "TIMESTAMP_NTZ",
    epochMs: (t) => `DATE_PART(EPOCH_MILLISECOND, CAST(${t} AS TIMESTAMP_NTZ))`,
    timestampOfMs: (ms) => `TO_TIMESTAMP_NTZ(CAST(${ms} AS BIGINT), 3)`,
    nowMs: "DATE_PART(EPOCH_MILLISECOND, CONVERT_TIMEZONE('UTC', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ)",
    div: (a, b) => `FLOOR((${a}) / ${b})`,
    month: (t) => `TO_CHAR(${t}, 'YYYY-MM')`,
    quarter: (t) => `(TO_CHAR(${t}, 'YYYY') || '-Q' || CAST(QUARTER(${t}) AS VARCHAR))`,
    castText: (e) => `CAST(${e} AS VARCHAR)`,
    castDouble: (e) => `CAST(${e} AS DOUBLE)`,
    identifier: doubleQuoted,
    streamed: (name) => `${name} AS`,
    dropTable: drop,
  },
};

/** The spelling of a dialect. */
export function spellingOf(dialect: Dialect): DialectSpelling {
  return SPELLINGS[dialect];
}

/** A string literal: quotes escaped as each engine reads them (a backslash escapes in Spark, BigQuery and Snowflake). */
export function stringLiteral(dialect: Dialect, value: string): string {
  if (dialect === "spark" || dialect === "bigquery") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (dialect === "snowflake") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
  return `'${value.replace(/'/g, "''")}'`;
}
