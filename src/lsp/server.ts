/**
 * The language server of `.sla` files over any LSP connection (`slac lsp` gives it stdio):
 * diagnostics on every change, hover, completion, go to definition, references, rename,
 * the outline, formatting and the tests as code lenses. Each document is checked once per
 * version, synchronously on the change, and every request reads that one check.
 */
import { fileURLToPath } from "node:url";
import {
  type Connection,
  type InitializeResult,
  type Location,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatSla } from "../format/format.js";
import { Analysis } from "./analysis.js";
import { completionsAt } from "./completion.js";
import { hoverAt } from "./hover.js";
import { testLenses } from "./lenses.js";
import type { Occurrence } from "./occurrences.js";
import { outline } from "./outline.js";
import { lspDiagnostic, lspRange } from "./positions.js";

/** What an id may be renamed to: the grammar's identifier. */
const identifier = /^[A-Za-z_]\w*(?:-\w+)*$/;

/** The file name diagnostics and test failures name for a document: its path, for a `file:` URI. */
function fileOf(uri: string): string {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** Serves `.sla` documents on a connection until it closes; call `connection.listen()` after. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();

  /** The check of a document's current version, made now if it is not yet. */
  const analysisOf = (uri: string): Analysis | undefined => {
    const document = documents.get(uri);
    if (document === undefined) return undefined;
    let analysis = analyses.get(uri);
    if (analysis === undefined || analysis.version !== document.version || analysis.document !== document) {
      analysis = new Analysis(document, fileOf(uri));
      analyses.set(uri, analysis);
    }
    return analysis;
  };

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [" ", ","] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: "slac" },
    }),
  );

  documents.onDidChangeContent(({ document }) => {
    const analysis = analysisOf(document.uri)!;
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: analysis.diagnostics.map((d) => lspDiagnostic(document, d)),
    });
  });

  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The analysis of a request's document, with the request's position as an offset. */
  const at = (uri: string, position: { line: number; character: number }) => {
    const analysis = analysisOf(uri);
    return analysis === undefined ? undefined : { analysis, offset: analysis.document.offsetAt(position) };
  };

  const locations = (analysis: Analysis, occurrences: readonly Occurrence[]): Location[] =>
    occurrences.map((o) => ({ uri: analysis.document.uri, range: lspRange(analysis.document, o.name.range) }));

  connection.onHover(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    const hover = found && hoverAt(found.analysis, found.offset);
    if (!found || !hover) return null;
    return { contents: { kind: "markdown", value: hover.markdown }, range: lspRange(found.analysis.document, hover.node.range) };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    return found ? completionsAt(found.analysis, found.offset) : [];
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    const occurrence = found?.analysis.occurrenceAt(found.offset);
    if (!found || !occurrence) return null;
    return locations(found.analysis, found.analysis.occurrencesLike(occurrence).filter((o) => o.declaration));
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = at(textDocument.uri, position);
    const occurrence = found?.analysis.occurrenceAt(found.offset);
    if (!found || !occurrence) return [];
    const all = found.analysis.occurrencesLike(occurrence);
    return locations(found.analysis, context.includeDeclaration ? all : all.filter((o) => !o.declaration));
  });

  /** The symbol a rename at a position would rename: one the policy declares (a builtin metric is not). */
  const renameable = (uri: string, position: { line: number; character: number }) => {
    const found = at(uri, position);
    const occurrence = found?.analysis.occurrenceAt(found.offset);
    if (!found || !occurrence) return undefined;
    const all = found.analysis.occurrencesLike(occurrence);
    return all.some((o) => o.declaration) ? { analysis: found.analysis, occurrence, all } : undefined;
  };

  connection.onPrepareRename(({ textDocument, position }) => {
    const found = renameable(textDocument.uri, position);
    if (!found) return null;
    return { range: lspRange(found.analysis.document, found.occurrence.name.range), placeholder: found.occurrence.id };
  });

  connection.onRenameRequest(({ textDocument, position, newName }): WorkspaceEdit | ResponseError => {
    const found = renameable(textDocument.uri, position);
    if (!found) return new ResponseError(-32602, "only an id the policy declares can be renamed");
    if (!identifier.test(newName)) return new ResponseError(-32602, `\`${newName}\` is not an id: a letter or \`_\`, then letters, digits, \`_\` and single hyphens`);
    const edits: TextEdit[] = found.all.map((o) => ({ range: lspRange(found.analysis.document, o.name.range), newText: newName }));
    return { changes: { [textDocument.uri]: edits } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const analysis = analysisOf(textDocument.uri);
    return analysis ? outline(analysis.checked.file, analysis.document) : [];
  });

  connection.onDocumentFormatting(({ textDocument }): TextEdit[] => {
    const analysis = analysisOf(textDocument.uri);
    if (!analysis) return [];
    const text = analysis.document.getText();
    const formatted = formatSla(text, analysis.file).value;
    if (formatted === undefined || formatted === text) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: analysis.document.positionAt(text.length) }, newText: formatted }];
  });

  connection.onCodeLens(({ textDocument }) => {
    const analysis = analysisOf(textDocument.uri);
    return analysis ? testLenses(analysis) : [];
  });

  documents.listen(connection);
}
