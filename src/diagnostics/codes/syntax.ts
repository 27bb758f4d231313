import { defineCodes } from "../registry.js";

/** Syntax diagnostics (SLA1nnn), reported by the lexer and parser. */
export const SyntaxCodes = defineCodes({
  UnexpectedCharacter: {
    code: "SLA1001",
    severity: "error",
    summary: "The text contains a character that starts no token of the language.",
    example: "policy p { provider ~ }",
  },
});
