import { defineCodes } from "../registry.js";

/** Command-line and I/O diagnostics (SLA5nnn). */
export const CliCodes = defineCodes({
  FileNotFound: {
    code: "SLA5001",
    severity: "error",
    summary: "A path given on the command line exists.",
  },
});
