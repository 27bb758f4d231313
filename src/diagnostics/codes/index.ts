import type { CodeInfo } from "../registry.js";
import { BundleCodes } from "./bundle.js";
import { CliCodes } from "./cli.js";
import { RuntimeCodes } from "./runtime.js";
import { SemanticCodes } from "./semantic.js";
import { SqlCodes } from "./sql.js";
import { SyntaxCodes } from "./syntax.js";

export { BundleCodes, CliCodes, RuntimeCodes, SemanticCodes, SqlCodes, SyntaxCodes };

/** Every registered diagnostic code, sorted by code. */
export function allCodes(): CodeInfo[] {
  return [SyntaxCodes, SemanticCodes, BundleCodes, RuntimeCodes, CliCodes, SqlCodes]
    .flatMap((group) => Object.values(group))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
