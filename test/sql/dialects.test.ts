import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, type Dialect, readColumnMapping, type SqlExport, sqlExport, type SqlOptions } from "../../src/sql/index.js";
import { seedBundle } from "../runtime/seeds.js";

// Every dialect's SQL, parsed by an independent parser: Debian's sqlglot (python3-sqlglot
// 10.6) through parse-sql.py, which also rejects what sqlglot alone would let through. The
// engines we cannot run here (Spark, BigQuery, Trino, Snowflake) are checked only this way.

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./parse-sql.py", import.meta.url));
const PACKAGE = "Debian's python3-sqlglot (apt-get install -y python3-sqlglot)";
const available = spawnSync(PYTHON, ["-c", "import sqlglot"], { stdio: "ignore" }).status === 0;

const POLICIES = ["kustomer", "360dialog", "gorgias"] as const;
const NOW = "2026-03-02T12:00:00Z";
// One year of calendar rows keeps data.sql small enough to parse six times over; the
// default span is parsed once, below.
const YEAR = { from: 2026, to: 2026 };

/** The tables and views the contract names, and the columns of the views it describes. */
const TABLES = [
  "slac_targets", "slac_metrics", "slac_metric_stops", "slac_open_cover", "slac_open_fill", "slac_day_cover", "slac_business_days",
  "slac_zone_offsets", "slac_zone_walls",
];
const ATTAINMENT = ["policy", "metric", "tier", "severity", "period", "tickets", "met", "breached", "open", "share_met"];
const VIEWS: Readonly<Record<string, readonly string[]>> = {
  slac_now: ["now_ms"],
  slac_ticket_metrics: [
    "policy", "ticket_id", "metric", "opened_at", "tier", "severity", "applied_severity", "rule", "calendar", "clock_start",
    "due", "due_ms", "met_at", "status", "target", "open_minutes_used", "period_month", "period_quarter",
  ],
  slac_attainment_monthly: ATTAINMENT,
  slac_attainment_quarterly: ATTAINMENT,
};

/**
 * Functions sqlglot 10.6 does not know for a dialect (it parses them as opaque calls), each
 * one the engine documents. A call to anything else, such as DuckDB's `epoch_ms` in Trino
 * text, fails the test: add a function here only after finding it in that engine's manual.
 */
const WINDOW = ["LAG", "LEAD", "NULLIF"];
const ENGINE_FUNCTIONS: Readonly<Record<Dialect, readonly string[]>> = {
  duckdb: [...WINDOW, "MAKE_TIMESTAMP", "QUARTER"],
  postgres: [...WINDOW],
  spark: [...WINDOW, "UNIX_MILLIS", "TIMESTAMP_MILLIS", "QUARTER"],
  bigquery: [...WINDOW, "UNIX_MILLIS", "TIMESTAMP_MILLIS", "FORMAT_TIMESTAMP"],
  trino: [...WINDOW, "FROM_UNIXTIME_NANOS", "QUARTER", "WITH_TIMEZONE"],
  snowflake: [...WINDOW, "TO_TIMESTAMP_NTZ", "TO_CHAR", "QUARTER"],
};

/** The column types each engine documents, as slac's tables may spell them. */
const ENGINE_TYPES: Readonly<Record<Dialect, readonly string[]>> = {
  duckdb: ["VARCHAR", "BIGINT", "DOUBLE", "TIMESTAMP"],
  postgres: ["TEXT", "BIGINT", "DOUBLE PRECISION", "TIMESTAMP"],
  spark: ["STRING", "BIGINT", "DOUBLE", "TIMESTAMP"],
  bigquery: ["STRING", "INT64", "FLOAT64", "TIMESTAMP"],
  trino: ["VARCHAR", "BIGINT", "DOUBLE", "TIMESTAMP(3)"],
  snowflake: ["VARCHAR", "BIGINT", "DOUBLE", "TIMESTAMP_NTZ"],
};

/** What parse-sql.py says of one statement. */
interface Shape {
  readonly kind: string;
  readonly create?: string;
  readonly drop?: string;
  readonly name?: string | null;
  readonly columns?: readonly string[];
  /** A table's column types as written. */
  readonly types?: readonly string[];
  readonly selects?: readonly string[];
  readonly rows?: number;
  readonly width?: number;
  readonly reads: readonly string[];
  readonly functions: readonly string[];
}

/** What parse-sql.py says of one file: its statements, or the first problem. */
type Parsed = { readonly name: string; readonly statements: number; readonly kinds: readonly string[]; readonly shapes: readonly Shape[]; readonly error?: undefined } | { readonly name: string; readonly error: string };

interface SqlText {
  readonly name: string;
  readonly text: string;
}

/** Parses many texts for one dialect in one process (a process costs a third of a second). */
function parse(dialect: Dialect, files: readonly SqlText[]): Promise<readonly Parsed[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [SCRIPT, dialect, "--files"], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`parse-sql.py ${dialect} exited ${code}: ${Buffer.concat(err).toString()}`));
      resolve((JSON.parse(Buffer.concat(out).toString()) as { files: Parsed[] }).files);
    });
    child.stdin.end(JSON.stringify(files));
  });
}

/** Runs the jobs at most `width` at a time: the machine has two cores, shared. */
async function pooled<T>(jobs: readonly (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

function exported(policy: string, options: SqlOptions): SqlExport {
  const outcome = sqlExport(seedBundle(policy), options);
  if (!outcome.ok) throw new Error(`${policy} ${options.dialect}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value;
}

function parsed(file: Parsed): Extract<Parsed, { statements: number }> {
  if (file.error !== undefined) throw new Error(`${file.name}: ${file.error}`);
  return file;
}

/** Broken SQL the checker must reject, and the dialects that reject it (all when not said). */
const BROKEN: readonly { readonly why: string; readonly sql: string; readonly rejectedBy?: readonly Dialect[] }[] = [
  { why: "a missing parenthesis", sql: "SELECT (1 + 2 FROM slac_targets" },
  { why: "a SELECT without columns", sql: "SELECT FROM slac_targets" },
  { why: "a doubled comma", sql: "SELECT policy,, metric FROM slac_targets" },
  { why: "a comma before FROM", sql: "SELECT policy, FROM slac_targets" },
  { why: "a missing comma between rows", sql: "INSERT INTO slac_metrics VALUES ('p', 'm', 0, 'opened', 0) ('p', 'n', 1, 'opened', 0)" },
  { why: "rows of different widths", sql: "INSERT INTO slac_metrics VALUES ('p', 'm', 0, 'opened', 0), ('p', 'n', 1)" },
  { why: "a value that is no literal", sql: "INSERT INTO slac_metrics VALUES ('p', 'm', NaN, 'opened', 0)" },
  { why: "an unterminated string", sql: "INSERT INTO slac_metrics VALUES ('p, 'm', 0, 'opened', 0)" },
  { why: "a statement sqlglot cannot parse", sql: "CREATE TABEL slac_metrics (policy VARCHAR)" },
  { why: "an empty statement", sql: "SELECT 1;\n;" },
  { why: "a CASE without END", sql: "SELECT CASE WHEN 1 = 1 THEN 2 FROM slac_targets" },
  { why: "an empty ON", sql: "SELECT a.policy FROM slac_targets a JOIN slac_metrics b ON WHERE 1 = 1" },
  { why: "an empty PARTITION BY", sql: "SELECT LAG(policy) OVER (PARTITION BY ORDER BY metric) FROM slac_targets" },
  { why: "a view without a query", sql: "CREATE OR REPLACE VIEW slac_now AS" },
  { why: "a column without a type", sql: "CREATE TABLE slac_metrics (policy)" },
  { why: "backquoted identifiers", sql: "SELECT `policy` FROM slac_targets", rejectedBy: ["trino", "snowflake", "duckdb", "postgres"] },
  { why: "a double-quoted table name", sql: 'SELECT policy FROM "slac_targets"', rejectedBy: ["spark", "bigquery"] },
  { why: "BigQuery's INT64", sql: "CREATE TABLE slac_metrics (position INT64)", rejectedBy: ["spark", "trino", "snowflake", "duckdb", "postgres"] },
  { why: "a quote escaped by a backslash", sql: "SELECT 'it\\'s'", rejectedBy: ["trino", "duckdb", "postgres"] },
];

if (!available && process.env["CI"]) {
  describe("SQL of every dialect, parsed by sqlglot", () => {
    it("needs sqlglot", () => {
      expect.fail(`${PYTHON} cannot import sqlglot: CI must install ${PACKAGE} (.ci/run does it before npm test)`);
    });
  });
} else if (!available) {
  console.warn(`test/sql/dialects.test.ts skipped: ${PYTHON} cannot import sqlglot; install ${PACKAGE} to run it`);
  describe.skip(`SQL of every dialect, parsed by sqlglot (skipped: ${PYTHON} cannot import sqlglot; install ${PACKAGE})`, () => {
    it("parses", () => {});
  });
} else {
  describe("SQL of every dialect, parsed by sqlglot", () => {
    type Case = { readonly policy: string; readonly dialect: Dialect; readonly options: SqlOptions; readonly sql: SqlExport };
    const cases: Case[] = [];
    const results = new Map<string, readonly Parsed[]>();
    const brokenResults = new Map<Dialect, readonly Parsed[]>();
    const key = (c: { policy: string; dialect: Dialect; options: SqlOptions }) => `${c.policy} ${c.dialect} ${c.options.schema ?? ""} ${c.options.years === undefined ? "default" : "year"}`;

    const mapping = readColumnMapping('{"tickets": {"table": "support.tickets", "openedAt": "created_at"}, "events": {"table": "support.ticket_events", "seq": null}}');
    if (!mapping.ok) throw new Error(mapping.error.message);

    beforeAll(async () => {
      for (const dialect of DIALECTS) {
        for (const policy of POLICIES) {
          const options: SqlOptions = { dialect, now: NOW, years: YEAR };
          cases.push({ policy, dialect, options, sql: exported(policy, options) });
        }
        // Qualified names and the user's own table and column names.
        const options: SqlOptions = { dialect, now: NOW, years: YEAR, schema: "analytics", columns: mapping.value };
        cases.push({ policy: "gorgias", dialect, options, sql: exported("gorgias", options) });
      }
      // The default span of calendar years once, in full: gorgias's data.sql is about a megabyte.
      const full: SqlOptions = { dialect: "postgres", now: NOW };
      cases.push({ policy: "gorgias", dialect: "postgres", options: full, sql: exported("gorgias", full) });

      const jobs = DIALECTS.map((dialect) => async () => {
        const mine = cases.filter((c) => c.dialect === dialect);
        const broken = BROKEN.map((b, i) => ({ name: `broken ${i}`, text: b.sql }));
        const files = [...mine.flatMap((c) => c.sql.files.map((f) => ({ name: `${key(c)} ${f.name}`, text: f.text }))), ...broken];
        const answer = await parse(dialect, files);
        for (const c of mine) results.set(key(c), answer.filter((a) => a.name.startsWith(`${key(c)} `)));
        brokenResults.set(dialect, answer.slice(answer.length - broken.length));
      });
      await pooled(jobs, 2);
    }, 180_000);

    describe.each(DIALECTS)("%s", (dialect) => {
      it("the checker rejects broken SQL, with a line and column", () => {
        const answers = brokenResults.get(dialect)!;
        BROKEN.forEach((b, i) => {
          const answer = answers[i]!;
          const rejected = b.rejectedBy === undefined || b.rejectedBy.includes(dialect);
          if (rejected) expect(answer.error, `${b.why}: ${b.sql}`).toMatch(/^line \d+, col \d+: /);
          else expect(answer.error, `${b.why} is ${dialect}: ${b.sql}`).toBeUndefined();
        });
      });

      it.each(POLICIES)("%s: every file parses, with the export's statements", (policy) => {
        const c = cases.find((x) => x.policy === policy && x.dialect === dialect && x.options.schema === undefined)!;
        const [schema, data, query] = results.get(key(c))!.map(parsed);
        expect(c.sql.files.map((f) => f.name)).toEqual(["schema.sql", "data.sql", "query.sql"]);
        expect(schema!.statements + data!.statements + query!.statements).toBe(c.sql.statements.length);
        for (const file of c.sql.files) expect(file.text.startsWith("-- "), `${file.name} starts with a comment`).toBe(true);
        expectObjects(dialect, [schema!, data!, query!], "", ["tickets", "ticket_events"]);
      });

      it("qualifies its own tables and views by --schema, and reads the user's tables by the mapping", () => {
        const c = cases.find((x) => x.dialect === dialect && x.options.schema === "analytics")!;
        const files = results.get(key(c))!.map(parsed);
        expect(files.reduce((n, f) => n + f.statements, 0)).toBe(c.sql.statements.length);
        expectObjects(dialect, files, "analytics.", ["support.tickets", "support.ticket_events"]);
        const inputs = files[2]!.shapes.flatMap((s) => s.reads).filter((r) => r.startsWith("support."));
        expect(new Set(inputs)).toEqual(new Set(["support.tickets", "support.ticket_events"]));
      });
    });

    it("parses data.sql over the default span of years", () => {
      const c = cases.find((x) => x.options.years === undefined)!;
      const files = results.get(key(c))!.map(parsed);
      expect(files.reduce((n, f) => n + f.statements, 0)).toBe(c.sql.statements.length);
      const yearRows = parsed(results.get(key(cases.find((x) => x.policy === "gorgias" && x.dialect === "postgres")!))![1]!).shapes;
      const rows = (shapes: readonly Shape[]) => shapes.reduce((n, s) => n + (s.rows ?? 0), 0);
      // Twenty-one years of calendar rows against one: many times the rows, the same tables.
      expect(rows(files[1]!.shapes)).toBeGreaterThan(10 * rows(yearRows));
      expect(new Set(files[1]!.shapes.map((s) => s.name))).toEqual(new Set(yearRows.map((s) => s.name)));
    });
  });
}

/**
 * The objects the three files make, held to the contract: schema.sql drops and creates the
 * seven tables; data.sql inserts rows as wide as each table; query.sql creates the views,
 * with the contract's columns, reading only slac's objects and the user's two tables, and
 * calling only functions the engine has.
 */
function expectObjects(dialect: Dialect, [schema, data, query]: readonly Extract<Parsed, { statements: number }>[], prefix: string, inputs: readonly string[]): void {
  const created = new Map<string, readonly string[]>();
  for (const [i, s] of schema!.shapes.entries()) {
    if (s.kind === "Drop") {
      expect(s.drop).toBe("TABLE");
      const next = schema!.shapes[i + 1];
      expect(next?.kind === "Create" && next.name, `DROP TABLE ${s.name} comes right before its CREATE`).toBe(s.name);
      continue;
    }
    expect([s.kind, s.create]).toEqual(["Create", "TABLE"]);
    expect(s.columns?.[0]).toBe("policy");
    for (const type of s.types!) expect(ENGINE_TYPES[dialect], `a column type of ${s.name}`).toContain(type);
    created.set(s.name!, s.columns!);
  }
  expect(new Set(created.keys())).toEqual(new Set(TABLES.map((t) => prefix + t)));

  const inserted = new Set<string>();
  for (const s of data!.shapes) {
    expect(s.kind).toBe("Insert");
    expect(created.has(s.name!), `INSERT INTO ${s.name}, a table schema.sql creates`).toBe(true);
    expect(s.columns ?? created.get(s.name!), `the columns of ${s.name}`).toEqual(created.get(s.name!));
    expect(s.width, `rows of ${s.name} as wide as the table`).toBe(created.get(s.name!)!.length);
    inserted.add(s.name!);
  }
  for (const table of ["slac_targets", "slac_metrics"]) expect(inserted.has(prefix + table), `rows of ${table}`).toBe(true);

  const known = new Set<string>([...created.keys(), ...inputs]);
  const views: string[] = [];
  for (const s of query!.shapes) {
    expect([s.kind, s.create]).toEqual(["Create", "VIEW"]);
    expect(s.name!.startsWith(`${prefix}slac_`), `view ${s.name} is slac's`).toBe(true);
    for (const table of s.reads) expect(known.has(table), `${s.name} reads ${table}, made before it or the user's`).toBe(true);
    for (const f of s.functions) expect(ENGINE_FUNCTIONS[dialect], `${s.name} calls ${f}`).toContain(f.toUpperCase());
    known.add(s.name!);
    views.push(s.name!);
    const columns = VIEWS[s.name!.slice(prefix.length)];
    if (columns !== undefined) expect(s.selects, `the columns of ${s.name}`).toEqual(columns);
  }
  for (const view of Object.keys(VIEWS)) expect(views, `query.sql creates ${view}`).toContain(prefix + view);
}
