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
  OutsideProject: {
    code: "SLA5004",
    severity: "error",
    summary: "Input and output paths stay inside the project folder (the working directory).",
    example: "slac build policies --out ../elsewhere",
  },
  DuplicatePolicyId: {
    code: "SLA5005",
    severity: "error",
    summary: "Two policies built together have different ids, since the id names their output files.",
  },
  WriteFailed: {
    code: "SLA5006",
    severity: "error",
    summary: "The output folder can be written.",
  },
});
