// The language server's re-check after an edit, on a generated 5,000-line policy: `slac lsp`
// in a child process, a client over stdio, timed from sending `didChange` to receiving the
// `publishDiagnostics` of that version; beside a cold `slac check` of the same file.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { generatePolicy } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = path.join(root, "bin/slac.js");
const LINES = 5000;
const EDITS = 30;
/** Edits made before the timed ones: a server in use has checked the file many times, and V8 has optimized the compiler's code by then. */
const WARM_UP = 10;
const TARGET_MS = 50;

/** One clean policy of at least `lines` lines: a generated policy, grown by calendars, teams and tests of its own. */
export function generateLongPolicy(lines) {
  const base = generatePolicy(0).trimEnd().split("\n");
  base.pop(); // the policy's closing brace
  for (let i = 0; base.length < lines - 1; i++) {
    base.push(`  calendar extra_${i} "Extra hours ${i}" {`, `    zone Europe/Berlin`, `    open mon-fri 0${i % 4 + 6}:00 - 1${i % 8}:30`);
    base.push(`    closed 2026-12-24 "Christmas Eve"`, `    closed every jan 1 "New Year"`, `  }`);
    base.push(`  team team_${i} "Team ${i}" { hours extra_${i}  responsibility "Requests of region ${i}" }`);
    base.push(`  test "extra ticket ${i}" {`, `    opened 2026-03-0${(i % 5) + 2}T10:00Z`, `    tier basic`, `    severity low`);
    base.push(`    channel portal`, `    expect first_response 2026-03-0${(i % 5) + 2}T14:00Z`, `  }`);
  }
  base.push("}", "");
  return base.join("\n");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The server's re-check times after each of EDITS edits, and its first check. */
async function recheckTimes(text, uri) {
  const child = spawn(process.execPath, [bin, "lsp"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  rpc.onNotification("textDocument/publishDiagnostics", (params) => waiting.get(params.version)?.(params));
  rpc.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await rpc.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
  await rpc.sendNotification("initialized", {});
  let start = performance.now();
  let next = published(1);
  await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "sla", version: 1, text } });
  const first = await next;
  const openMs = performance.now() - start;
  const lines = text.split("\n");
  // Each edit changes one digit of a target, as a person tuning a policy does: `1h` ↔ `2h`.
  const line = lines.findIndex((l) => /^\s+critical 1h business/.test(l));
  const column = lines[line].indexOf("1h");
  const times = [];
  let diagnostics = first.diagnostics.length;
  for (let version = 2; version < WARM_UP + EDITS + 2; version++) {
    next = published(version);
    start = performance.now();
    await rpc.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: version % 2 === 0 ? "2" : "1" }],
    });
    diagnostics = (await next).diagnostics.length;
    times.push(performance.now() - start);
  }
  await rpc.sendRequest("shutdown");
  await rpc.sendNotification("exit");
  rpc.dispose();
  await new Promise((resolve) => (child.exitCode === null ? child.on("exit", resolve) : resolve()));
  return { openMs, warmUp: times.slice(0, WARM_UP), times: times.slice(WARM_UP), diagnostics: first.diagnostics.length, lastDiagnostics: diagnostics };
}

/** Benchmark lines for the language server. */
export async function benchLsp() {
  const text = generateLongPolicy(LINES);
  const dir = mkdtempSync(path.join(tmpdir(), "slac-bench-lsp-"));
  const file = path.join(dir, "long.sla");
  writeFileSync(file, text);
  const lineCount = text.split("\n").length - 1;
  const { openMs, warmUp, times, diagnostics, lastDiagnostics } = await recheckTimes(text, pathToFileURL(file).href);
  const checks = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, "check", file], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    checks.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`slac check of the generated policy exited ${result.status}: ${result.stderr}`);
  }
  const recheck = median(times);
  const worst = Math.max(...times);
  const p90 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)];
  return [
    {
      name: `re-check after an edit, ${lineCount}-line policy (didChange → publishDiagnostics, median of ${EDITS} after ${WARM_UP} warm-up edits)`,
      value: recheck,
      unit: "ms",
      target: `≤ ${TARGET_MS} ms`,
      pass: recheck <= TARGET_MS,
      detail: `90th percentile ${p90.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms; the warm-up edits ${warmUp.map((t) => t.toFixed(0)).join(", ")} ms; first check on didOpen ${openMs.toFixed(0)} ms; ${diagnostics} diagnostics before the edits, ${lastDiagnostics} after`,
    },
    {
      name: `  cold \`slac check\` of the same file (median of 5)`,
      value: median(checks),
      unit: "ms",
      detail: `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchLsp()) console.log(`${line.name}: ${line.value.toFixed(1)} ${line.unit}${line.pass === undefined ? "" : line.pass ? " ok" : " MISSED"}\n  ${line.detail}`);
}
