import { defineCodes } from "../registry.js";

/** Runtime diagnostics (SLA4nnn): tickets, events and traffic the runtime cannot evaluate. */
export const RuntimeCodes = defineCodes({
  UnknownSeverity: {
    code: "SLA4001",
    severity: "error",
    summary: "A ticket's severity is one the policy declares.",
  },
});
