/**
 * The page's targets and what they measure: one table per metric (per channel when the
 * channels' targets differ), and each metric's definition — the event that starts its
 * clock, what holds it, the event that meets it and the hours it counts — read from the
 * bundle's metrics and resolved target rows. Words from the catalog, values by `phrasing.ts`.
 */
import type { Bundle, Deadline, EventType, Metric, TargetRow } from "../contract/bundle.js";
import { statedTarget } from "../contract/targets.js";
import { ALWAYS, ANY, BUILTIN_METRICS, METRIC_STARTS, TICKET_EVENTS } from "../contract/vocabulary.js";
import type { Messages } from "./messages.js";
import { type Block, type Inline, type Section, bullets, paragraph, section, text } from "./model.js";
import { type CalendarNamer, deadlinePhrase, targetPhrase } from "./phrasing.js";

/** How the page names the bundle's things, shared with the rest of the page. */
export interface Names {
  readonly calendar: CalendarNamer;
  readonly tier: (id: string) => string;
  readonly severity: (id: string) => string;
  readonly channel: (id: string) => string;
  readonly attribute: (id: string) => string;
  readonly attributeValue: (attribute: string, value: string) => string;
  /** The calendar `business` means on a tier's rows; null when the policy has none. */
  readonly businessCalendarOf: (tier: string) => string | null;
}

/** A table of targets, and the row dimensions of a table that splits by hours (for the section's introduction). */
interface Table {
  readonly block: Block;
  /** Set when the table has a column for during and one for outside the calendar `hours`. */
  readonly split: { readonly hours: string; readonly rowsBy: readonly ("tier" | "severity")[] } | null;
}

/** The deadlines of a row's stated target, its `otherwise` included; none for `none`, uncovered or `unknown`. */
function deadlinesOf(r: TargetRow): Deadline[] {
  const t = statedTarget(r.target);
  return t === null ? [] : t.otherwise === null ? [t.deadline] : [t.deadline, t.otherwise];
}

/** The calendar whose hours split a row's target into inside and outside, as a list of none or one. */
function splitHours(r: TargetRow): string[] {
  const t = statedTarget(r.target);
  return t?.otherwise != null && t.hoursCalendar !== null ? [t.hoursCalendar] : [];
}

const key = (r: TargetRow): string => `${r.tier}\u0000${r.severity}`;


/** Reads a bundle's metrics and target rows into the sections "Targets" and "What the targets measure". */
export class TargetReader {
  private readonly tiers: readonly string[];
  private readonly severities: readonly string[];

  constructor(
    private readonly b: Bundle,
    private readonly m: Messages,
    private readonly names: Names,
  ) {
    this.tiers = b.tiers.length > 0 ? b.tiers.map((t) => t.id) : [ANY];
    this.severities = b.severities.length > 0 ? b.severities.map((s) => s.id) : [ANY];
  }

  private cell(row: TargetRow): string {
    const phrase = targetPhrase(this.m, row.target, row.rule !== null, this.names.businessCalendarOf(row.tier), this.names.calendar);
    return row.appliedSeverity === row.severity || row.appliedSeverity === ANY
      ? phrase
      : this.m.appliedSeverity(phrase, this.names.severity(row.appliedSeverity));
  }

  /** A row's two cells in a table split by hours: the deadline inside the hours, and outside them (the same when the target does not split). */
  private splitCells(row: TargetRow): [string, string] {
    const t = statedTarget(row.target);
    if (t === null) {
      const phrase = targetPhrase(this.m, row.target, row.rule !== null, null, this.names.calendar);
      return [phrase, phrase];
    }
    const business = this.names.businessCalendarOf(row.tier);
    const inside = deadlinePhrase(this.m, t.deadline, business, this.names.calendar);
    return [inside, t.otherwise === null ? inside : deadlinePhrase(this.m, t.otherwise, business, this.names.calendar)];
  }

  /**
   * Tiers whose rows read alike share one row (or one set of rows), so that a promise the
   * plans share reads once; `cells` gives a tier's cells for one severity's row.
   */
  private tierGroups<C>(rows: readonly TargetRow[], cells: (row: TargetRow, severity: string) => C): { tiers: string[]; cells: (C | undefined)[] }[] {
    const groups = new Map<string, { tiers: string[]; cells: (C | undefined)[] }>();
    for (const tier of this.tiers) {
      const found = this.severities.map((s) => rows.find((r) => r.tier === tier && r.severity === s));
      if (found.every((c) => c === undefined)) continue;
      const row = found.map((r, i) => (r === undefined ? undefined : cells(r, this.severities[i]!)));
      const groupKey = JSON.stringify(row);
      const group = groups.get(groupKey);
      if (group === undefined) groups.set(groupKey, { tiers: [tier], cells: row });
      else group.tiers.push(tier);
    }
    return [...groups.values()];
  }

  private tierLabel(shared: readonly string[]): string {
    // Every plan: all the base tiers (an add-on is no plan of its own).
    const base = this.tiers.filter((t) => !this.b.tiers.some((x) => x.id === t && x.addon));
    const everyTier = shared.length === base.length && shared.every((t) => base.includes(t)) && (base.length > 1 || base[0] === ANY);
    return everyTier ? this.m.allTiers : this.m.list(shared.map(this.names.tier));
  }

  /** Plans as rows, severities as columns. */
  private table(caption: string, rows: readonly TargetRow[]): Table | null {
    const columns = this.b.severities.length > 0 ? this.b.severities.map((s) => s.title ?? s.id) : [this.m.targetColumn];
    // Without tiers there is one row, for everyone: it needs no label column.
    const labelled = this.b.tiers.length > 0;
    const header = labelled ? [this.m.tierColumn, ...columns] : columns;
    const body = this.tierGroups(rows, (r) => this.cell(r)).map(({ tiers, cells }) => {
      // An add-on sets only some cells; in the others the plan's own target stands.
      const addon = tiers.every((t) => this.b.tiers.some((x) => x.id === t && x.addon));
      const line = cells.map((c) => c ?? (addon ? this.m.addonKeepsPlan : this.m.notStated));
      return labelled ? [this.tierLabel(tiers), ...line] : line;
    });
    if (body.length === 0) return null;
    return { block: { kind: "table", caption, header, rows: body, headerColumns: labelled ? 1 : 0 }, split: null };
  }

  /**
   * Targets that differ by whether the clock starts inside or outside one calendar's hours:
   * severities as rows, and a column for each side of the hours, as support pages print them.
   * Plans get a column of their own only when they differ; one group of plans is named in
   * the caption instead (unless it is every plan).
   */
  private splitTable(caption: string, rows: readonly TargetRow[], hours: string): Table | null {
    const groups = this.tierGroups(rows, (r, severity) => {
      const name = this.names.severity(severity);
      const label = r.appliedSeverity === r.severity || r.appliedSeverity === ANY ? name : this.m.appliedSeverity(name, this.names.severity(r.appliedSeverity));
      return { label, cells: this.splitCells(r) };
    });
    if (groups.length === 0) return null;
    const byTier = this.b.tiers.length > 0 && groups.length > 1;
    const bySeverity = this.b.severities.length > 0;
    const calendar = this.names.calendar(hours);
    const header = [
      ...(byTier ? [this.m.tierColumn] : []),
      ...(bySeverity ? [this.m.severityColumn] : []),
      this.m.duringHours(calendar),
      this.m.outsideHours(calendar),
    ];
    const body = groups.flatMap(({ tiers, cells }) =>
      cells.flatMap((c) => (c === undefined ? [] : [[...(byTier ? [this.tierLabel(tiers)] : []), ...(bySeverity ? [c.label] : []), ...c.cells]])),
    );
    const only = groups[0]!.tiers;
    // An add-on's table says so in its caption already.
    const addonOnly = only.every((t) => this.b.tiers.some((x) => x.id === t && x.addon));
    const named =
      this.b.tiers.length > 0 && !byTier && !addonOnly && this.tierLabel(only) !== this.m.allTiers ? this.m.tableForTiers(caption, this.tierLabel(only)) : caption;
    const rowsBy = [...(byTier ? (["tier"] as const) : []), ...(bySeverity ? (["severity"] as const) : [])];
    return { block: { kind: "table", caption: named, header, rows: body, headerColumns: rowsBy.length }, split: { hours, rowsBy } };
  }

  /** A table split by hours when its targets differ only by one calendar's inside and outside; else plans by severities. */
  private tableOf(caption: string, rows: readonly TargetRow[]): Table | null {
    const hours = new Set(rows.flatMap((r) => (splitHours(r))));
    return hours.size === 1 ? this.splitTable(caption, rows, [...hours][0]!) : this.table(caption, rows);
  }

  /**
   * A metric's tables: one set per combination of the attribute values its targets depend on,
   * and per add-on, each captioned with what it is for ("First response — Language: Japanese").
   */
  private metricTables(metric: Metric): Table[] {
    const addons = new Set(this.b.tiers.filter((t) => t.addon).map((t) => t.id));
    const segments = new Map<string, { qualifiers: string[]; rows: TargetRow[] }>();
    for (const r of this.b.targets) {
      if (r.metric !== metric.id) continue;
      const addon = addons.has(r.tier) ? r.tier : null;
      const values = metric.attributes.map((a) => r.attributes[a] ?? "");
      const segmentKey = JSON.stringify([addon, values]);
      let segment = segments.get(segmentKey);
      if (segment === undefined) {
        const qualifiers = metric.attributes.map((a, i) => this.m.scopeAttribute(this.names.attribute(a), this.names.attributeValue(a, values[i]!)));
        if (addon !== null) qualifiers.push(this.m.withAddon(this.names.tier(addon)));
        segment = { qualifiers, rows: [] };
        segments.set(segmentKey, segment);
      }
      segment.rows.push(r);
    }
    return [...segments.values()].flatMap(({ qualifiers, rows }) =>
      this.segmentTables(qualifiers.length === 0 ? metric.title : this.m.qualified(metric.title, qualifiers), rows),
    );
  }

  /** The tables of one segment of a metric's rows: one table, or one per channel when the channels' targets differ. */
  private segmentTables(title: string, rows: readonly TargetRow[]): Table[] {
    const metric = { title };
    const channels = [...new Set(rows.map((r) => r.channel))];
    const byCell = new Map<string, Set<string>>();
    for (const r of rows) byCell.set(key(r), (byCell.get(key(r)) ?? new Set()).add(this.cell(r)));
    const uniform = [...byCell.values()].every((phrases) => phrases.size === 1);
    const tables = uniform
      ? [this.tableOf(metric.title, channels.flatMap((c) => rows.filter((r) => r.channel === c)).filter((r, i, all) => all.findIndex((x) => key(x) === key(r)) === i))]
      : channels.map((c) => this.tableOf(this.m.metricOnChannel(metric.title, this.names.channel(c)), rows.filter((r) => r.channel === c)));
    return tables.filter((t): t is Table => t !== null);
  }

  /** What a table's words mean, for the section's introduction: which dimension is a row or a column, and the day-based units. */
  private legend(tables: readonly Table[]): { intro: Block[]; items: string[] } {
    const intro: string[] = [];
    if (tables.some((t) => t.split === null)) {
      if (this.b.tiers.length > 0) intro.push(this.m.targetsIntro);
      else if (this.b.severities.length > 0) intro.push(this.m.targetsIntroNoTiers);
    }
    const split = tables.flatMap((t) => (t.split === null ? [] : [t.split]));
    if (split.length > 0) {
      const rowsBy = (["tier", "severity"] as const).filter((d) => split.some((s) => s.rowsBy.includes(d)));
      const hours = [...new Set(split.map((s) => s.hours))].map(this.names.calendar);
      const hoursNames = this.m.alternatives(hours);
      intro.push(intro.length > 0 ? this.m.targetsIntroSplitToo(rowsBy, hoursNames) : this.m.targetsIntroSplit(rowsBy, hoursNames));
    }
    const cells = tables.flatMap(({ block: b }) => (b.kind === "table" ? b.rows.flatMap((r) => r.slice(b.headerColumns)) : []));
    const deadlines = this.b.targets.flatMap((r) => deadlinesOf(r));
    const openTimeDays = (calendar: string) => this.b.calendars.find((c) => c.id === calendar)?.businessDayMinutes != null;
    const items: string[] = [];
    if (cells.some((c) => c.startsWith(this.m.none))) items.push(this.m.noneLegend);
    if (cells.some((c) => c.startsWith(this.m.notStated))) items.push(this.m.notStatedLegend);
    if (deadlines.some((d) => d.amount.unit === "next_business_day")) items.push(this.m.nextBusinessDayLegend);
    if (deadlines.some((d) => d.amount.unit === "business_days" && !openTimeDays(d.calendar))) items.push(this.m.businessDaysLegend);
    if (deadlines.some((d) => d.amount.unit === "business_days" && openTimeDays(d.calendar))) items.push(this.m.businessDaysOpenTimeLegend);
    if (deadlines.some((d) => d.amount.unit === "calendar_days")) items.push(this.m.calendarDaysLegend);
    return { intro: intro.length === 0 ? [] : [paragraph(intro.join(" "))], items };
  }

  /** The assumptions and notes of the rules that decide a metric's targets, in source order. */
  private ruleNoteBlocks(metric: Metric): Block[] {
    const rules = new Set(this.b.targets.filter((r) => r.metric === metric.id && r.rule !== null).map((r) => r.rule));
    const items = this.b.ruleNotes
      .filter((n) => rules.has(n.rule))
      .flatMap((n) => [...(n.assumption === null ? [] : [this.m.assumed(n.assumption)]), ...n.notes.map((x) => (x.title === null ? x.text : `${this.m.runIn(x.title)} ${x.text}`))]);
    return items.length === 0 ? [] : [bullets(items)];
  }

  /** "Targets": a subsection per metric with its tables, after an introduction to reading them. */
  targets(): Section | null {
    if (this.b.metrics.length === 0) return null;
    const perMetric = this.b.metrics.map((metric) => ({ metric, tables: this.metricTables(metric) }));
    const { intro, items } = this.legend(perMetric.flatMap((x) => x.tables));
    const sections = perMetric.map(({ metric, tables }) =>
      section(`targets-${metric.id}`, metric.title, [...tables.map((t) => t.block), ...this.ruleNoteBlocks(metric)]),
    );
    return section("targets", this.m.sectionTargets, [...intro, ...(items.length > 0 ? [bullets(items)] : [])], sections);
  }

  /**
   * The hours a metric counts: around the clock; one calendar; or, when the calendar is the
   * plan's own business hours and the plans' differ, each plan's. Targets on `24x7` beside
   * a calendar are said as an exception ("or around the clock where a target says 24/7").
   */
  private hoursSentence(rows: readonly TargetRow[]): string | null {
    const clocks = new Set(rows.flatMap((r) => (deadlinesOf(r).map((d) => d.calendar))));
    if (clocks.size === 0) return null;
    const always = clocks.delete(ALWAYS);
    if (clocks.size === 0) return this.m.metricRunsAlways;
    // Per plan when every calendar target is on its plan's business hours, and those differ.
    const perTier = new Map<string, string[]>();
    let onBusiness = true;
    for (const r of rows) {
      const business = this.names.businessCalendarOf(r.tier);
      for (const clock of deadlinesOf(r).map((d) => d.calendar)) {
        if (clock === ALWAYS) continue;
        if (clock !== business) onBusiness = false;
        const tiers = perTier.get(clock) ?? [];
        if (!tiers.includes(r.tier)) perTier.set(clock, [...tiers, r.tier]);
      }
    }
    if (onBusiness && clocks.size > 1 && this.b.tiers.length > 0) {
      const each = [...perTier].map(([calendar, tiers]) => ({ calendar: this.names.calendar(calendar), tiers: this.m.list(tiers.map(this.names.tier)) }));
      return this.m.metricRunsPerTier(each, always);
    }
    return this.m.metricRunsOn(this.m.alternatives([...clocks].map(this.names.calendar)), clocks.size > 1, always);
  }

  /** "What the targets measure": each metric's definition, as a run-in heading and its sentences. */
  metrics(): Section | null {
    if (this.b.metrics.length === 0) return null;
    const changes = this.changes();
    const items = this.b.metrics.map((metric): Inline[] => {
      const rows = this.b.targets.filter((r) => r.metric === metric.id);
      const builtin = metric.builtin ? BUILTIN_METRICS.find((x) => x.id === metric.id) : undefined;
      const stop = builtin === undefined ? this.m.metricStopCustom(metric.title) : this.m.metricStop(builtin.id);
      const sentences = [this.m.metricClock(this.startPhrase(metric), stop), this.m.metricPauses];
      const { repeats } = metric;
      if (repeats !== null) {
        const until = this.eventClause(repeats.until);
        sentences.push(repeats.after === metric.id ? this.m.metricRepeatsSelf(metric.title, until) : this.m.metricRepeatsAfter(this.eventClause(repeats.after), until));
      }
      const hours = this.hoursSentence(rows);
      if (hours !== null) sentences.push(hours);
      const inside = [...new Set(rows.flatMap((r) => (splitHours(r))))];
      if (inside.length > 0) sentences.push(this.m.metricInsideOutside(this.m.alternatives(inside.map(this.names.calendar))));
      if (changes.perMetric && changes.details !== undefined) sentences.push(this.m.metricChange(changes.details, metric.onChange === "restart", false));
      if (metric.assumption !== null) sentences.push(this.m.runIn(this.m.assumed(metric.assumption)));
      for (const n of metric.notes) sentences.push(this.m.runIn(n.title === null ? n.text : `${this.m.runIn(n.title)} ${n.text}`));
      // The declared events it starts, repeats or ends at, with what the author assumed or noted of them.
      for (const event of this.eventsOf(metric)) {
        const name = event.title ?? event.id;
        if (event.assumption !== null) sentences.push(`${this.m.runIn(name)} ${this.m.runIn(this.m.assumed(event.assumption))}`);
        for (const n of event.notes) sentences.push(`${this.m.runIn(name)} ${this.m.runIn(n.title === null ? n.text : `${this.m.runIn(n.title)} ${n.text}`)}`);
      }
      return [{ kind: "strong", text: this.m.runIn(metric.title) }, text(` ${sentences.join(" ")}`)];
    });
    const after: Block[] = changes.perMetric || changes.details === undefined ? [] : [paragraph(this.m.metricChange(changes.details, this.b.metrics[0]!.onChange === "restart", true))];
    return section("metrics", this.m.sectionMetrics, [{ kind: "list", items }, ...after]);
  }

  /**
   * What the page says of changes during a ticket: nothing when a ticket's targets cannot
   * change (one severity or none, and no attributes: `details` undefined); once after the
   * list when every metric treats them alike; else in each metric's definition.
   */
  private changes(): { readonly details: readonly string[] | undefined; readonly perMetric: boolean } {
    const { severities, attributes, metrics } = this.b;
    if (severities.length < 2 && attributes.length === 0) return { details: undefined, perMetric: false };
    return { details: attributes.map((a) => this.names.attribute(a.id)), perMetric: new Set(metrics.map((m) => m.onChange)).size > 1 };
  }

  /** The event that starts a metric's clock, as a phrase after "starts". */
  private startPhrase(metric: Metric): string {
    const start = METRIC_STARTS.find((s) => s === metric.starts);
    if (start !== undefined) return this.m.metricStart(start, metric.repeats !== null);
    const declared = this.b.events.find((e) => e.id === metric.starts);
    return this.m.declaredEvent(declared?.title ?? metric.starts);
  }

  /** A ticket event, a declared event or a met metric, as a clause after "each time" or "until". */
  private eventClause(id: string): string {
    const builtin = TICKET_EVENTS.find((e) => e === id);
    if (builtin !== undefined) return this.m.eventClause(builtin);
    const declared = this.b.events.find((e) => e.id === id);
    if (declared !== undefined) return this.m.declaredEventClause(declared.title ?? declared.id);
    return this.m.metricMetClause(this.b.metrics.find((m) => m.id === id)?.title ?? id);
  }

  /** The declared events a metric starts, repeats or ends at, in the bundle's order. */
  private eventsOf(metric: Metric): EventType[] {
    const named = new Set([metric.starts, metric.repeats?.after, metric.repeats?.until]);
    return this.b.events.filter((e) => named.has(e.id));
  }
}
