/**
 * Formatting a `.sla` text: its canonical layout, checked to mean what the input meant.
 * Stages return `{ value, diagnostics }`: a text with syntax errors, or one whose layout
 * would change its meaning, gives no value and the diagnostics saying why.
 */
import { printer } from "prettier/doc";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { Result } from "../diagnostics/diagnostic.js";
import { report } from "../diagnostics/registry.js";
import { parse } from "../syntax/index.js";
import { CliCodes } from "../diagnostics/codes/cli.js";
import { alignComments, layout } from "./layout.js";
import { astDifference } from "./soundness.js";
import { syntaxTree } from "../syntax/index.js";

/** How wide lines may be and how they are indented; prettier's options of the same names. */
export interface LayoutOptions {
  readonly printWidth?: number;
  readonly tabWidth?: number;
  readonly useTabs?: boolean;
}

/** The layout slac's own policies use. */
export const defaultLayout: Required<LayoutOptions> = { printWidth: 80, tabWidth: 2, useTabs: false };

/** The text laid out, unchecked; for a text without syntax errors. */
export function layoutText(text: string, options: LayoutOptions = {}): string {
  return alignComments(printer.printDocToString(layout(syntaxTree(text), text), { ...defaultLayout, ...options }).formatted);
}

/**
 * The formatted text of a `.sla` file, or no value and the diagnostics: the syntax
 * errors of the input, or SLA5011 when the output would not parse to the same AST.
 */
export function formatSla(text: string, file: string, options: LayoutOptions = {}): Result<string | undefined> {
  const input = parse(text, file);
  if (hasErrors(input.diagnostics)) return { value: undefined, diagnostics: input.diagnostics };
  const formatted = layoutText(text, options);
  const output = parse(formatted, file);
  const firstError = output.diagnostics.find((d) => d.severity === "error");
  const changed = firstError === undefined ? astDifference(input.value, output.value) : undefined;
  if (firstError === undefined && changed === undefined) return { value: formatted, diagnostics: [] };
  const what = firstError !== undefined ? `the formatted text does not parse: ${firstError.message}` : `the formatted text parses differently at \`${changed!.path}\``;
  const range = changed?.range ?? input.value.range;
  const diagnostic = report(CliCodes.FormatChangedMeaning, `formatting would change this file, so it is left as it is (${what})`, range, {
    hint: "this is a bug of the formatter; please report it with the file",
  });
  return { value: undefined, diagnostics: [diagnostic] };
}
