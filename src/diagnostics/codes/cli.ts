import { defineCodes } from "../registry.js";

/** Command-line and I/O diagnostics (SLA5nnn). */
export const CliCodes = defineCodes({
  FileNotFound: {
    code: "SLA5001",
    severity: "error",
    summary: "A path given on the command line exists.",
    example: "slac check missing.sla",
  },
  NoPolicyFiles: {
    code: "SLA5002",
    severity: "error",
    summary: "The paths given on the command line contain at least one `.sla` file.",
    example: "slac check empty-folder/",
  },
  UnreadableFile: {
    code: "SLA5003",
    severity: "error",
    summary: "Every policy file can be read as UTF-8 text.",
  },
  UnsafeOutputName: {
    code: "SLA5004",
    severity: "error",
    summary:
      "A file name derived from policy content (a policy id naming `<id>.json`) is a plain name that stays inside the output folder, of at most 100 characters, and not a name Windows reserves for a device (`CON`, `NUL`, `COM1`, …); the paths given on the command line are the user's to choose and are not restricted.",
  },
  DuplicatePolicyId: {
    code: "SLA5005",
    severity: "error",
    summary: "Two policies built together have ids that differ, and differ in more than case, since the id names their output files (macOS and Windows treat names that differ only in case as one).",
  },
  WriteFailed: {
    code: "SLA5006",
    severity: "error",
    summary: "The output folder can be written.",
  },
  BadBundleFile: {
    code: "SLA5007",
    severity: "error",
    summary: "A bundle given to `slac due` or `slac uptime` is a JSON file.",
  },
  NotOnePolicy: {
    code: "SLA5008",
    severity: "error",
    summary: "A policy file given to `slac due` or `slac uptime` holds exactly one policy.",
  },
  BadTicketLine: {
    code: "SLA5009",
    severity: "error",
    summary: "Each line of a tickets file is a JSON object describing one ticket.",
    example: '["T-1", "2026-03-27T20:00Z"]',
  },
  BadOption: {
    code: "SLA5010",
    severity: "error",
    summary: "Command-line option values have the documented form (`--month YYYY-MM`, `--now <ISO instant>`).",
  },
  ForeignOutput: {
    code: "SLA5012",
    severity: "error",
    summary:
      "`slac build` replaces its output folder whole, so that no reader sees half of one build and half of another; it does so only for a folder that is new, empty or written by slac (marked by its `.slac-output` file), never for one that holds other files.",
  },
  InternalError: {
    code: "SLA5013",
    severity: "error",
    summary:
      "Every ticket line gets an answer: its deadlines, or an error that says what is wrong with the ticket. A line that gets neither is a bug of slac, reported on that line while the lines after it are still answered.",
  },
  FormatChangedMeaning: {
    code: "SLA5011",
    severity: "error",
    summary:
      "Formatting a file keeps its meaning: the formatted text parses to the same policies and keeps every comment; when it would not (a bug of the formatter), the file is left as it is.",
  },
  EngineNotInstalled: {
    code: "SLA5014",
    severity: "error",
    summary:
      "`slac report` runs the SQL export in embedded DuckDB, an optional peer dependency that is installed beside slac (`npm install @duckdb/node-api@1.5.6-r.1`); the other commands never need it.",
  },
  BadInputFile: {
    code: "SLA5015",
    severity: "error",
    summary:
      "A tickets or events file given to `slac report` is Parquet, CSV (with a header) or NDJSON, told by its extension, with the columns the column mapping names (or `slac due`'s ticket lines) and instants as timestamps or ISO text.",
  },
  EngineFailed: {
    code: "SLA5016",
    severity: "error",
    summary:
      "The SQL slac writes runs in the engine that evaluates it; when DuckDB refuses it or runs out of memory during `slac report`, its message is reported (a refused statement is a bug of slac).",
  },
});
