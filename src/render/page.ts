/**
 * A bundle read into a page model, in the order a reader looks for things: what the
 * policy covers (its own notes, plans, links), how to reach support, when it is open,
 * languages, severities, targets and what they measure (`targets.ts`), escalation,
 * maintenance, uptime commitments and support-response credits (`commitments.ts`),
 * exclusions. Every fact comes from the bundle and every word from the catalog; a section
 * the bundle has nothing for is left out rather than filled in.
 *
 * Where a note goes: a note on a part of the policy (a channel, a calendar, a team, a tier,
 * a severity, escalation, maintenance, uptime) is about that part and is read with it; a
 * note on the policy itself is about the policy as a whole, so it opens the page, in the
 * overview, in the policy's order — where a support page says what it covers.
 */
import type { Bundle, Calendar, Contact, Note, Scope } from "../contract/bundle.js";
import { ALWAYS } from "../contract/vocabulary.js";
import { contactUrl } from "./links.js";
import type { Messages } from "./messages.js";
import { type Block, type Inline, type Page, type Section, bullets, paragraph, section, text } from "./model.js";
import { closedPhrase, duration, fullDate, holidayNames, languageName, spanLine, windowGroups, zoneOffsets } from "./phrasing.js";
import { CommitmentReader } from "./commitments.js";
import { TargetReader } from "./targets.js";

interface Named {
  readonly id: string;
  readonly title: string | null;
}

const named = (x: Named): string => x.title ?? x.id;

/** Reads a bundle into the page model, with the words of catalog `m`. */
export function buildPage(bundle: Bundle, m: Messages): Page {
  const r = new Reader(bundle, m);
  const targets = new TargetReader(bundle, m, r.names);
  const commitments = new CommitmentReader(bundle, m, r.names, (assumption, notes) => r.provenance(assumption, notes));
  const sections = [
    r.overview(),
    r.contact(),
    r.hours(),
    r.teams(),
    r.languages(),
    r.attributes(),
    r.severities(),
    targets.targets(),
    targets.metrics(),
    r.escalation(),
    r.maintenance(),
    commitments.uptime(),
    commitments.responseCredits(),
    r.exclusions(),
  ].filter((s): s is Section => s !== null);
  return { policyId: bundle.policy.id, title: bundle.policy.title ?? bundle.policy.id, lang: m.locale, intro: r.intro(), sections };
}

class Reader {
  constructor(
    private readonly b: Bundle,
    private readonly m: Messages,
  ) {}

  private readonly calendarName = (id: string): string => {
    if (id === ALWAYS) return this.m.always;
    const calendar = this.b.calendars.find((c) => c.id === id);
    return calendar === undefined ? id : named(calendar);
  };

  private nameIn(list: readonly Named[], id: string): string {
    const found = list.find((x) => x.id === id);
    return found === undefined ? id : named(found);
  }

  /** How the page names the bundle's things, for the targets' reader. */
  readonly names = {
    calendar: this.calendarName,
    tier: (id: string) => this.nameIn(this.b.tiers, id),
    severity: (id: string) => this.nameIn(this.b.severities, id),
    channel: (id: string) => this.nameIn(this.b.channels, id),
    attribute: (id: string) => this.attributeName(id),
    attributeValue: (attribute: string, value: string) => this.attributeValue(attribute, value),
    businessCalendarOf: (tier: string): string | null => {
      const found = this.b.tiers.find((t) => t.id === tier);
      return found?.hours ?? this.b.policy.businessHours ?? (this.b.calendars.length === 1 ? this.b.calendars[0]!.id : null);
    },
  };

  /** A declaration's assumption (when the author assumed where the source is silent) and its notes (the commitments' reader uses it too). */
  provenance(assumption: string | null, notes: readonly Note[]): Block[] {
    return [...(assumption === null ? [] : [paragraph({ kind: "strong", text: this.m.assumed(assumption) })]), ...this.noteBlocks(notes)];
  }

  /** Notes as paragraphs, a titled one with its title as a run-in heading. */
  noteBlocks(notes: readonly Note[]): Block[] {
    return notes.map((n) => (n.title === null ? paragraph(n.text) : paragraph({ kind: "strong", text: this.m.runIn(n.title) }, " ", n.text)));
  }

  /** Contacts as a list; an address that is an email address links to it, so it reads as itself rather than escaped. */
  private contacts(contacts: readonly Contact[]): Block {
    return {
      kind: "list",
      items: contacts.map((k): Inline[] => {
        const line = this.m.contact(k.address, k.purpose);
        const url = contactUrl(k.address);
        if (url === null || !line.startsWith(k.address)) return [text(line)];
        return [{ kind: "link", text: k.address, url }, text(line.slice(k.address.length))];
      }),
    };
  }

  /** An attribute value as the page names it: its title, or for a language its name. */
  readonly attributeValue = (attribute: string, value: string): string => {
    const a = this.b.attributes.find((x) => x.id === attribute);
    if (a === undefined) return value;
    if (a.fromLanguages) return languageName(this.m, value);
    const v = a.values.find((x) => x.id === value);
    return v?.title ?? value;
  };

  readonly attributeName = (attribute: string): string => this.nameIn(this.b.attributes, attribute);

  /** Where an eligibility rule applies, in words: plans, channels and attribute values. */
  private scopeText(scope: Scope): string {
    const parts: string[] = [];
    if (scope.tiers.length > 0) parts.push(this.m.scopeTiers(this.m.list(scope.tiers.map((t) => this.nameIn(this.b.tiers, t)))));
    if (scope.channels.length > 0) parts.push(this.m.scopeChannels(this.m.alternatives(scope.channels.map((c) => this.nameIn(this.b.channels, c)))));
    for (const [attribute, values] of Object.entries(scope.attributes)) {
      parts.push(this.m.scopeAttribute(this.attributeName(attribute), this.m.alternatives(values.map((v) => this.attributeValue(attribute, v)))));
    }
    return this.m.list(parts);
  }

  attributes(): Section | null {
    if (this.b.attributes.length === 0) return null;
    return section(
      "attributes",
      this.m.sectionAttributes,
      [],
      this.b.attributes.map((a) => {
        const facts = [this.m.attributeValues(this.m.list(a.values.map((v) => this.attributeValue(a.id, v.id))))];
        facts.push(a.default === null ? this.m.attributeRequired : this.m.attributeDefault(this.attributeValue(a.id, a.default)));
        return section(`attribute-${a.id}`, named(a), [paragraph(facts.join(" ")), ...this.provenance(a.assumption, a.notes)]);
      }),
    );
  }

  intro(): Block[] {
    const { provider, updated } = this.b.policy;
    const lines: string[] = [];
    if (provider !== null) lines.push(this.m.provider(provider));
    if (updated !== null) lines.push(this.m.updated(updated));
    const { validFrom, validUntil, supersedes } = this.b.policy;
    if (validFrom !== null || validUntil !== null || supersedes !== null) {
      lines.push(this.m.validity(validFrom && fullDate(this.m, validFrom), validUntil && fullDate(this.m, validUntil), supersedes));
    }
    return lines.length === 0 ? [] : [paragraph(lines.join(" "))];
  }

  overview(): Section | null {
    const { links, notes } = this.b.policy;
    const sections: Section[] = [];
    if (this.b.tiers.length > 0) {
      sections.push(
        section(
          "tiers",
          this.m.sectionTiers,
          [],
          this.b.tiers.map((t) => {
            const blocks: Block[] = [];
            if (t.description !== null) blocks.push(paragraph(t.description));
            // With one calendar, "business hours" can mean only it; otherwise each tier says which.
            const hours = t.hours ?? (this.b.calendars.length > 1 ? this.b.policy.businessHours : null);
            const facts: string[] = [];
            if (hours !== null) facts.push(this.m.tierHours(this.calendarName(hours)));
            if (this.b.channels.length > 0) facts.push(this.m.tierChannels(this.m.list(t.channels.map((c) => this.nameIn(this.b.channels, c)))));
            if (t.addon) facts.push(this.m.tierAddon);
            if (facts.length > 0) blocks.push(paragraph(facts.join(" ")));
            return section(`tier-${t.id}`, named(t), [...blocks, ...this.provenance(t.assumption, t.notes)]);
          }),
        ),
      );
    }
    if (links.length > 0) {
      sections.push(
        section("links", this.m.sectionLinks, [{ kind: "list", items: links.map((l): Inline[] => [{ kind: "link", text: l.title, url: l.url }]) }]),
      );
    }
    const blocks = this.noteBlocks(notes);
    return blocks.length === 0 && sections.length === 0 ? null : section("overview", this.m.sectionOverview, blocks, sections);
  }

  contact(): Section | null {
    if (this.b.channels.length === 0) return null;
    return section(
      "contact",
      this.m.sectionContact,
      [],
      this.b.channels.map((c) => {
        const blocks: Block[] = [];
        if (c.contacts.length > 0) blocks.push(this.contacts(c.contacts));
        const facts: string[] = [];
        if (c.audience !== null) facts.push(this.m.channelAudience(c.audience));
        if (c.fixedSeverity !== null) facts.push(this.m.channelFixedSeverity(this.nameIn(this.b.severities, c.fixedSeverity)));
        if (c.defaultSeverity !== null) facts.push(this.m.channelDefaultSeverity(this.nameIn(this.b.severities, c.defaultSeverity)));
        if (facts.length > 0) blocks.push(paragraph(facts.join(" ")));
        return section(`channel-${c.id}`, named(c), [...blocks, ...this.provenance(c.assumption, c.notes)]);
      }),
    );
  }

  private calendar(c: Calendar): Section {
    const blocks: Block[] = [];
    if (c.assumption !== null) blocks.push(paragraph({ kind: "strong", text: this.m.assumption(c.assumption) }));
    for (const u of c.unknown) blocks.push(paragraph({ kind: "strong", text: this.m.unknownPart(u.part, u.reason) }));
    const hoursStated = !c.unknown.some((u) => u.part === "hours");
    const lines = windowGroups(this.m, c.windows);
    const spans = c.spans.map((span) => spanLine(this.m, span));
    if (c.ticketZone || c.zone === null) {
      // In the customer's own zone (the reader's: nothing to convert) or in an unstated one.
      if (c.ticketZone) blocks.push(paragraph(this.m.customerZone(c.zone, c.zone === null ? null : zoneOffsets(this.m, c.zone))));
      if (hoursStated) blocks.push(bullets([...lines.map((l) => l.text), ...spans]));
    } else {
      blocks.push(paragraph(this.m.calendarZone(c.zone, zoneOffsets(this.m, c.zone))));
      if (hoursStated && (c.windows.length > 0 || c.spans.length === 0)) blocks.push({ kind: "hours", calendar: c.id, zone: c.zone, lines });
      if (spans.length > 0) blocks.push(bullets(spans));
    }
    if (c.closed.length > 0) {
      blocks.push(paragraph(`${this.m.closedLabel}:`));
      blocks.push(bullets(c.closed.map((rule) => closedPhrase(this.m, rule))));
    }
    for (const set of c.holidays) {
      blocks.push(paragraph(this.m.holidaySet(set.types, set.regionName, set.region)));
      blocks.push(bullets(holidayNames(set)));
      if (set.except.length > 0) blocks.push(paragraph(this.m.holidayExcept(set.except)));
      if (set.only.length > 0) blocks.push(paragraph(this.m.holidayOnly(set.only)));
    }
    if (c.horizon !== null) {
      const data = [...new Set(c.holidays.map((h) => h.data))];
      blocks.push(paragraph(this.m.holidayData(this.m.list(data), fullDate(this.m, c.horizon.from), fullDate(this.m, c.horizon.to))));
    }
    if (c.businessDayMinutes !== null) blocks.push(paragraph(this.m.businessDay(duration(this.m, c.businessDayMinutes))));
    return section(`hours-${c.id}`, named(c), [...blocks, ...this.noteBlocks(c.notes)]);
  }

  hours(): Section | null {
    if (this.b.calendars.length === 0) return null;
    const { businessHours } = this.b.policy;
    const blocks = businessHours !== null && this.b.calendars.length > 1 ? [paragraph(this.m.policyBusinessHours(this.calendarName(businessHours)))] : [];
    return section("hours", this.m.sectionHours, blocks, this.b.calendars.map((c) => this.calendar(c)));
  }

  teams(): Section | null {
    if (this.b.teams.length === 0) return null;
    return section(
      "teams",
      this.m.sectionTeams,
      [],
      this.b.teams.map((t) => {
        const facts: string[] = [];
        if (t.responsibility !== null) facts.push(this.m.teamResponsibility(t.responsibility));
        if (t.hours !== null) facts.push(this.m.teamHours(this.calendarName(t.hours)));
        const blocks: Block[] = facts.length > 0 ? [paragraph(facts.join(" "))] : [];
        if (t.contacts.length > 0) blocks.push(this.contacts(t.contacts));
        return section(`team-${t.id}`, named(t), [...blocks, ...this.provenance(t.assumption, t.notes)]);
      }),
    );
  }

  languages(): Section | null {
    if (this.b.languages.length === 0) return null;
    return section("languages", this.m.sectionLanguages, [bullets(this.b.languages.map((l) => this.m.language(languageName(this.m, l.tag), l.primary)))]);
  }

  severities(): Section | null {
    if (this.b.severities.length === 0) return null;
    return section(
      "severities",
      this.m.sectionSeverities,
      [paragraph(this.m.severityOrder)],
      this.b.severities.map((s) => {
        const blocks: Block[] = [];
        if (s.aliases.length > 0) blocks.push(paragraph(this.m.aliases(this.m.list(s.aliases))));
        if (s.description !== null) blocks.push(paragraph(s.description));
        if (s.examples.length > 0) {
          blocks.push(paragraph(`${this.m.examplesLabel}:`));
          blocks.push(
            bullets(
              s.examples.map((e) =>
                e.tiers.length === 0 ? e.text : this.m.exampleForTiers(e.text, this.m.list(e.tiers.map((t) => this.nameIn(this.b.tiers, t)))),
              ),
            ),
          );
        }
        for (const rule of this.b.eligibility.filter((e) => e.severity === s.id)) {
          const otherwise =
            rule.otherwise.action === "reject"
              ? this.m.eligibilityRejected
              : this.m.eligibilityReclassified(this.nameIn(this.b.severities, rule.otherwise.severity));
          blocks.push(paragraph(this.m.eligibility(rule.mode, this.scopeText(rule.scope), otherwise)), ...this.provenance(rule.assumption, rule.notes));
        }
        return section(`severity-${s.id}`, named(s), [...blocks, ...this.provenance(s.assumption, s.notes)]);
      }),
    );
  }

  escalation(): Section | null {
    const e = this.b.escalation;
    if (e === null) return null;
    const blocks: Block[] = [];
    if (e.levels.length > 0) {
      blocks.push(paragraph(`${this.m.levelsLabel}:`), bullets(e.levels.map((l) => this.m.escalationLevel(l.level, this.nameIn(this.b.teams, l.team)))));
    }
    if (e.contacts.length > 0) blocks.push(paragraph(`${this.m.contactsLabel}:`), this.contacts(e.contacts));
    if (e.rights.length > 0) blocks.push(paragraph(`${this.m.rightsLabel}:`), bullets(e.rights.map((x) => this.m.right(x.who, x.via, x.condition))));
    if (e.onCall.length > 0) {
      blocks.push(paragraph(`${this.m.onCallLabel}:`));
      for (const o of e.onCall) {
        const severities = o.severities.length === 0 ? null : this.m.list(o.severities.map((s) => this.nameIn(this.b.severities, s)));
        const channels = o.channels.length === 0 ? null : this.m.list(o.channels.map((c) => this.nameIn(this.b.channels, c)));
        blocks.push(bullets([this.m.onCall(o.title, severities, channels, this.calendarName(o.hours))]), ...this.noteBlocks(o.notes));
      }
    }
    return section("escalation", this.m.sectionEscalation, [...blocks, ...this.provenance(e.assumption, e.notes)]);
  }

  maintenance(): Section | null {
    const x = this.b.maintenance;
    if (x === null) return null;
    const blocks: Block[] = [];
    if (x.noticeMinutes !== null) blocks.push(paragraph(this.m.maintenanceNotice(duration(this.m, x.noticeMinutes))));
    if (x.announcements.length > 0) {
      blocks.push({
        kind: "list",
        items: x.announcements.map((a): Inline[] =>
          a.url === null ? [text(this.m.announcement(a.where))] : [text(this.m.announcement("")), { kind: "link", text: a.where, url: a.url }],
        ),
      });
    }
    return section("maintenance", this.m.sectionMaintenance, [...blocks, ...this.provenance(x.assumption, x.notes)]);
  }

  exclusions(): Section | null {
    return this.b.exclusions.length === 0 ? null : section("exclusions", this.m.sectionExclusions, [bullets(this.b.exclusions)]);
  }
}
