/**
 * The attainment table of `slac report`: read from the SQL export's view, printed for people
 * (aligned columns), for programs (JSON) or for spreadsheets (CSV).
 */
import type { DuckDbSession, ProgressListener } from "./duckdb.js";

/** The periods attainment is counted by, each the view that counts it. */
export const PERIODS = { month: "slac_attainment_monthly", quarter: "slac_attainment_quarterly" } as const;

/** How the table is printed. */
export type AttainmentFormat = "table" | "json" | "csv";

/** One row: a policy's metric, for one tier and applied severity, over one period. */
export interface AttainmentRow {
  readonly policy: string;
  readonly metric: string;
  readonly tier: string | null;
  readonly severity: string | null;
  /** `YYYY-MM` or `YYYY-Qn`. */
  readonly period: string;
  readonly tickets: number;
  readonly met: number;
  readonly breached: number;
  /** Running or paused at the report's now. */
  readonly open: number;
  /** met / (met + breached); null when both are 0. */
  readonly share_met: number | null;
}

const COLUMNS = ["policy", "metric", "tier", "severity", "period", "tickets", "met", "breached", "open", "share_met"] as const;
const COUNTS = new Set(["tickets", "met", "breached", "open"]);

/** Reads the attainment by period, sorted by policy, metric, tier, severity and period (NULLs last). */
export async function readAttainment(session: DuckDbSession, by: keyof typeof PERIODS, progress?: ProgressListener): Promise<AttainmentRow[]> {
  const rows = await session.rows(
    `SELECT policy, metric, tier, severity, period, tickets, met, breached, open, share_met FROM ${PERIODS[by]} ` +
      "ORDER BY policy, metric, tier NULLS LAST, severity NULLS LAST, period",
    progress,
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const count = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
  return rows.map((r) => ({
    policy: String(r.policy),
    metric: String(r.metric),
    tier: text(r.tier),
    severity: text(r.severity),
    period: String(r.period),
    tickets: count(r.tickets),
    met: count(r.met),
    breached: count(r.breached),
    open: count(r.open),
    share_met: r.share_met === null || r.share_met === undefined ? null : Number(r.share_met),
  }));
}

/** The rows in a format, ending with a newline. */
export function formatAttainment(rows: readonly AttainmentRow[], format: AttainmentFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(rows, null, 2) + "\n";
    case "csv":
      return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(","))].join("\n") + "\n";
    case "table":
      return table(rows);
  }
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A share as a percentage with one decimal, `93.4 %`; `-` when nothing was met or breached. */
export function percentage(share: number | null): string {
  return share === null ? "-" : `${(share * 100).toFixed(1)} %`;
}

/** Aligned columns: text to the left, counts and shares to the right; `-` for no tier or severity. */
function table(rows: readonly AttainmentRow[]): string {
  const cells = rows.map((r) => COLUMNS.map((c) => (c === "share_met" ? percentage(r.share_met) : String(r[c] ?? "-"))));
  const header = COLUMNS.map((c) => (c === "share_met" ? "met %" : c));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const right = (i: number) => COUNTS.has(COLUMNS[i]!) || COLUMNS[i] === "share_met";
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (right(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...cells.map(line)].join("\n") + "\n";
}
