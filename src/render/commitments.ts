/**
 * The page's commitments: each uptime commitment (what it covers, its objective, what
 * counts as downtime, the downtime its objective allows in 30- and 31-day months, its
 * credits with their cap and claim window), and the support-response credits in plain
 * words, with the fiscal quarters they count. Words from the catalog, values by `phrasing.ts`.
 */
import type { Bundle, FiscalYear, Note, ResponseCredit, Uptime } from "../contract/bundle.js";
import { DEFAULT_UPTIME_ID } from "../contract/vocabulary.js";
import type { Messages } from "./messages.js";
import { type Block, type Section, bullets, paragraph, section } from "./model.js";
import { allowedDowntime } from "./phrasing.js";
import type { Names } from "./targets.js";

/** Reads a bundle's uptime commitments and response credits into the sections "Uptime" and "Support response credits". */
export class CommitmentReader {
  constructor(
    private readonly b: Bundle,
    private readonly m: Messages,
    private readonly names: Names,
    /** A declaration's assumption and notes as blocks. */
    private readonly provenance: (assumption: string | null, notes: readonly Note[]) => Block[],
  ) {}

  /** The uptime section: one commitment without an id or title as the section itself, else one subsection each. */
  uptime(): Section | null {
    const uptimes = this.b.uptimes;
    if (uptimes.length === 0) return null;
    const only = uptimes[0]!;
    if (uptimes.length === 1 && only.title === null && only.id === DEFAULT_UPTIME_ID) {
      return section("uptime", this.m.sectionUptime, this.commitment(only));
    }
    return section(
      "uptime",
      this.m.sectionUptime,
      [],
      uptimes.map((u) => section(`uptime-${u.id}`, u.title ?? u.id, this.commitment(u))),
    );
  }

  private commitment(u: Uptime): Block[] {
    const m = this.m;
    const blocks: Block[] = [];
    // Who it is for, when the policy has plans to tell apart.
    if (u.tiers.length > 0) blocks.push(paragraph(m.commitmentTiers(m.list(u.tiers.map(this.names.tier)))));
    else if (this.b.tiers.length > 0 && this.b.uptimes.length > 1) blocks.push(paragraph(m.commitmentEveryTier));
    blocks.push(paragraph(m.uptimeObjective(m.percent(u.objectivePercent), u.service)));
    if (u.notCovered.length > 0) blocks.push(paragraph(m.uptimeNotCovered(m.list(u.notCovered))));
    blocks.push(
      paragraph(
        [m.downtime(u.downtime.operator, m.percent(u.downtime.thresholdPercent)), m.errorRate(u.errors, u.validRequests), m.minimumPeriod(u.minimumPeriodMinutes)].join(
          " ",
        ),
      ),
      bullets([30, 31].map((days) => m.allowedDowntime(days, allowedDowntime(m, u.objectivePercent, days)))),
    );
    if (u.exclusions.length > 0) blocks.push(paragraph(`${m.uptimeExclusionsLabel}:`), bullets(u.exclusions));
    const { levels, capPercent, claimWindowDays } = u.credits;
    if (levels.length > 0) {
      blocks.push({
        kind: "table",
        caption: m.creditsCredit,
        header: [m.creditsBelow, m.creditsCredit],
        rows: levels.map((c) => [m.percent(c.belowPercent), m.percent(c.creditPercent)]),
        headerColumns: 1,
      });
    }
    const terms = [capPercent === null ? null : m.creditCap(m.percent(capPercent)), claimWindowDays === null ? null : m.claimAfterMonth(claimWindowDays)];
    const stated = terms.filter((t): t is string => t !== null);
    if (stated.length > 0) blocks.push(paragraph(stated.join(" ")));
    return [...blocks, ...this.provenance(u.assumption, u.notes)];
  }

  /** The support-response credits: the fiscal quarters they count, then each credit in a sentence. */
  responseCredits(): Section | null {
    const credits = this.b.responseCredits;
    if (credits.length === 0) return null;
    const m = this.m;
    const blocks: Block[] = [];
    const fiscal = this.b.fiscalYear;
    if (fiscal !== null) blocks.push(paragraph(m.fiscalQuarters(this.startOf(fiscal), fiscal.zone, this.quarters(fiscal))));
    blocks.push(paragraph(m.missedInQuarterDue));
    for (const credit of credits) blocks.push(...this.credit(credit));
    return section("response-credits", m.sectionResponseCredits, blocks);
  }

  private credit(c: ResponseCredit): Block[] {
    const m = this.m;
    const metric = this.b.metrics.find((x) => x.id === c.metric)?.title ?? c.metric;
    const tiers = c.tiers.length === 0 ? null : m.list(c.tiers.map(this.names.tier));
    const sentence = [m.responseCredit(metric, c.misses.operator, c.misses.count, m.percent(c.creditPercent), tiers)];
    if (c.claimWindowDays !== null) sentence.push(m.claimAfterQuarter(c.claimWindowDays));
    const text = sentence.join(" ");
    const lead = c.title === null ? paragraph(text) : paragraph({ kind: "strong", text: m.runIn(c.title) }, " ", text);
    return [lead, ...this.provenance(c.assumption, c.notes)];
  }

  /** "February 1". */
  private startOf(fiscal: FiscalYear): string {
    return this.m.monthDay(this.m.months[fiscal.startMonth - 1]!, fiscal.startDay);
  }

  /** Each quarter's span: months when quarters start on the 1st ("February – April"), else days ("February 6 – May 5"). */
  private quarters(fiscal: FiscalYear): string[] {
    const m = this.m;
    const month = (k: number) => m.months[(((fiscal.startMonth - 1 + k) % 12) + 12) % 12]!;
    return [0, 1, 2, 3].map((q) => {
      const first = 3 * q;
      if (fiscal.startDay === 1) return m.fiscalQuarter(q + 1, month(first), month(first + 2));
      // The day before the next quarter's first day: its month's day startDay − 1.
      return m.fiscalQuarter(q + 1, m.monthDay(month(first), fiscal.startDay), m.monthDay(month(first + 3), fiscal.startDay - 1));
    });
  }
}
