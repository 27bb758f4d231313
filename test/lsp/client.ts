/**
 * A language client for tests: the server from source, in process, on a pair of streams,
 * spoken to over real JSON-RPC (the framing and messages `slac lsp` uses on stdio).
 */
import { PassThrough } from "node:stream";
import {
  type Connection,
  createConnection,
  createMessageConnection,
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { startServer } from "../../src/lsp/server.js";

/** A connected client, with helpers for documents and their diagnostics. */
export interface TestClient {
  readonly rpc: MessageConnection;
  /** Opens a document, resolving with the first diagnostics published for it. */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  /** Replaces a document's whole text, resolving with the diagnostics of the new version. */
  change(uri: string, text: string, version: number): Promise<PublishDiagnosticsParams>;
  close(): void;
}

/** Starts a server on streams, connects a client and initializes it. */
export async function connect(streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<TestClient> {
  let input = streams?.input;
  let output = streams?.output;
  let server: Connection | undefined;
  if (streams === undefined) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server);
    server.listen();
    input = toClient;
    output = toServer;
  }
  const rpc = createMessageConnection(new StreamMessageReader(input!), new StreamMessageWriter(output!));
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  rpc.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    waiting.get(`${params.uri}@${params.version}`)?.(params);
  });
  rpc.listen();
  await rpc.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
  await rpc.sendNotification("initialized", {});
  const published = (uri: string, version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(`${uri}@${version}`, resolve));
  return {
    rpc,
    async open(uri, text) {
      const next = published(uri, 1);
      await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "sla", version: 1, text } });
      return next;
    },
    async change(uri, text, version) {
      const next = published(uri, version);
      await rpc.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      return next;
    },
    close() {
      rpc.dispose();
      server?.dispose();
    },
  };
}

/** The 0-based line and UTF-16 character of the first `needle` in `text` (plus `after` characters). */
export function positionOf(text: string, needle: string, after = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`no ${needle} in the text`);
  const before = text.slice(0, offset + after).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}
