/**
 * The view that evaluates tickets: for each ticket and metric, the clock start, the target
 * row, the due instant (business time as prefix sums of open time, pauses skipped, business
 * days as ends of local dates), when it was met and the status at `now` — the JS runtime's
 * semantics (src/runtime/deadlines), written as set operations. Every lookup of a calendar
 * is an equi-join on (policy, calendar, bucket) with a range filter inside the bucket.
 */
import { DAY_MS, MINUTE_MS } from "../civil/days.js";
import type { Context } from "./export.js";

/** `CREATE OR REPLACE VIEW slac_ticket_metrics AS …`. */
export function ticketMetricsView(c: Context): string {
  const { d, name } = c;
  const policy = c.literal(c.model.policy);
  const day = String(DAY_MS);
  const bucket = (ms: string) => d.div(ms, day);
  /** Joins the instant axis of `calendar` at instant `t` as alias `a`; its open time before t is `openBefore(a, t)`. */
  // A join is only needed for some rows: its key is NULL for the others (a condition on the left
  // side alone in ON would keep engines from hashing the join).
  const when = (condition: string | null, key: string) => (condition === null ? key : `CASE WHEN ${condition} THEN ${key} END`);
  const cover = (a: string, calendar: string, t: string, condition: string | null = null) =>
    `LEFT JOIN ${name("slac_open_cover")} ${a} ON ${a}.policy = ${policy} AND ${a}.calendar = ${when(condition, calendar)} AND ${a}.bucket = ${bucket(t)} AND ${a}.cover_from <= ${t} AND ${t} < ${a}.cover_to`;
  const openBefore = (a: string, t: string) => `(${a}.open_before + CASE WHEN ${t} > ${a}.open_start THEN ${t} - ${a}.open_start ELSE 0 END)`;
  const wall = `(dk.start_ms + zo.offset_ms + dk.amount * ${day})`;
  const ts = (ms: string) => `CASE WHEN ${ms} IS NULL THEN NULL ELSE ${d.timestampOfMs(ms)} END`;
  // What the policy uses: the joins it does not need are left out.
  const { metrics, targets } = c.model;
  const eventStarts = metrics.some((m) => m.starts !== "opened");
  const sides = targets.flatMap((t) => [t.inHours, t.otherwise]);
  const otherwise = targets.some((t) => t.otherwise !== null);
  const bdays = sides.some((x) => x?.unit === "bdays");
  const cdays = sides.some((x) => x?.unit === "cdays");
  const dayDue = [bdays ? `WHEN dk.unit = 'bdays' THEN bd.business_end` : "", cdays ? `WHEN dk.unit = 'cdays' THEN ${wall} - zw.offset_ms` : ""].filter((x) => x !== "");
  const ctes = [
    `clk AS (SELECT now_ms FROM ${name("slac_now")})`,
    `tk AS (SELECT ticket_id, opened_ms, tier, severity, channel FROM ${name("slac_input_tickets")})`,
    // Events after `now` have not happened yet.
    `${d.streamed("ev")} (SELECT e.ticket_id, e.type, e.at_ms, e.seq FROM ${name("slac_input_events")} e CROSS JOIN clk WHERE e.at_ms <= clk.now_ms)`,
    ...(eventStarts
      ? [
          `firsts AS (SELECT ticket_id, type, MIN(at_ms) AS first_ms, MAX(at_ms) AS last_ms FROM ev WHERE type IN (${[...new Set(metrics.map((m) => m.starts))].map(c.literal).join(", ")}) GROUP BY ticket_id, type)`,
        ]
      : []),
    // Each ticket and metric, with its clock start: the opening, or the first (latest) event that starts it.
    [
      `${d.streamed("tm")} (SELECT tk.ticket_id, tk.opened_ms, tk.tier, tk.severity, tk.channel, m.metric, m.metric_index,`,
      eventStarts ? `    CASE WHEN m.starts = 'opened' THEN tk.opened_ms WHEN m.starts_latest = 1 THEN f.last_ms ELSE f.first_ms END AS start_ms` : `    tk.opened_ms AS start_ms`,
      `  FROM tk CROSS JOIN (SELECT metric, metric_index, starts, starts_latest FROM ${name("slac_metrics")} WHERE policy = ${policy}) m`,
      ...(eventStarts ? [`  LEFT JOIN firsts f ON f.ticket_id = tk.ticket_id AND f.type = m.starts`] : []),
    ].join("\n") + ")",
    // The event that meets the metric: the first of its types at or after the clock start.
    [
      `closes AS (SELECT tm.ticket_id, tm.metric, MIN(ev.at_ms) AS close_ms`,
      `  FROM tm JOIN ${name("slac_metric_stops")} s ON s.policy = ${policy} AND s.metric = tm.metric`,
      `  JOIN ev ON ev.ticket_id = tm.ticket_id AND ev.type = s.type`,
      `  WHERE ev.at_ms >= tm.start_ms GROUP BY tm.ticket_id, tm.metric)`,
    ].join("\n"),
    // Pauses: the state after each paused/resumed event is the last one's; a pause still open lasts until now.
    `pe AS (SELECT ticket_id, type, at_ms, seq, LAG(type) OVER (PARTITION BY ticket_id ORDER BY at_ms, seq NULLS LAST) AS prev FROM ev WHERE type IN ('paused', 'resumed'))`,
    [
      `pt AS (SELECT ticket_id, type, at_ms, LEAD(at_ms) OVER (PARTITION BY ticket_id ORDER BY at_ms, seq NULLS LAST) AS next_ms FROM pe`,
      `  WHERE (type = 'paused' AND (prev IS NULL OR prev = 'resumed')) OR (type = 'resumed' AND prev = 'paused'))`,
    ].join("\n"),
    `pz AS (SELECT pt.ticket_id, pt.at_ms AS from_ms, COALESCE(pt.next_ms, clk.now_ms) AS to_ms FROM pt CROSS JOIN clk WHERE pt.type = 'paused' AND COALESCE(pt.next_ms, clk.now_ms) > pt.at_ms)`,
    `paused_now AS (SELECT ticket_id, 1 AS paused FROM pt WHERE type = 'paused' AND next_ms IS NULL)`,
    // A ticket whose severity changed during its life is not followed by the SQL: it is marked `changed`, without a due.
    `changed AS (SELECT DISTINCT ticket_id, 1 AS changed FROM ev WHERE type = 'reclassified')`,
    // The target row; in hours or `otherwise` as the hours calendar is open at the clock start.
    [
      `tr AS (SELECT tm.*, CASE WHEN ch.changed = 1 THEN 'changed' ELSE g.target END AS target, g.applied_severity, g.rule, g.hours_calendar, g.in_unit, g.in_amount, g.in_calendar, g.in_strict,`,
      `    g.out_unit, g.out_amount, g.out_calendar, g.out_strict`,
      `  FROM tm LEFT JOIN changed ch ON ch.ticket_id = tm.ticket_id`,
      `  LEFT JOIN ${name("slac_targets")} g ON g.policy = ${policy} AND g.metric = ${when("ch.changed IS NULL", "tm.metric")} AND g.tier = tm.tier AND g.severity = tm.severity AND g.channel = tm.channel)`,
    ].join("\n"),
    otherwise
      ? [
          `sd AS (SELECT tr.*, CASE WHEN tr.out_unit IS NULL OR tr.hours_calendar IS NULL THEN 1 WHEN hc.open_start IS NULL THEN NULL`,
          `    WHEN tr.start_ms >= hc.open_start THEN 1 ELSE 0 END AS in_hours`,
          `  FROM tr ${cover("hc", "tr.hours_calendar", "tr.start_ms", "tr.out_unit IS NOT NULL")})`,
        ].join("\n")
      : `sd AS (SELECT tr.*, 1 AS in_hours FROM tr)`,
    [
      `dl AS (SELECT sd.*,`,
      `    CASE WHEN in_hours = 1 THEN in_unit WHEN in_hours = 0 THEN out_unit END AS unit,`,
      `    CASE WHEN in_hours = 1 THEN in_amount WHEN in_hours = 0 THEN out_amount END AS amount,`,
      `    CASE WHEN start_ms IS NULL OR in_hours = 1 THEN in_calendar WHEN in_hours = 0 THEN out_calendar ELSE COALESCE(hours_calendar, in_calendar) END AS calendar,`,
      `    CASE WHEN in_hours = 1 THEN in_strict WHEN in_hours = 0 THEN out_strict END AS is_strict`,
      `  FROM sd)`,
    ].join("\n"),
    // Calendar days count elapsed time once their due is found: their open time is that of 24x7.
    [
      `dk AS (SELECT dl.*, CASE WHEN dl.unit = 'cdays' THEN '24x7' ELSE dl.calendar END AS clock`,
      `  FROM dl)`,
    ].join("\n"),
    // Open time before the clock start; for business days, the end of the n-th business day after the ticket's local date.
    [
      `ck0 AS (SELECT dk.*, ${openBefore("oc", "dk.start_ms")} AS ob_start,`,
      `    ${dayDue.length === 0 ? `CAST(NULL AS ${d.bigint})` : `CASE ${dayDue.join(" ")} END`} AS day_due`,
      `  FROM dk ${cover("oc", "dk.clock", "dk.start_ms", "dk.unit IN ('ms', 'bdays', 'cdays')")}`,
      ...(bdays
        ? [
            `  LEFT JOIN ${name("slac_day_cover")} dc ON dc.policy = ${policy} AND dc.calendar = ${when("dk.unit = 'bdays'", "dk.calendar")} AND dc.bucket = ${bucket("dk.start_ms")} AND dc.cover_from <= dk.start_ms AND dk.start_ms < dc.cover_to`,
            `  LEFT JOIN ${name("slac_business_days")} bd ON bd.policy = ${policy} AND bd.calendar = dk.calendar AND bd.business_count = dc.business_count + dk.amount`,
          ]
        : []),
      // The same wall time n dates later, read like a window bound.
      ...(cdays
        ? [
            `  LEFT JOIN ${name("slac_zone_offsets")} zo ON zo.policy = ${policy} AND zo.calendar = ${when("dk.unit = 'cdays'", "dk.calendar")} AND zo.bucket = ${bucket("dk.start_ms")} AND zo.seg_from <= dk.start_ms AND dk.start_ms < zo.seg_to`,
            `  LEFT JOIN ${name("slac_zone_walls")} zw ON zw.policy = ${policy} AND zw.calendar = dk.calendar AND zw.bucket = ${bucket(wall)} AND zw.wall_from <= ${wall} AND ${wall} < zw.wall_to`,
          ]
        : []),
    ].join("\n") + ")",
    // When the clock closed (the meeting event), and the end of the time it has used: that event, else now.
    [
      `ckc AS (SELECT ck0.*, cl.close_ms,`,
      `    CASE WHEN COALESCE(cl.close_ms, clk.now_ms) > ck0.start_ms THEN COALESCE(cl.close_ms, clk.now_ms) ELSE ck0.start_ms END AS end_ms`,
      `  FROM ck0 CROSS JOIN clk LEFT JOIN closes cl ON cl.ticket_id = ck0.ticket_id AND cl.metric = ck0.metric)`,
    ].join("\n"),
    // The amount as open time: business days (when pauses overlap them) become the open time to their end.
    [
      bdays || cdays
        ? `ck AS (SELECT ckc.*, CASE WHEN ckc.unit = 'ms' THEN ckc.amount WHEN ckc.unit IN ('bdays', 'cdays') THEN ${openBefore("dd", "ckc.day_due")} - ckc.ob_start END AS amount_ms\n  FROM ckc ${cover("dd", "ckc.clock", "ckc.day_due", "ckc.unit IN ('bdays', 'cdays')")})`
        : `ck AS (SELECT ckc.*, CASE WHEN ckc.unit = 'ms' THEN ckc.amount END AS amount_ms FROM ckc)`,
    ].join("\n"),
    // The open time used is counted on the deadline's calendar (for calendar days too, whose due is elapsed time).
    cdays
      ? [
          `${d.streamed("ce")} (SELECT ck.*, ${openBefore("oe", "ck.end_ms")} AS ob_end,`,
          `    CASE WHEN ck.unit = 'cdays' THEN ${openBefore("ou", "ck.start_ms")} ELSE ck.ob_start END AS ob_ustart`,
          `  FROM ck ${cover("oe", "ck.calendar", "ck.end_ms", "ck.ob_start IS NOT NULL")}`,
          `  ${cover("ou", "ck.calendar", "ck.start_ms", "ck.unit = 'cdays'")})`,
        ].join("\n")
      : `${d.streamed("ce")} (SELECT ck.*, ${openBefore("oe", "ck.end_ms")} AS ob_end, ck.ob_start AS ob_ustart FROM ck ${cover("oe", "ck.calendar", "ck.end_ms", "ck.ob_start IS NOT NULL")})`,
    // Each pause that ends after the clock start, clipped to it, with the open time before its ends.
    [
      `pm AS (SELECT ce.ticket_id, ce.metric, ce.ob_start, ce.amount_ms, ce.day_due, ce.end_ms, ce.ob_end, ce.unit, ce.calendar,`,
      `    CASE WHEN pz.from_ms > ce.start_ms THEN pz.from_ms ELSE ce.start_ms END AS pf, pz.to_ms AS pto, ce.clock`,
      `  FROM ce JOIN pz ON pz.ticket_id = ce.ticket_id AND pz.to_ms > ce.start_ms WHERE ce.ob_start IS NOT NULL)`,
    ].join("\n"),
    [
      `pmo AS (SELECT pm.*, ${openBefore("pa", "pm.pf")} AS ob_pf, ${openBefore("pb", "pm.pto")} AS ob_pt,`,
      cdays
        ? `    CASE WHEN pm.unit = 'cdays' THEN ${openBefore("pc1", "pm.pf")} ELSE ${openBefore("pa", "pm.pf")} END AS u_pf, CASE WHEN pm.unit = 'cdays' THEN ${openBefore("pc2", "pm.pto")} ELSE ${openBefore("pb", "pm.pto")} END AS u_pt`
        : `    ${openBefore("pa", "pm.pf")} AS u_pf, ${openBefore("pb", "pm.pto")} AS u_pt`,
      `  FROM pm ${cover("pa", "pm.clock", "pm.pf")}`,
      `  ${cover("pb", "pm.clock", "pm.pto")}`,
      ...(cdays ? [`  ${cover("pc1", "pm.calendar", "pm.pf", "pm.unit = 'cdays'")}`, `  ${cover("pc2", "pm.calendar", "pm.pto", "pm.unit = 'cdays'")}`] : []),
    ].join("\n") + ")",
    [
      `pc AS (SELECT pmo.*, COALESCE(CAST(SUM(ob_pt - ob_pf) OVER (PARTITION BY ticket_id, metric ORDER BY pf ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ${d.bigint}), 0) AS c_before`,
      `  FROM pmo)`,
    ].join("\n"),
    // The open time paused before the due: that of the pauses before the first one that starts after the amount is reached.
    [
      `pg AS (SELECT ticket_id, metric,`,
      `    SUM(CASE WHEN ob_pf IS NULL OR ob_pt IS NULL THEN 1 ELSE 0 END) AS lost,`,
      `    SUM(CASE WHEN pf < day_due THEN 1 ELSE 0 END) AS day_overlap,`,
      `    MIN(CASE WHEN ob_pf - ob_start - c_before >= amount_ms THEN c_before END) AS c_due,`,
      `    CAST(SUM(ob_pt - ob_pf) AS ${d.bigint}) AS c_total,`,
      `    CAST(SUM(CASE WHEN pto <= end_ms THEN u_pt - u_pf WHEN pf < end_ms THEN ob_end - u_pf ELSE 0 END) AS ${d.bigint}) AS c_used`,
      `  FROM pc GROUP BY ticket_id, metric)`,
    ].join("\n"),
    [
      `dt AS (SELECT ce.*, pn.paused AS paused_now, pg.c_used,`,
      `    CASE WHEN ce.unit IS NULL OR ce.unit = 'unknown' OR ce.start_ms IS NULL OR ce.ob_start IS NULL THEN NULL`,
      `      WHEN COALESCE(pg.lost, 0) > 0 THEN NULL`,
      `      WHEN ce.unit IN ('bdays', 'cdays') AND COALESCE(pg.day_overlap, 0) = 0 THEN -1`,
      `      WHEN ce.amount_ms IS NULL THEN NULL`,
      `      WHEN ce.amount_ms = 0 THEN -2`,
      `      ELSE ce.ob_start + COALESCE(pg.c_due, pg.c_total, 0) + ce.amount_ms END AS due_open`,
      `  FROM ce LEFT JOIN pg ON pg.ticket_id = ce.ticket_id AND pg.metric = ce.metric`,
      `  LEFT JOIN paused_now pn ON pn.ticket_id = ce.ticket_id)`,
    ].join("\n"),
    // The due: where the open time reaches the target (the inverse lookup), or a business day's end, or the start.
    [
      `du AS (SELECT dt.*, CASE WHEN dt.due_open = -1 THEN dt.day_due WHEN dt.due_open = -2 THEN dt.start_ms`,
      `    ELSE fl.open_start + (dt.due_open - fl.open_before) END AS due_ms`,
      `  FROM dt LEFT JOIN ${name("slac_open_fill")} fl ON fl.policy = ${policy} AND fl.calendar = ${when("dt.due_open > 0", "dt.clock")}`,
      `    AND fl.bucket = ${d.div("dt.due_open - 1", day)} AND fl.fill_from < dt.due_open AND dt.due_open <= fl.fill_to)`,
    ].join("\n"),
  ];
  const status = [
    `CASE WHEN du.due_ms IS NULL THEN NULL`,
    `    WHEN du.close_ms IS NOT NULL THEN CASE WHEN (du.is_strict = 1 AND du.close_ms < du.due_ms) OR (du.is_strict = 0 AND du.close_ms <= du.due_ms) THEN 'met' ELSE 'breached' END`,
    `    WHEN (du.is_strict = 1 AND clk.now_ms >= du.due_ms) OR (du.is_strict = 0 AND clk.now_ms > du.due_ms) THEN 'breached'`,
    `    WHEN du.paused_now = 1 THEN 'paused' ELSE 'running' END`,
  ].join("\n");
  const opened = d.timestampOfMs("du.opened_ms");
  const used = `CASE WHEN du.ob_end IS NULL OR du.ob_ustart IS NULL OR du.unit IS NULL OR du.unit = 'unknown' THEN NULL ELSE ${d.castDouble(`du.ob_end - du.ob_ustart - COALESCE(du.c_used, 0)`)} / ${MINUTE_MS} END`;
  return [
    `CREATE OR REPLACE VIEW ${name("slac_ticket_metrics")} AS`,
    `WITH ${ctes.join(",\n")}`,
    `SELECT ${policy} AS policy, du.ticket_id, du.metric, ${opened} AS opened_at,`,
    `  NULLIF(du.tier, '-') AS tier, NULLIF(du.severity, '-') AS severity, du.applied_severity, du.rule, du.calendar,`,
    `  ${ts("du.start_ms")} AS clock_start,`,
    `  CASE WHEN du.due_ms IS NULL THEN NULL ELSE ${d.timestampOfMs("du.due_ms")} END AS due, du.due_ms,`,
    `  ${ts("du.close_ms")} AS met_at,`,
    `  ${status} AS status,`,
    `  du.target,`,
    `  ${used} AS open_minutes_used,`,
    `  ${d.month(opened)} AS period_month,`,
    `  ${d.quarter(opened)} AS period_quarter`,
    `FROM du CROSS JOIN clk`,
  ].join("\n");
}
