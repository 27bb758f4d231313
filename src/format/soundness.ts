/**
 * The formatter's soundness check: the formatted text must parse to the AST the input
 * parsed to, positions aside, and keep every comment (line comments up to trailing
 * white space, which the formatter drops).
 */
import type { SourceFile } from "../ast/nodes.js";
import type { Range } from "../diagnostics/diagnostic.js";

/** Where two ASTs first differ: the path to the value, and the range of the input's nearest node. */
export interface AstDifference {
  readonly path: string;
  readonly range: Range | undefined;
}

type Value = unknown;

function isObject(value: Value): value is Record<string, Value> {
  return typeof value === "object" && value !== null;
}

/** A comment's text as the formatter keeps it. */
function normalText(node: Record<string, Value>, key: string, value: Value): Value {
  return node.kind === "Comment" && key === "text" && typeof value === "string" && value.startsWith("//") ? value.trimEnd() : value;
}

function rangeOf(value: Value): Range | undefined {
  return isObject(value) && isObject(value.range) ? (value.range as unknown as Range) : undefined;
}

function difference(a: Value, b: Value, path: string, near: Range | undefined): AstDifference | undefined {
  if (!isObject(a) || !isObject(b)) return Object.is(a, b) ? undefined : { path, range: near };
  if (Array.isArray(a) !== Array.isArray(b)) return { path, range: near };
  const here = rangeOf(a) ?? near;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "range");
  for (const key of keys) {
    const found = difference(normalText(a, key, a[key]), normalText(b, key, b[key]), `${path}.${key}`, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first place where two parses differ other than in positions, or undefined when they are the same. */
export function astDifference(input: SourceFile, output: SourceFile): AstDifference | undefined {
  return difference(input, output, "file", input.range);
}
