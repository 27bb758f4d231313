/**
 * The prettier plugin for `.sla` files (`slac/prettier`): `prettier --plugin slac/prettier`.
 * It prints with slac's own parser and layout (layout.ts), and refuses, as an error, a file
 * with syntax errors or one whose formatted text would not parse to the same policies.
 * @module slac/prettier
 */
import type { Doc, Parser, Plugin, Printer, SupportLanguage } from "prettier";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { defaultLayout, formatSla } from "./format.js";

/**
 * What the parser gives prettier: the whole file, printed as one document. It has no
 * `comments`, so prettier attaches none; the layout places them itself.
 */
export interface SlaFile {
  /** The one kind of node the plugin gives prettier. */
  readonly kind: "SlaFile";
  /** The file's text as given. */
  readonly text: string;
  /** The text laid out and checked by the parser, which the printer gives back as it is (the layout is made once). */
  readonly formatted: string;
}

/** The `.sla` language, for prettier's file inference. */
export const languages: SupportLanguage[] = [{ name: "SLA", parsers: ["sla"], extensions: [".sla"], vscodeLanguageIds: ["sla"] }];

/** A failure prettier reports, after the file's name, with a code frame at the first diagnostic. */
function failure(diagnostics: readonly Diagnostic[]): Error {
  const lines = diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message} (${d.range.start.line}:${d.range.start.column})`);
  const first = diagnostics[0]!.range;
  return Object.assign(new SyntaxError(lines.join("\n")), {
    loc: { start: { line: first.start.line, column: first.start.column }, end: { line: first.end.line, column: first.end.column } },
  });
}

const parser: Parser<SlaFile> = {
  astFormat: "sla",
  parse(text, options) {
    const file = options.filepath ?? "<stdin>";
    const checked = formatSla(text, file, {
      printWidth: options.printWidth ?? defaultLayout.printWidth,
      tabWidth: options.tabWidth ?? defaultLayout.tabWidth,
      useTabs: options.useTabs ?? defaultLayout.useTabs,
    });
    if (checked.value === undefined) throw failure(checked.diagnostics);
    return { kind: "SlaFile", text, formatted: checked.value };
  },
  locStart: () => 0,
  locEnd: (node) => node.text.length,
};

/** `sla`: the parser of `.sla` files. */
export const parsers: Record<string, Parser<SlaFile>> = { sla: parser };

const printer: Printer<SlaFile> = {
  // The text the parser laid out and checked, its trailing comments aligned: a string prettier prints as it is.
  print(path): Doc {
    return path.node.formatted;
  },
};

/** `sla`: the printer of what the `sla` parser gives. */
export const printers: Record<string, Printer<SlaFile>> = { sla: printer };

/** slac's layout unless the project's prettier configuration says otherwise. */
export const defaultOptions: Plugin["defaultOptions"] = { tabWidth: defaultLayout.tabWidth, useTabs: defaultLayout.useTabs };

/** The plugin. */
const plugin = { languages, parsers, printers, defaultOptions } satisfies Plugin<SlaFile>;

export default plugin;
