/**
 * The one catalog of the words a page shows. Every English sentence, label and unit a
 * renderer puts on a page comes from here, keyed by message id, so that a localized page
 * is a second catalog of the same shape (`Messages`), not a change to the renderers.
 * Messages take the bundle's own strings as arguments and never decide layout.
 */
import type { BuiltinMetricId, EligibilityMode, HolidayType, MetricStart, TicketEventName, UnknownPart } from "../contract/vocabulary.js";

/** The page strings of one language: each key a message id, each value its text or template. */
export interface Messages {
  readonly locale: string;
  readonly months: readonly string[];
  /** ISO order: Monday first. */
  readonly weekdays: readonly string[];
  readonly ordinals: Readonly<Record<number, string>>;

  readonly sectionOverview: string;
  readonly sectionContact: string;
  readonly sectionHours: string;
  readonly sectionTeams: string;
  readonly sectionLanguages: string;
  readonly sectionSeverities: string;
  readonly sectionTargets: string;
  readonly sectionMetrics: string;
  readonly sectionEscalation: string;
  readonly sectionMaintenance: string;
  readonly sectionUptime: string;
  readonly sectionExclusions: string;
  readonly sectionTiers: string;
  readonly sectionLinks: string;
  readonly sectionAttributes: string;

  provider(name: string): string;
  updated(date: string): string;
  tierHours(calendar: string): string;
  tierChannels(channels: string): string;
  channelAudience(audience: string): string;
  channelFixedSeverity(severity: string): string;
  channelDefaultSeverity(severity: string): string;
  readonly tierAddon: string;
  /** A cell an add-on does not set: the plan's own target applies. */
  readonly addonKeepsPlan: string;
  /** Something the author assumed where the source is silent, on any declaration or rule. */
  assumed(text: string): string;
  /** When a policy generation is in force, and the one it replaces. */
  validity(from: string | null, until: string | null, supersedes: string | null): string;
  /** An attribute's values and its default. */
  attributeValues(values: string): string;
  attributeDefault(value: string): string;
  readonly attributeRequired: string;
  /** Where a severity is offered: "Offered only on Phone: elsewhere a request is refused." */
  eligibility(mode: EligibilityMode, scope: string, otherwise: string): string;
  readonly eligibilityRejected: string;
  eligibilityReclassified(severity: string): string;
  /** One part of a scope: "the Standard plan", "Phone", "Environment: Production". */
  scopeTiers(tiers: string): string;
  scopeChannels(channels: string): string;
  scopeAttribute(attribute: string, values: string): string;
  /** A table's caption narrowed to attribute values or an add-on: "First response — Language: Japanese". */
  qualified(caption: string, qualifiers: readonly string[]): string;
  withAddon(addon: string): string;
  /** A strict bound: "under 1 h". */
  under(deadline: string): string;
  contact(address: string, purpose: string | null): string;
  readonly contactsLabel: string;

  calendarZone(zone: string, offsets: string): string;
  offsetFixed(offset: string): string;
  offsetSeasonal(standard: string, daylight: string): string;
  readonly alwaysOpen: string;
  readonly noWindows: string;
  readonly closedLabel: string;
  businessDay(duration: string): string;
  assumption(text: string): string;
  policyBusinessHours(calendar: string): string;
  overnight(range: string): string;

  closedDate(date: string, name: string | null): string;
  yearly(monthDay: string): string;
  nthWeekday(ordinal: string, weekday: string, month: string): string;
  monthDay(month: string, day: number): string;
  fullDate(month: string, day: number, year: number): string;
  dateRangeSameMonth(month: string, from: number, to: number, year: number): string;
  /** Easter Sunday moved by `offset` days: "Easter Sunday", "2 days before Easter Sunday". */
  easter(offset: number): string;
  /** A span of month-days every year: "every December 28 – January 3". */
  yearlyRange(from: string, to: string): string;
  /** A yearly rule moved by whole days: "the day after every fourth Thursday of November". */
  shifted(days: number, rule: string): string;
  /** Observed dates: "also the Friday before when it falls on a Saturday, …"; `moves` in ISO weekdays. */
  observed(rule: string, moves: readonly { readonly weekday: number; readonly days: number }[]): string;

  /** The zone of a calendar that runs in the customer's own time zone, with the default when a ticket names none. */
  customerZone(defaultZone: string | null, offsets: string | null): string;
  /** A weekly span whose ends are wall-clock times in two zones. */
  zonedSpan(fromDay: string, fromTime: string, fromZone: string, toDay: string, toTime: string, toZone: string): string;
  /** A part of a calendar the policy does not state. */
  unknownPart(part: UnknownPart, reason: string): string;
  /** A region's public holidays: "Closed on public and bank holidays in Bayern, Germany". */
  holidaySet(types: readonly HolidayType[], region: string, code: string): string;
  holidayExcept(names: readonly string[]): string;
  holidayOnly(names: readonly string[]): string;
  /** Where holiday dates come from and the years they are known for. */
  holidayData(data: string, from: string, to: string): string;

  language(name: string, primary: boolean): string;

  readonly severityOrder: string;
  aliases(names: string): string;
  readonly examplesLabel: string;
  exampleForTiers(text: string, tiers: string): string;

  readonly targetsIntro: string;
  readonly targetsIntroNoTiers: string;
  /** For tables with a column for during and one for outside `calendars`, whose rows are plans or severities or both. */
  targetsIntroSplit(rowsBy: readonly ("tier" | "severity")[], calendars: string): string;
  /** The same, after the plain tables' introduction: it says which tables it is about. */
  targetsIntroSplitToo(rowsBy: readonly ("tier" | "severity")[], calendars: string): string;
  metricOnChannel(metric: string, channel: string): string;
  readonly tierColumn: string;
  readonly targetColumn: string;
  readonly severityColumn: string;
  duringHours(calendar: string): string;
  outsideHours(calendar: string): string;
  /** A table's caption with the plans it is for, when they are not every plan. */
  tableForTiers(caption: string, tiers: string): string;
  readonly allTiers: string;
  /** A run-in heading before its text (a titled note, a metric's definition). */
  readonly runIn: (title: string) => string;
  appliedSeverity(phrase: string, severity: string): string;

  minutes(n: number): string;
  hours(n: number): string;
  seconds(n: number): string;
  readonly always: string;
  onAlways(duration: string): string;
  businessHours(hours: number): string;
  onCalendar(duration: string, calendar: string): string;
  ofBusinessHours(duration: string): string;
  businessDays(n: number): string;
  calendarDays(n: number): string;
  unknownTarget(reason: string): string;
  readonly nextBusinessDay: string;
  insideOutside(inside: string, calendar: string, outside: string): string;
  readonly none: string;
  readonly notStated: string;
  readonly noneLegend: string;
  readonly notStatedLegend: string;
  readonly nextBusinessDayLegend: string;
  readonly businessDaysLegend: string;
  readonly calendarDaysLegend: string;
  /** `N business days` on hours that set how long a business day is. */
  readonly businessDaysOpenTimeLegend: string;

  /** The event that starts a metric's clock, as a phrase after "starts" (a repeating metric's first cycle: `first`). */
  metricStart(start: MetricStart, first: boolean): string;
  /** A ticket event, as a clause after "each time" or "until": "the ticket is resolved". */
  eventClause(event: TicketEventName): string;
  /** An event the policy declares, by its title (or id), as a phrase after "starts". */
  declaredEvent(title: string): string;
  /** An event the policy declares, as a clause after "each time" or "until". */
  declaredEventClause(title: string): string;
  /** A met metric, as a clause: "the first response is given". */
  metricMetClause(title: string): string;
  /** A repeating metric that is due again after each time it is met. */
  metricRepeatsSelf(title: string, until: string): string;
  /** A repeating metric that starts again at each `after` event once the previous one is met. */
  metricRepeatsAfter(after: string, until: string): string;
  /** How a change of severity (or of the ticket's `attributes`, by title) treats the elapsed time: `restart` or not; `all`: said of every target. */
  metricChange(attributes: readonly string[], restart: boolean, all: boolean): string;
  /** The event that meets a builtin metric, as a phrase after "stops". */
  metricStop(metric: BuiltinMetricId): string;
  /** The event that meets an author-named metric, named by its title. */
  metricStopCustom(title: string): string;
  metricClock(start: string, stop: string): string;
  readonly metricPauses: string;
  readonly metricRunsAlways: string;
  /** The hours a metric counts: `calendars` (several: "as each target says"), with targets on 24/7 beside them when `always`. */
  metricRunsOn(calendars: string, several: boolean, always: boolean): string;
  /** The hours a metric counts when each plan's are its own business hours. */
  metricRunsPerTier(each: readonly { readonly calendar: string; readonly tiers: string }[], always: boolean): string;
  metricInsideOutside(calendars: string): string;

  teamHours(calendar: string): string;
  teamResponsibility(text: string): string;
  escalationLevel(level: number, team: string): string;
  readonly levelsLabel: string;
  readonly rightsLabel: string;
  right(who: string, via: string | null, condition: string | null): string;
  readonly onCallLabel: string;
  onCall(title: string | null, severities: string | null, channels: string | null, hours: string): string;

  maintenanceNotice(duration: string): string;
  announcement(where: string): string;

  uptimeObjective(percent: string, service: string | null): string;
  uptimeNotCovered(items: string): string;
  downtime(operator: ">" | ">=", threshold: string): string;
  errorRate(errors: string | null, valid: string | null): string;
  minimumPeriod(minutes: number): string;
  allowedDowntime(days: number, duration: string): string;
  readonly uptimeExclusionsLabel: string;
  readonly creditsBelow: string;
  readonly creditsCredit: string;
  /** Whom an uptime commitment is for: "For customers on Enterprise." */
  commitmentTiers(tiers: string): string;
  readonly commitmentEveryTier: string;
  creditCap(percent: string): string;
  claimAfterMonth(days: number): string;
  readonly sectionResponseCredits: string;
  /** The fiscal year's start (`monthDay`), its zone, and each quarter (`fiscalQuarter`). */
  fiscalQuarters(start: string, zone: string, quarters: readonly string[]): string;
  fiscalQuarter(n: number, from: string, to: string): string;
  readonly missedInQuarterDue: string;
  /** A support-response credit: the metric's title, how many misses earn it, the credit, and the plans it is for (null: every plan). */
  responseCredit(metric: string, operator: ">" | ">=", count: number, percent: string, tiers: string | null): string;
  claimAfterQuarter(days: number): string;
  percent(value: number): string;

  list(items: readonly string[]): string;
  /** The separators of `list`, for the local-time script, which joins in the browser: "a, b and c". */
  readonly listSeparators: { readonly between: string; readonly last: string };

  readonly skipToContent: string;
  readonly contentsLabel: string;
  footer(policyId: string): string;
  /** The reader's own hours after a line of open hours, as the local-time script shows them. */
  yourTime(hours: string, zone: string): string;
  /** The list joiner for alternatives ("a or b"). */
  alternatives(items: readonly string[]): string;
}

const joined = (items: readonly string[], between: string, last: string): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(between)}${last}${items[items.length - 1]}`;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A title inside a sentence: its first letter lowercased, unless the word is an initialism ("SMS reply"). */
const lowerFirst = (title: string): string => (/^\p{Lu}\p{Lu}/u.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));

/** How the page writes plain elapsed time. */
const ALWAYS_WORD = "24/7";

/** The English catalog. */
export const en: Messages = {
  locale: "en",
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  ordinals: { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last" },

  sectionOverview: "Overview",
  sectionContact: "How to reach support",
  sectionHours: "Support hours",
  sectionTeams: "Support teams",
  sectionLanguages: "Languages",
  sectionSeverities: "Severity levels",
  sectionTargets: "Targets",
  sectionMetrics: "What the targets measure",
  sectionEscalation: "Escalation",
  sectionMaintenance: "Maintenance",
  sectionUptime: "Uptime",
  sectionExclusions: "What support does not cover",
  sectionTiers: "Plans and tiers",
  sectionLinks: "Links",
  sectionAttributes: "What a request says",

  provider: (name) => `Provided by ${/[.!?]$/.test(name) ? name : `${name}.`}`,
  updated: (date) => `Last updated ${date}.`,
  tierHours: (calendar) => `Business hours: ${calendar}.`,
  tierChannels: (channels) => `Channels: ${channels}.`,
  channelAudience: (audience) => `For: ${audience}.`,
  channelFixedSeverity: (severity) => `Every request on this channel is handled as ${severity}.`,
  channelDefaultSeverity: (severity) => `A request on this channel that names no severity is handled as ${severity}.`,
  tierAddon: "An add-on to any plan: where it sets a target, that target applies instead of the plan's.",
  addonKeepsPlan: "as the plan",
  assumed: (text) => `Assumed, not stated by the provider: ${text}`,
  validity: (from, until, supersedes) => {
    const span =
      from !== null && until !== null ? `from ${from} until ${until}` : from !== null ? `from ${from}` : until !== null ? `until ${until}` : null;
    const parts = [span === null ? null : `This policy is in force ${span} (dates in UTC).`, supersedes === null ? null : `It replaces ${supersedes}.`];
    return parts.filter((p) => p !== null).join(" ");
  },
  attributeValues: (values) => `Values: ${values}.`,
  attributeDefault: (value) => `A request that does not say is taken as ${value}.`,
  attributeRequired: "A request must say, where its targets depend on it.",
  eligibility: (mode, scope, otherwise) => (mode === "only" ? `Offered only for ${scope}; elsewhere ${otherwise}.` : `Not offered for ${scope}; there ${otherwise}.`),
  eligibilityRejected: "a request for it is refused",
  eligibilityReclassified: (severity) => `a request for it is handled as ${severity}`,
  scopeTiers: (tiers) => `the ${tiers} plan`,
  scopeChannels: (channels) => channels,
  scopeAttribute: (attribute, values) => `${attribute}: ${values}`,
  qualified: (caption, qualifiers) => `${caption} — ${qualifiers.join(", ")}`,
  withAddon: (addon) => `with ${addon}`,
  under: (deadline) => `under ${deadline}`,
  contact: (address, purpose) => (purpose === null ? address : `${address} — ${purpose}`),
  contactsLabel: "Contacts",

  calendarZone: (zone, offsets) => `Times are in ${zone} (${offsets}).`,
  offsetFixed: (offset) => offset,
  offsetSeasonal: (standard, daylight) => `${standard}; ${daylight} during daylight saving time`,
  alwaysOpen: "Open around the clock, every day.",
  noWindows: "No open hours.",
  closedLabel: "Closed on",
  businessDay: (duration) => `A business day counts as ${duration} of open time.`,
  assumption: (text) => `These hours are assumed, not stated by the provider: ${text}`,
  policyBusinessHours: (calendar) => `“Business hours” means ${calendar} unless a plan says otherwise.`,
  overnight: (range) => `${range} (into the next day)`,

  closedDate: (date, name) => (name === null ? date : `${date} (${name})`),
  yearly: (monthDay) => `every ${monthDay}`,
  nthWeekday: (ordinal, weekday, month) => `every ${ordinal} ${weekday} of ${month}`,
  monthDay: (month, day) => `${month} ${day}`,
  fullDate: (month, day, year) => `${month} ${day}, ${year}`,
  dateRangeSameMonth: (month, from, to, year) => `${month} ${from}–${to}, ${year}`,
  easter: (offset) =>
    offset === 0
      ? "every Easter Sunday"
      : `${Math.abs(offset) === 1 ? "the day" : `${Math.abs(offset)} days`} ${offset < 0 ? "before" : "after"} Easter Sunday, every year`,
  yearlyRange: (from, to) => `every ${from} – ${to}`,
  shifted: (days, rule) =>
    `${Math.abs(days) === 1 ? "the day" : `${Math.abs(days)} days`} ${days < 0 ? "before" : "after"} ${rule}`,
  observed: (rule, moves) =>
    `${rule}; when it falls on ${moves
      .map(({ weekday, days }) => `a ${en.weekdays[weekday - 1]}, also the ${en.weekdays[(((weekday - 1 + days) % 7) + 7) % 7]} ${days < 0 ? "before" : "after"}`)
      .join("; on ")}`,

  customerZone: (defaultZone, offsets) =>
    `Times are in the customer's own time zone${defaultZone === null ? "" : `, or in ${defaultZone} (${offsets}) when the customer's is not known`}.`,
  zonedSpan: (fromDay, fromTime, fromZone, toDay, toTime, toZone) => `${fromDay} ${fromTime} ${fromZone} time – ${toDay} ${toTime} ${toZone} time`,
  unknownPart: (part, reason) =>
    `${({ hours: "These hours are not stated", zone: "The time zone of these hours is not stated", holidays: "The holidays these hours close on are not stated" })[part]}: ${reason}`,
  holidaySet: (types, region, code) => `Closed on ${en.list(types.map((t) => ({ public: "public", bank: "bank", school: "school", optional: "optional", observance: "observance" })[t]))} holidays in ${region} (${code}):`,
  holidayExcept: (names) => `Except ${en.list(names)}.`,
  holidayOnly: (names) => `Only ${en.list(names)}.`,
  holidayData: (data, from, to) => `Holiday dates from ${data}, known from ${from} to ${to}.`,

  language: (name, primary) => (primary ? `${name} (primary)` : name),

  severityOrder: "Listed from the most to the least severe.",
  aliases: (names) => `Also called: ${names}.`,
  examplesLabel: "Examples",
  exampleForTiers: (text, tiers) => `${text} (${tiers} only)`,

  targetsIntro: "Each table gives the target for a plan (row) and severity (column).",
  targetsIntroNoTiers: "Each table gives the target for each severity (column).",
  targetsIntroSplit: (rowsBy, calendars) => {
    const rows = en.list(rowsBy.map((d) => ({ tier: "plan", severity: "severity" })[d]));
    return `Each table gives the target${rows === "" ? "" : ` for each ${rows} (row)`}, during and outside ${calendars} (columns).`;
  },
  targetsIntroSplitToo: (rowsBy, calendars) => {
    const rows = en.list(rowsBy.map((d) => ({ tier: "plan", severity: "severity" })[d]));
    return `Tables with columns for during and outside ${calendars} give the target${rows === "" ? "" : ` for each ${rows} (row)`} on either side.`;
  },
  metricOnChannel: (metric, channel) => `${metric} — ${channel}`,
  tierColumn: "Plan",
  targetColumn: "Target",
  severityColumn: "Severity",
  duringHours: (calendar) => `During ${calendar}`,
  outsideHours: (calendar) => `Outside ${calendar}`,
  tableForTiers: (caption, tiers) => `${caption} (${tiers})`,
  allTiers: "All customers",
  runIn: (title) => (/[.!?:]$/.test(title) ? title : `${title}.`),
  appliedSeverity: (phrase, severity) => `${phrase} (handled as ${severity})`,

  minutes: (n) => `${n} min`,
  hours: (n) => `${n} h`,
  seconds: (n) => `${n} s`,
  always: ALWAYS_WORD,
  onAlways: (duration) => `${duration}, 24/7`,
  businessHours: (hours) => plural(hours, "business hour", "business hours"),
  onCalendar: (duration, calendar) => `${duration} of ${calendar}`,
  ofBusinessHours: (duration) => `${duration} of business hours`,
  businessDays: (n) => plural(n, "business day", "business days"),
  calendarDays: (n) => plural(n, "calendar day", "calendar days"),
  unknownTarget: (reason) => `not stated: ${reason}`,
  nextBusinessDay: "next business day",
  insideOutside: (inside, calendar, outside) => `${inside}; outside ${calendar}: ${outside}`,
  none: "—",
  notStated: "not stated",
  noneLegend: "— : no target is promised.",
  notStatedLegend: "not stated: the policy does not say.",
  nextBusinessDayLegend: "next business day: due at the close of the first business day after the day the clock starts.",
  businessDaysLegend: "N business days: due at the close of the N-th business day after the day the clock starts; that day itself does not count.",
  calendarDaysLegend: "N calendar days: due at the same time of day N dates after the clock starts, open or not.",
  businessDaysOpenTimeLegend:
    "N business days, on hours that set the length of a business day: N times that much open time, counted from when the clock starts.",

  metricStart: (start, first) =>
    ({
      opened: "when the ticket is opened",
      escalated: "when the ticket is escalated",
      // The runtime starts it at the latest reply: each reply starts it anew; a repeating metric's first cycle at the first.
      customer_reply: first ? "at the first reply from the customer" : "at each reply from the customer",
    })[start],
  eventClause: (event) =>
    ({
      paused: "the ticket is paused",
      resumed: "the ticket resumes",
      escalated: "the ticket is escalated",
      customer_reply: "the customer replies",
      resolved: "the ticket is resolved",
      reclassified: "the ticket's severity changes",
    })[event],
  declaredEvent: (title) => `at “${title}”`,
  declaredEventClause: (title) => `“${title}” happens`,
  metricMetClause: (title) => `the ${lowerFirst(title)} is given`,
  metricRepeatsSelf: (title, until) => `After each ${lowerFirst(title)} the next one is due, on the same target, until ${until}.`,
  metricRepeatsAfter: (after, until) => `Once met, it starts again each time ${after}, until ${until}.`,
  metricChange: (attributes, restart, all) =>
    `If a ticket's severity${attributes.length === 0 ? "" : `, or its ${joined(attributes.map((a) => `“${a}”`), ", ", " or ")},`} changes before ${all ? "a target" : "this target"} is met, the target for its new ${attributes.length === 0 ? "severity" : "values"} applies, counted from ${restart ? "the change" : "when the clock started"}${restart ? "" : " (so it may already be missed)"}; a target already met or missed stands.`,
  metricStop: (metric) =>
    ({
      first_response: "at support's first response",
      next_response: "at support's next response",
      resolution: "when the ticket is resolved",
      escalation_response: "at the first response after the escalation",
    })[metric],
  metricStopCustom: (title) => `at the first ${lowerFirst(title)}`,
  metricClock: (start, stop) => `The clock starts ${start} and stops ${stop}.`,
  metricPauses: "It does not run while the ticket is paused, and picks up where it left off when the ticket resumes.",
  metricRunsAlways: "It runs around the clock, every day.",
  metricRunsOn: (calendars, several, always) =>
    `It runs only during ${calendars}${several ? ", as each target says" : ""}${always ? `, or around the clock where a target says ${ALWAYS_WORD}` : ""}.`,
  metricRunsPerTier: (each, always) =>
    `It runs only during each plan's own hours: ${en.list(each.map((e) => `${e.calendar} for ${e.tiers}`))}${always ? `; around the clock where a target says ${ALWAYS_WORD}` : ""}.`,
  metricInsideOutside: (calendars) => `Whether a ticket is inside or outside ${calendars} is decided by when its clock starts.`,

  teamHours: (calendar) => `Hours: ${calendar}.`,
  teamResponsibility: (text) => `Handles: ${text}.`,
  // A team already named after its level ("Level 1: Support team") is not named twice.
  escalationLevel: (level, team) => (team.startsWith(`Level ${level}`) ? team : `Level ${level}: ${team}`),
  levelsLabel: "Levels",
  rightsLabel: "Who may escalate",
  right: (who, via, condition) =>
    `${who} may escalate${via === null ? "" : ` through ${via}`}${condition === null ? "" : ` when ${condition}`}.`,
  onCallLabel: "On call",
  onCall: (title, severities, channels, hours) =>
    `${title ?? "On-call support"}: ${severities ?? "every severity"}, ${channels === null ? "on every channel" : `on ${channels}`}, ${hours}.`,

  maintenanceNotice: (duration) => `Scheduled maintenance is announced at least ${duration} in advance.`,
  announcement: (where) => `Announced on: ${where}`,

  uptimeObjective: (percent, service) => `Monthly uptime of at least ${percent}${service === null ? "" : ` for ${service}`}.`,
  uptimeNotCovered: (items) => `Not covered by the uptime commitment: ${items}.`,
  downtime: (operator, threshold) => `A minute counts as downtime when its error rate is ${operator === ">" ? "above" : "at least"} ${threshold}.`,
  errorRate: (errors, valid) =>
    `The error rate is the number of errors divided by the number of valid requests.${errors === null ? "" : ` Errors: ${errors}.`}${valid === null ? "" : ` Valid requests: ${valid}.`}`,
  minimumPeriod: (minutes) =>
    minutes === 1 ? "Every down minute counts." : `Down minutes count only in runs of at least ${minutes} consecutive minutes.`,
  allowedDowntime: (days, duration) => `In a ${days}-day month, that allows ${duration} of downtime.`,
  uptimeExclusionsLabel: "Not counted as downtime",
  creditsBelow: "Monthly uptime below",
  creditsCredit: "Service credit",
  commitmentTiers: (tiers) => `For customers on ${tiers}.`,
  commitmentEveryTier: "For customers on every plan.",
  creditCap: (percent) => `A month's credit is at most ${percent} of the monthly fee.`,
  claimAfterMonth: (days) => `A credit must be claimed within ${plural(days, "day", "days")} after the end of the month.`,
  sectionResponseCredits: "Support response credits",
  fiscalQuarters: (start, zone, quarters) => `Credits count fiscal quarters. The fiscal year starts on ${start} (dates in ${zone}): ${en.list(quarters)}.`,
  fiscalQuarter: (n, from, to) => `Q${n} ${from}–${to}`,
  missedInQuarterDue: "A target counts as missed in the quarter in which it fell due.",
  responseCredit: (metric, operator, count, percent, tiers) => {
    // `> 0` and `>= 1` both mean a single miss earns the credit.
    const times =
      (operator === ">" && count === 0) || (operator === ">=" && count === 1)
        ? "at least once"
        : operator === ">" && count === 1
          ? "more than once"
          : `${operator === ">" ? "more than" : "at least"} ${count} times`;
    return `${tiers === null ? "Customers" : `Customers on ${tiers}`} receive a credit of ${percent} of a fiscal quarter's fee when their ${lowerFirst(metric)} target is missed ${times} in that quarter.`;
  },
  claimAfterQuarter: (days) => `The credit must be claimed within ${plural(days, "day", "days")} after the quarter ends.`,
  percent: (value) => `${value}%`,

  alternatives: (items) => joined(items, ", ", " or "),
  list: (items) => joined(items, en.listSeparators.between, en.listSeparators.last),
  listSeparators: { between: ", ", last: " and " },

  skipToContent: "Skip to content",
  contentsLabel: "Contents",
  footer: (policyId) => `This page is generated from the support policy ${policyId}.`,
  yourTime: (hours, zone) => `${hours} your time (${zone})`,
};
