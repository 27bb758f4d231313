/**
 * The `slac` command line: a thin shell over the library. Each command is loaded only
 * when it runs, so starting `slac check` does not pay for the renderers or the runtime.
 */
import { Command, CommanderError, Option } from "commander";
import { DIALECTS } from "../sql/dialects.js";
import { Exit, type Io, processIo } from "./io.js";

/** Runs `slac` with the given arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = Exit.ok;
  const program = new Command("slac")
    .description("Compile support-SLA policies (.sla) into rule bundles and pages")
    .version(await version(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run `slac --help` for usage)");

  const format = () =>
    new Option("--format <format>", "how diagnostics are printed").choices(["text", "json"]).default("text");

  program
    .command("check")
    .description("parse and validate policies; exit 0 clean, 1 errors, 2 usage")
    .argument("<paths...>", ".sla files or folders")
    .addOption(format())
    .action(async (paths: string[], options: { format: "text" | "json" }) => {
      const { check } = await import("./commands/check.js");
      exitCode = await check(io, paths, options);
    });

  program
    .command("build")
    .description("compile policies into <out>/<policy-id>.json, .md and .html")
    .argument("<paths...>", ".sla files or folders")
    .requiredOption("--out <dir>", "output folder (created if missing)")
    .option("--front-matter", "start each Markdown page with YAML front matter (title, policy id)")
    .option("--no-pages", "write the bundles only, without the Markdown and HTML pages")
    .addOption(format())
    .action(async (paths: string[], options: { out: string; format: "text" | "json"; frontMatter?: boolean; pages: boolean }) => {
      const { build } = await import("./commands/build.js");
      exitCode = await build(io, paths, options);
    });

  program
    .command("test")
    .description("run the policies' test blocks; exit 0 all pass, 1 a failure")
    .argument("<paths...>", ".sla files or folders")
    .addOption(format())
    .action(async (paths: string[], options: { format: "text" | "json" }) => {
      const { test } = await import("./commands/test.js");
      exitCode = await test(io, paths, options);
    });

  program
    .command("fmt")
    .description("rewrite policies in their canonical layout; --check lists the files that would change (exit 1)")
    .argument("<paths...>", ".sla files or folders, or - to format standard input to standard output")
    .option("--check", "change no file: list those not formatted, exit 1 if any")
    .addOption(format())
    .action(async (paths: string[], options: { check?: boolean; format: "text" | "json" }) => {
      const { fmt } = await import("./commands/fmt.js");
      exitCode = await fmt(io, paths, options);
    });

  program
    .command("due")
    .description("print one JSON line of due times per ticket line")
    .argument("<policy...>", "a .sla file with one policy, or a compiled bundle .json; several: the generations of a policy, each ticket answered by the one in force when it was opened")
    .requiredOption("--tickets <file>", "tickets as NDJSON, or - for standard input")
    .option("--now <instant>", "judge statuses at this ISO instant")
    .addOption(format())
    .action(async (policies: string[], options: { tickets: string; now?: string; format: "text" | "json" }) => {
      const { due } = await import("./commands/due.js");
      exitCode = await due(io, policies, options);
    });

  program
    .command("uptime")
    .description("a month's uptime from per-minute traffic, against each of the policy's uptime commitments")
    .argument("<policy>", "a .sla file with one policy, or a compiled bundle .json")
    .requiredOption("--minutes <file>", "CSV of minute,valid_requests,errors, or - for standard input")
    .requiredOption("--month <YYYY-MM>", "the calendar month (UTC)")
    .option("--commitment <id>", "only the uptime commitment with this id")
    .addOption(format())
    .action(async (policy: string, options: { minutes: string; month: string; commitment?: string; format: "text" | "json" }) => {
      const { uptime } = await import("./commands/uptime.js");
      exitCode = await uptime(io, policy, options);
    });

  program
    .command("credits")
    .description("the support-response credits ticket outcomes earn, per account and fiscal quarter")
    .argument("<policy>", "a .sla file with one policy, or a compiled bundle .json")
    .requiredOption("--tickets <file>", "tickets as NDJSON (the lines `slac due` reads, with an optional account), or - for standard input")
    .option("--now <instant>", "judge targets at this ISO instant")
    .option("--metric <id>", "only the credits for this metric")
    .addOption(format())
    .action(async (policy: string, options: { tickets: string; now?: string; metric?: string; format: "text" | "json" }) => {
      const { credits } = await import("./commands/credits.js");
      exitCode = await credits(io, policy, options);
    });

  program
    .command("sql")
    .description("write the policy as SQL for an engine: <out>/schema.sql, data.sql and query.sql")
    .argument("<policy>", "a .sla file with one policy, or a compiled bundle .json")
    .addOption(new Option("--dialect <dialect>", "the SQL engine").choices([...DIALECTS]).makeOptionMandatory())
    .requiredOption("--out <dir>", "output folder (created if missing; other files in it are left alone)")
    .option("--columns <mapping.json>", "the names of the tickets and events tables and their columns (JSON)")
    .option("--years <from-to>", "the UTC years the calendar tables cover, such as 2020-2030")
    .option("--schema <name>", "the schema (a BigQuery dataset) for slac's own tables and views")
    .option("--now <instant>", "judge statuses at this ISO instant, rather than when the views are read")
    .addOption(new Option("--data <form>", "the tables' rows as data.sql (INSERTs) or as one CSV file per table, for a bulk loader").choices(["inserts", "csv"]).default("inserts"))
    .addOption(format())
    .action(async (policy: string, options: import("./commands/sql.js").SqlCommandOptions) => {
      const { sql } = await import("./commands/sql.js");
      exitCode = await sql(io, policy, options);
    });

  program
    .command("report")
    .description("share of targets met per tier, severity and month, computed in embedded DuckDB")
    .argument("<policy>", "a .sla file with one policy, or a compiled bundle .json")
    .requiredOption("--tickets <file>", "tickets as Parquet, CSV or NDJSON (the lines `slac due` reads, or flat columns)")
    .option("--events <file>", "the tickets' events as Parquet, CSV or NDJSON (flat columns)")
    .option("--now <instant>", "judge statuses at this ISO instant (default: now)")
    .addOption(new Option("--by <period>", "the period attainment is counted by").choices(["month", "quarter"]).default("month"))
    .addOption(new Option("--format <format>", "how the table is printed").choices(["table", "json", "csv"]).default("table"))
    .option("--columns <mapping.json>", "the names of the files' columns (JSON)")
    .action(async (policy: string, options: import("./commands/report.js").ReportOptions) => {
      const { report } = await import("./commands/report.js");
      exitCode = await report(io, policy, options);
    });

  program
    .command("lsp")
    .description("run the language server on standard input and output, for editors")
    .option("--stdio", "talk over standard input and output (the default and only transport)")
    .action(async () => {
      const { lsp } = await import("./commands/lsp.js");
      exitCode = await lsp();
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
    return benign.includes(error.code) ? Exit.ok : Exit.usage;
  }
  return exitCode;
}

async function version(): Promise<string> {
  // Read from the package folder: two levels up from dist/cli/ and from dist/bin/ alike.
  const { readFile } = await import("node:fs/promises");
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
