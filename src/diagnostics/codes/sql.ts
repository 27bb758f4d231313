import { defineCodes } from "../registry.js";

/** SQL export diagnostics (SLA6nnn): what `slac sql` and `slac report` cannot write or run. */
export const SqlCodes = defineCodes({
  NotExpressible: {
    code: "SLA6001",
    severity: "error",
    summary:
      "The SQL export evaluates metrics that do not repeat, on calendars in their own zone, without eligibility rules, add-ons or ticket attributes; evaluate other policies with `slac due`.",
    example: "policy p {\n  calendar local { zone customer\n    open mon-fri 09:00 - 17:00 }\n  first_response 4h\n}",
  },
  BadYears: {
    code: "SLA6002",
    severity: "error",
    summary: "The years the calendar tables cover run from 1970 to 2099 at most, the first not after the last, and `--now` is an ISO instant.",
    example: "--years 2030-2020",
  },
  BadColumnMapping: {
    code: "SLA6003",
    severity: "error",
    summary:
      "A column mapping is a JSON object with `tickets` and `events`, each naming tables (letters, digits, `_`, parts joined by `.`) and columns that exist in the defaults; optional columns may be null.",
    example: '{"tickets": {"opened": "created_at"}}',
  },
});
