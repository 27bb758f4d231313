import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { DIALECTS, readColumnMapping, type SqlOptions, sqlExport } from "../../src/sql/index.js";
import { project, slac } from "./harness.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string): string => readFileSync(path.join(repo, file), "utf8");
const fixture = (name: string): string => read(`test/fixtures/sql/${name}`);
const FILES = ["data.sql", "query.sql", "schema.sql"];

/** Kustomer as `slac sql` loads it: compiled from its file, named by its own name. */
const kustomer = compile(read("policies/kustomer.sla"), "policies/kustomer.sla", { source: "kustomer.sla", validate: false }).bundles[0]!;

/** What the library exports for Kustomer with these options, file by file. */
function exported(options: SqlOptions): Record<string, string> {
  const result = sqlExport(kustomer, options);
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(result.value.files.map((f) => [f.name, f.text]));
}

function written(dir: string): Record<string, string> {
  return Object.fromEntries(FILES.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("slac sql", () => {
  it("writes schema.sql, data.sql and query.sql for each dialect, as the library exports them", async () => {
    const dir = project({ "policies/kustomer.sla": read("policies/kustomer.sla") });
    for (const dialect of DIALECTS) {
      const result = await slac(dir, ["sql", "policies/kustomer.sla", "--dialect", dialect, "--out", `out/${dialect}`, "--years", "2025-2027", "--now", "2026-04-01T00:00Z"]);
      expect(result).toEqual({ code: 0, stdout: `wrote 3 files for \`kustomer\` (${dialect}) into out/${dialect}\n`, stderr: "" });
      const out = path.join(dir, "out", dialect);
      expect(readdirSync(out).sort()).toEqual(FILES);
      expect(written(out)).toEqual(exported({ dialect, years: { from: 2025, to: 2027 }, now: "2026-04-01T00:00Z", schema: null }));
      for (const name of FILES) expect(written(out)[name]!.startsWith("--"), `${dialect} ${name} starts with a comment`).toBe(true);
    }
  });

  it("passes the column mapping and the schema on to the export", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla"), "mapping.json": fixture("mapping.json") });
    const result = await slac(dir, ["sql", "kustomer.sla", "--dialect", "postgres", "--out", "sql", "--columns", "mapping.json", "--schema", "slac", "--years", "2026"]);
    expect(result.code).toBe(0);
    const mapping = readColumnMapping(fixture("mapping.json"));
    if (!mapping.ok) throw new Error(mapping.error.message);
    const expected = exported({ dialect: "postgres", columns: mapping.value, schema: "slac", years: { from: 2026, to: 2026 } });
    expect(written(path.join(dir, "sql"))).toEqual(expected);
    expect(expected["query.sql"]).toContain("support.tickets");
  });

  it("writes the same bytes on every run, in every time zone", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla") });
    const runs: Record<string, string>[] = [];
    const offsets = new Set<number>();
    for (const [n, zone] of ["UTC", "America/New_York", "Asia/Kolkata", "UTC"].entries()) {
      process.env.TZ = zone;
      offsets.add(new Date(2026, 0, 1).getTimezoneOffset());
      // Without --now, and with the default years: nothing of the moment or the machine goes in.
      expect((await slac(dir, ["sql", "kustomer.sla", "--dialect", "duckdb", "--out", `run-${n}`])).code).toBe(0);
      runs.push(written(path.join(dir, `run-${n}`)));
    }
    expect(offsets.size, "the time zone really changed").toBe(3);
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
  });

  it("replaces its own files and touches nothing else in the folder", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla"), "out/keep.txt": "mine\n", "out/schema.sql": "-- stale\n", "out/notes/a.md": "# notes\n" });
    expect((await slac(dir, ["sql", "kustomer.sla", "--dialect", "trino", "--out", "out", "--years", "2026-2027"])).code).toBe(0);
    const out = path.join(dir, "out");
    expect(readdirSync(out).sort()).toEqual(["data.sql", "keep.txt", "notes", "query.sql", "schema.sql"]);
    expect(readFileSync(path.join(out, "keep.txt"), "utf8")).toBe("mine\n");
    expect(readFileSync(path.join(out, "notes/a.md"), "utf8")).toBe("# notes\n");
    expect(written(out)).toEqual(exported({ dialect: "trino", years: { from: 2026, to: 2027 } }));
  });

  it("refuses a dialect it does not know, as a usage error", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla") });
    const result = await slac(dir, ["sql", "kustomer.sla", "--dialect", "mysql", "--out", "out"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'mysql' is invalid");
    expect(result.stderr).toContain(DIALECTS.join(", "));
    const none = await slac(dir, ["sql", "kustomer.sla", "--out", "out"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--dialect");
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("says what is wrong with --years: its form (usage), or its range (the export's error)", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla") });
    const form = await slac(dir, ["sql", "kustomer.sla", "--dialect", "duckdb", "--out", "out", "--years", "2020..2030"]);
    expect(form.code).toBe(2);
    expect(form.stderr).toBe("--years: error SLA5010: `--years 2020..2030` is not a range of years\n  help: give the first and the last year, as in `--years 2020-2030`\n");
    const range = await slac(dir, ["sql", "kustomer.sla", "--dialect", "duckdb", "--out", "out", "--years", "2030-2020", "--format", "json"]);
    expect(range.code).toBe(1);
    expect(JSON.parse(range.stdout)).toMatchObject([{ code: "SLA6002", severity: "error", range: { file: "kustomer.sla" } }]);
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("reports a mapping file that is missing, not JSON (at its line and column) or not a mapping", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla"), "bad.json": fixture("bad-mapping.json"), "unknown.json": fixture("unknown-key-mapping.json") });
    const args = ["sql", "kustomer.sla", "--dialect", "duckdb", "--out", "out", "--columns"];
    const missing = await slac(dir, [...args, "nowhere.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("nowhere.json: error SLA5001: no such file `nowhere.json`\n");
    const syntax = await slac(dir, [...args, "bad.json"]);
    expect(syntax.code).toBe(1);
    // The `}` after the trailing comma of line 2, at column 42.
    expect(syntax.stderr).toMatch(/^bad\.json:2:42: error SLA6003: the column mapping is not JSON/);
    expect(syntax.stderr).toMatch(/> 2 \| .*"openedAt": "created_at", },\n/);
    const unknown = await slac(dir, [...args, "unknown.json"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^unknown\.json: error SLA6003: .*`opened`/);
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("reports a policy the SQL cannot express, and one that cannot be loaded", async () => {
    const dir = project({ "repeating.sla": fixture("repeating.sla"), "broken.sla": "policy p {\n  severity\n}\n" });
    const refused = await slac(dir, ["sql", "repeating.sla", "--dialect", "duckdb", "--out", "out"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^repeating\.sla: error SLA6001: policy `cadence`: metric `update` repeats/);
    expect(refused.stderr).toContain("help: ");
    const broken = await slac(dir, ["sql", "broken.sla", "--dialect", "duckdb", "--out", "out"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.sla:\d+:\d+: error SLA1\d{3}/);
    const missing = await slac(dir, ["sql", "nowhere.sla", "--dialect", "duckdb", "--out", "out"]);
    expect(missing).toMatchObject({ code: 1, stderr: "nowhere.sla: error SLA5001: no such file `nowhere.sla`\n" });
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("reports an output folder it cannot write", async () => {
    const dir = project({ "kustomer.sla": read("policies/kustomer.sla"), "taken": "a file, not a folder\n" });
    const result = await slac(dir, ["sql", "kustomer.sla", "--dialect", "duckdb", "--out", "taken", "--years", "2026"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^taken: error SLA5006: cannot write to `taken`/);
    expect(readFileSync(path.join(dir, "taken"), "utf8")).toBe("a file, not a folder\n");
  });
});
