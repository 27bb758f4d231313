/** Turns chevrotain's recognition errors into our diagnostics. */
import { SyntaxCodes } from "../diagnostics/codes/syntax.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import type { IRecognitionException, IToken } from "./chevrotain.js";
import { spanOf } from "./lexer.js";
import type { SourceText } from "./source.js";

const maxShown = 40;

/** How the found token reads in "found …". */
function describeFound(token: IToken): string {
  if (spanOf(token) === undefined || token.tokenType.name === "EOF") return "the end of the file";
  const image = token.image.length > maxShown ? `${token.image.slice(0, maxShown)}…` : token.image;
  return `\`${image}\``;
}

/** What the ids of an `idList` are, by the rule that holds the list. */
const listNouns: Record<string, string> = {
  channels: "a channel id",
  severities: "a severity id",
  example: "a tier id",
  targetRule: "a severity id",
};

/** Names an id expected in an `idList` after the rule holding the list. */
function specialize(expected: string, ruleStack: readonly string[]): string {
  if (ruleStack.at(-1) !== "idList" || expected !== "an id") return expected;
  return listNouns[ruleStack.at(-2) ?? ""] ?? expected;
}

/**
 * One diagnostic per parse error. The error's message is what was expected, from
 * messages.ts, optionally followed by a line break and a hint.
 */
export function diagnoseParseErrors(errors: readonly IRecognitionException[], source: SourceText): Diagnostic[] {
  return errors.map((error) => {
    const [expected = "", hint] = error.message.split("\n", 2);
    const span = spanOf(error.token);
    const range = span === undefined ? source.endRange() : source.range(span.start, span.end);
    const message = `expected ${specialize(expected, error.context.ruleStack)}, found ${describeFound(error.token)}`;
    return report(SyntaxCodes.UnexpectedToken, message, range, hint === undefined ? {} : { hint });
  });
}
