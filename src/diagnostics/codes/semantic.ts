import { defineCodes } from "../registry.js";

/** Semantic diagnostics (SLA2nnn), reported by the checks that run on the AST. */
export const SemanticCodes = defineCodes({
  UnknownZone: {
    code: "SLA2001",
    severity: "error",
    summary: "A calendar's zone is a known IANA time zone name.",
    example: "calendar c { zone Mars/Olympus_Mons }",
  },
});
