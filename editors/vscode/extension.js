// The VS Code side of slac's language server: starts `slac lsp` (the command is the
// `slac.command` setting) and talks LSP to it over standard input and output. Plain
// CommonJS, so the folder is installed as it is, without a build.
"use strict";
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("slac").get("command") ?? ["npx", "--no-install", "slac", "lsp"];
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  // No `transport`: the server is started as given and speaks on its stdio.
  const server = { command, args, options: { cwd, shell: process.platform === "win32" } };
  client = new LanguageClient("slac", "SLA policies (slac)", server, { documentSelector: [{ language: "sla" }] });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
