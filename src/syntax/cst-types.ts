/**
 * The CST's TypeScript types, generated from the parser's grammar by chevrotain (committed
 * as src/syntax/cst.generated.ts, which the CST → AST builders are typed with).
 */
import { generateCstDts } from "./chevrotain.js";
import { getParser } from "./parser/policy.js";

const header = `/**
 * The CST's types, one node type and one children type per grammar rule, and a visitor
 * interface that maps each rule name to its children. Generated from the parser by
 * src/syntax/cst-types.ts; \`npx vitest run -u test/syntax/cst-types.test.ts\` rewrites it.
 * Do not edit.
 */
`;

/**
 * The text of src/syntax/cst.generated.ts: chevrotain's `generateCstDts` of the grammar,
 * importing chevrotain's types through chevrotain.ts like the rest of the syntax module.
 */
export function cstTypesSource(): string {
  const types = generateCstDts(getParser().getGAstProductions(), { visitorInterfaceName: "SlaCstVisitor" });
  // The one import, of chevrotain's types, is its first line.
  return header + types.replace(`"chevrotain"`, `"./chevrotain.js"`);
}
