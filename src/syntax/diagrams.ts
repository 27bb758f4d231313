/** Railroad diagrams of the grammar, as a standalone HTML page (committed as grammar/diagrams.html). */
import { createSyntaxDiagramsCode } from "./chevrotain.js";
import { getParser } from "./parser/policy.js";

/** The HTML of the grammar's railroad diagrams, generated from the parser itself. */
export function syntaxDiagramsHtml(): string {
  return createSyntaxDiagramsCode(getParser().getSerializedGastProductions());
}
