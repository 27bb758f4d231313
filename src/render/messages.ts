/**
 * The one catalog of the words a page shows. Every English sentence, label and unit a
 * renderer puts on a page comes from here, keyed by message id, so that a localized page
 * is a second catalog of the same shape (`Messages`), not a change to the renderers.
 * Messages take the bundle's own strings as arguments and never decide layout.
 */

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
  readonly sectionNotes: string;
  readonly sectionTiers: string;
  readonly sectionLinks: string;

  provider(name: string): string;
  updated(date: string): string;
  tierHours(calendar: string): string;
  tierChannels(channels: string): string;
  channelAudience(audience: string): string;
  channelFixedSeverity(severity: string): string;
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

  language(name: string, primary: boolean): string;

  readonly severityOrder: string;
  aliases(names: string): string;
  readonly examplesLabel: string;
  exampleForTiers(text: string, tiers: string): string;

  readonly targetsIntro: string;
  readonly targetsIntroNoTiers: string;
  metricOnChannel(metric: string, channel: string): string;
  readonly tierColumn: string;
  readonly targetColumn: string;
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
  readonly nextBusinessDay: string;
  insideOutside(inside: string, calendar: string, outside: string): string;
  readonly none: string;
  readonly notStated: string;
  readonly noneLegend: string;
  readonly notStatedLegend: string;

  metricStarts(start: "opened" | "escalated" | "customer_reply"): string;
  readonly metricPauses: string;
  metricStops(metricId: string, title: string): string;
  metricRunsOn(calendars: string): string;

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
  sectionNotes: "Notes",
  sectionTiers: "Plans and tiers",
  sectionLinks: "Links",

  provider: (name) => `Provided by ${name}.`,
  updated: (date) => `Last updated ${date}.`,
  tierHours: (calendar) => `Business hours: ${calendar}.`,
  tierChannels: (channels) => `Channels: ${channels}.`,
  channelAudience: (audience) => `For: ${audience}.`,
  channelFixedSeverity: (severity) => `Every request on this channel is handled as ${severity}.`,
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

  language: (name, primary) => (primary ? `${name} (primary)` : name),

  severityOrder: "Listed from the most to the least severe.",
  aliases: (names) => `Also called: ${names}.`,
  examplesLabel: "Examples",
  exampleForTiers: (text, tiers) => `${text} (${tiers} only)`,

  targetsIntro: "Each table gives the target for a plan (row) and severity (column).",
  targetsIntroNoTiers: "Each table gives the target for each severity (column).",
  metricOnChannel: (metric, channel) => `${metric} — ${channel}`,
  tierColumn: "Plan",
  targetColumn: "Target",
  allTiers: "All customers",
  runIn: (title) => (/[.!?:]$/.test(title) ? title : `${title}.`),
  appliedSeverity: (phrase, severity) => `${phrase} (handled as ${severity})`,

  minutes: (n) => `${n} min`,
  hours: (n) => `${n} h`,
  seconds: (n) => `${n} s`,
  always: "24/7",
  onAlways: (duration) => `${duration}, 24/7`,
  businessHours: (hours) => plural(hours, "business hour", "business hours"),
  onCalendar: (duration, calendar) => `${duration} of ${calendar}`,
  ofBusinessHours: (duration) => `${duration} of business hours`,
  businessDays: (n) => plural(n, "business day", "business days"),
  nextBusinessDay: "next business day",
  insideOutside: (inside, calendar, outside) => `${inside}; outside ${calendar}: ${outside}`,
  none: "—",
  notStated: "not stated",
  noneLegend: "— : no target is promised.",
  notStatedLegend: "not stated: the policy does not say.",

  metricStarts: (start) =>
    ({
      opened: "The clock starts when the ticket is opened.",
      escalated: "The clock starts when the ticket is escalated.",
      customer_reply: "The clock starts when the customer replies.",
    })[start],
  metricPauses: "It stops while the ticket is paused and runs on when it resumes.",
  metricStops: (metricId, title) =>
    metricId === "resolution" ? "It is met when the ticket is resolved." : `It is met by the ${title.toLowerCase()}.`,
  metricRunsOn: (calendars) => `It runs on ${calendars}, as each target says.`,

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
  percent: (value) => `${value}%`,

  alternatives: (items) => joined(items, ", ", " or "),
  list: (items) => joined(items, en.listSeparators.between, en.listSeparators.last),
  listSeparators: { between: ", ", last: " and " },

  skipToContent: "Skip to content",
  contentsLabel: "Contents",
  footer: (policyId) => `This page is generated from the support policy ${policyId}.`,
  yourTime: (hours, zone) => `${hours} your time (${zone})`,
};
