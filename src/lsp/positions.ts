/**
 * slac's ranges in LSP's terms. A slac position has a 0-based offset in UTF-16 code units
 * (src/syntax/source.ts), the unit LSP counts characters in by default; the document turns
 * the offset into a 0-based line and character, with the same line breaks (`\n`, `\r\n`, a
 * lone `\r`), so no column arithmetic is needed here.
 */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticRelatedInformation, DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range as LspRange } from "vscode-languageserver";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";

/** A slac range as an LSP range in the same document. */
export function lspRange(document: TextDocument, range: Range): LspRange {
  return { start: document.positionAt(range.start.offset), end: document.positionAt(range.end.offset) };
}

/** A slac diagnostic as LSP publishes it: code, message (with its `help:` line), range, related places. */
export function lspDiagnostic(document: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: lspRange(document, d.range),
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "slac",
    message: d.hint === undefined ? d.message : `${d.message}\nhelp: ${d.hint}`,
    ...(d.related === undefined
      ? {}
      : { relatedInformation: d.related.map((r) => DiagnosticRelatedInformation.create({ uri: document.uri, range: lspRange(document, r.range) }, r.message)) }),
  };
}
