import { Exit } from "../io.js";

/**
 * `slac lsp`: the language server on standard input and output, until the client closes
 * the connection. Loaded only when it runs, so no other command pays for the LSP library.
 */
export async function lsp(): Promise<number> {
  const { createConnection } = await import("vscode-languageserver/node");
  const { startServer } = await import("../../lsp/server.js");
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection);
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  connection.listen();
  await closed;
  return Exit.ok;
}
