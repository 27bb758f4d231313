/**
 * Fuzzing, seeded and reproducible: mutated policies through check, build (bundles and
 * both pages), fmt and the language server's analysis; mutated tickets, uptime CSV lines
 * and bundles through the runtime. Every input gives diagnostics or error answers, never a
 * throw; every range lies inside its text; output stays within a linear bound of the input;
 * the slowest input is reported. `npm test` runs a short round; `npm run fuzz` runs
 * FUZZ_RUNS mutants (100,000 by default there) and prints the figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sealBundle } from "../../src/bundle/json.js";
import { validateBundle } from "../../src/bundle/validate.js";
import type { Bundle } from "../../src/contract/bundle.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../src/cli/report.js";
import { formatSla } from "../../src/format/format.js";
import { compile } from "../../src/pipeline.js";
import { renderHtml, renderMarkdown } from "../../src/render/index.js";
import { sqlExport } from "../../src/sql/index.js";
import { deadlines, parseTrafficLine } from "../../src/runtime/index.js";
import { Analysis } from "../../src/lsp/analysis.js";
import { TextDocument } from "vscode-languageserver-textdocument";

/** How many mutants in all: a short round in `npm test`, FUZZ_RUNS under `npm run fuzz`. */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const LONG = process.env.FUZZ_RUNS !== undefined;

const directory = new URL("../../policies/", import.meta.url);
const seeds = readdirSync(directory)
  .filter((name) => name.endsWith(".sla"))
  .sort()
  .map((name) => readFileSync(new URL(name, directory), "utf8"));
seeds.push(readFileSync(new URL("../fixtures/kitchen-sink.sla", import.meta.url), "utf8"));
const bundles: Bundle[] = seeds.flatMap((text) => compile(text, "seed.sla").bundles);

/** The slowest input of each kind, for the report. */
const slowest = new Map<string, number>();
const counts = new Map<string, number>();
function timed<T>(kind: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (ms > (slowest.get(kind) ?? 0)) slowest.set(kind, ms);
  return value;
}

/** Every range inside the text: lines from 1 to the text's, offsets within it. */
function rangesInside(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      expect(p.line, d.message.slice(0, 100)).toBeGreaterThanOrEqual(1);
      expect(p.line, d.message.slice(0, 100)).toBeLessThanOrEqual(lines);
      expect(p.offset).toBeLessThanOrEqual(text.length);
    }
    expect(d.message.length).toBeLessThan(2_000);
  }
}

const characters = fc.oneof(
  fc.constantFrom("{", "}", '"', "\\", ",", "-", "//", "/*", "*/", "\n", "\r", "\t", " ", "\ufeff", "\x00", "\x1b", "\u202e", "24x7", "9999999999999m"),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);

/** A policy mutant: a seed with a few slices deleted, duplicated or replaced by hostile text. */
const policyMutant = fc
  .record({
    seed: fc.nat(seeds.length - 1),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(40), kind: fc.constantFrom("delete", "duplicate", "insert"), text: characters }), {
      minLength: 1,
      maxLength: 4,
    }),
  })
  .map(({ seed, edits }) => {
    let text = seeds[seed]!;
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      const end = Math.min(text.length, at + e.length);
      if (e.kind === "delete") text = text.slice(0, at) + text.slice(end);
      else if (e.kind === "duplicate") text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
      else text = text.slice(0, at) + e.text + text.slice(at);
    }
    return text;
  });

/** A JSON value to put where a ticket or bundle field was. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, "", "0001-01-01T00:00Z", "9999-12-31T23:59Z", "2026-03-02T09:00Z", 1e308, -1, 2 ** 53, [], {}, [null], "\ufeff"),
);

function ticketsOf(bundle: Bundle): object[] {
  return bundle.tests.map((t) => t.ticket as object).concat([{ openedAt: "2026-03-02T09:00Z" }]);
}

const ticketMutant = fc
  .record({ bundle: fc.nat(bundles.length - 1), which: fc.nat(100), field: fc.constantFrom("openedAt", "tier", "severity", "channel", "attributes", "addons", "zone", "events", "now", "id", "extra"), value: hostileValue, event: fc.option(fc.record({ type: hostileValue, at: hostileValue, severity: hostileValue, attributes: hostileValue })) })
  .map(({ bundle, which, field, value, event }) => {
    const tickets = ticketsOf(bundles[bundle]!);
    const ticket: Record<string, unknown> = { ...(tickets[which % tickets.length] as Record<string, unknown>), [field]: value };
    if (event !== null) ticket.events = [...(Array.isArray(ticket.events) ? ticket.events : []), event];
    return { bundle: bundles[bundle]!, ticket };
  });

/** A bundle mutant: one value somewhere replaced, then sealed again, so that the digest is no obstacle. */
const bundleMutant = fc.record({ bundle: fc.nat(bundles.length - 1), path: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), value: hostileValue }).map(({ bundle, path, value }) => {
  const copy = JSON.parse(JSON.stringify(bundles[bundle]!)) as Record<string, unknown>;
  let node: unknown = copy;
  for (let i = 0; i < path.length; i++) {
    if (typeof node !== "object" || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[path[i]! % keys.length]!;
    if (i === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== "object" || (node as Record<string, unknown>)[key] === null) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return copy;
});

const where = { file: "bundle.json", start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };

/** The mutants of each kind: most are policies, the slowest kind to check. */
const share = { policies: 0.2, tickets: 0.4, csv: 0.2, bundles: 0.2 };
const runsOf = (kind: keyof typeof share) => Math.max(10, Math.round(TOTAL * share[kind]));

describe(`fuzzing (${TOTAL} mutants, seed ${SEED})`, { timeout: LONG ? 3_600_000 : 60_000 }, () => {
  it(`policies (${runsOf("policies")}) through check, build, pages, the SQL export, fmt and the language server`, async () => {
    await fc.assert(
      fc.asyncProperty(policyMutant, async (text) => {
        const result = timed("check + build", () => compile(text, "fuzz.sla"));
        rangesInside(result.diagnostics, text);
        const report = await formatDiagnostics(result.diagnostics, { format: "text", color: false, sources: new Map([["fuzz.sla", text]]) });
        // At most a hundred shown diagnostics per file, each of bounded size: linear in nothing.
        expect(report.length).toBeLessThan(200_000);
        for (const bundle of result.bundles) {
          const pages = timed("pages", () => renderMarkdown(bundle).length + renderHtml(bundle).length);
          expect(pages).toBeLessThan(100 * text.length + 200_000);
          // The SQL export: files, or SLA6001 for what it does not evaluate; never a throw.
          const exported = timed("sql", () => sqlExport(bundle, { dialect: "duckdb", years: { from: 2026, to: 2026 } }));
          if (exported.ok) expect(exported.value.statements.length).toBeGreaterThan(0);
          else expect(exported.error.code).toMatch(/^SLA6\d{3}$/);
        }
        const formatted = timed("fmt", () => formatSla(text, "fuzz.sla"));
        rangesInside(formatted.diagnostics, text);
        if (formatted.value !== undefined) expect(formatted.value.length).toBeLessThan(2 * text.length + 1_000);
        const analysis = timed("language server", () => new Analysis(TextDocument.create("file:///fuzz.sla", "sla", 1, text), "fuzz.sla"));
        rangesInside(analysis.diagnostics, text);
        expect(analysis.occurrences.every((o) => o.name.range.end.offset <= text.length)).toBe(true);
      }),
      { seed: SEED, numRuns: runsOf("policies") },
    );
  });

  it(`tickets (${runsOf("tickets")}) through deadlines: an answer or an error, never a throw`, () => {
    fc.assert(
      fc.property(ticketMutant, ({ bundle, ticket }) => {
        const outcome = timed("ticket", () => deadlines(bundle, ticket as never));
        expect(typeof outcome.ok).toBe("boolean");
      }),
      { seed: SEED + 1, numRuns: runsOf("tickets") },
    );
  });

  it(`uptime CSV lines (${runsOf("csv")}): a record, an error or nothing`, () => {
    const line = fc.oneof(fc.string({ maxLength: 80 }), fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map((parts) => parts.join(",")));
    fc.assert(
      fc.property(line, (text) => {
        timed("csv line", () => parseTrafficLine(text, 1));
      }),
      { seed: SEED + 2, numRuns: runsOf("csv") },
    );
  });

  it(`bundles (${runsOf("bundles")}): refused by validation, or evaluated without a throw`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(bundleMutant, (mutant) => {
        const sealed = (() => {
          try {
            return sealBundle(mutant as unknown as Bundle);
          } catch {
            return mutant;
          }
        })();
        const diagnostics = timed("bundle validation", () => validateBundle(sealed, where));
        if (diagnostics.some((d) => d.severity === "error")) return;
        accepted++;
        for (const ticket of ticketsOf(sealed as unknown as Bundle)) timed("ticket", () => deadlines(sealed as unknown as Bundle, ticket as never));
      }),
      { seed: SEED + 3, numRuns: runsOf("bundles") },
    );
    if (LONG) console.log(`bundle mutants accepted by validation and evaluated: ${accepted}`);
  });

  it("report", () => {
    const rows = [...counts].map(([kind, n]) => `  ${kind}: ${n} inputs, slowest ${slowest.get(kind)!.toFixed(1)} ms`);
    const mutants = (["policies", "tickets", "csv", "bundles"] as const).reduce((n, kind) => n + runsOf(kind), 0);
    const steps = [...counts.values()].reduce((a, b) => a + b, 0);
    if (LONG) console.log(`fuzzing, seed ${SEED}: ${mutants} mutants, ${steps} evaluations, 0 crashes\n${rows.join("\n")}`);
    // No input is pathological: each is answered within a second, however noisy the machine.
    for (const [kind, ms] of slowest) expect(ms, kind).toBeLessThan(LONG ? 5_000 : 2_000);
  });
});
