/**
 * Every leaf of the kitchen-sink bundle reaches the Markdown page and the HTML page in some
 * rendered form, or is on NOT_SHOWN with the reason. When the language grows a field, this
 * test fails until both pages show it or the list says why not.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { renderHtml, renderMarkdown } from "../../src/render/index.js";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";

/** Paths (array indices as `[]`) that are not on the page, and why. */
const NOT_SHOWN: Record<string, string> = {
  format: "the bundle format version is for programs",
  digest: "the bundle's integrity check, for programs",
  "policy.source": "the source file name is build provenance, not a promise",
  "severities[].rank": "shown as the order of the severity list",
  "metrics[].builtin": "decides only the wording of the metric's definition",
  "targets[].rule": "the source position of the deciding rule is for authors (slac test shows it)",
  tests: "test vectors check the policy; they are no promise to customers",
  "eligibility[].rule": "the source position of an eligibility rule is for authors (the runtime's answer names it)",
  "ruleNotes[].rule": "places a rule's notes under its metric's targets; the position itself is for authors",
  "calendars[].holidays[].dates[].date": "a holiday set is shown by its holidays' names and its horizon; each year's dates are for the runtime",
  "calendars[].unknown[].part": "said by the sentence that gives the reason (checked there)",
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ORDINALS: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last" };
const lowerFirst = (title: string) => (/^\p{Lu}\p{Lu}/u.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const minutesPhrase = (n: number) => [n >= 60 ? `${Math.floor(n / 60)} h` : "", n % 60 > 0 || n < 60 ? `${n % 60} min` : ""].filter(Boolean).join(" ");

/** What the page shows for one leaf: one of these strings must be on it. */
function renderedForms(bundle: Bundle, path: string, key: string, value: unknown, parent: Record<string, unknown>): string[] {
  const nameOf = (list: readonly { id: string; title: string | null }[], id: string) => list.find((x) => x.id === id)?.title ?? id;
  const calendar = (id: string) => (id === "24x7" ? "24/7" : nameOf(bundle.calendars, id));
  const language = (tag: string) => new Intl.DisplayNames(["en"], { type: "language", languageDisplay: "standard" }).of(tag)!;
  /** An attribute value as the page names it: a language by its name, else its title or id. */
  const attributeValue = (attribute: string, v: string) => {
    const a = bundle.attributes.find((x) => x.id === attribute)!;
    return a.fromLanguages ? language(v) : (a.values.find((x) => x.id === v)?.title ?? v);
  };
  if (typeof value === "string") {
    if (path === "attributes[].values[].id") {
      const owner = bundle.attributes.find((a) => a.values.includes(parent as never))!;
      return [attributeValue(owner.id, value)];
    }
    if (path.startsWith("targets[].attributes.")) return [attributeValue(key, value)];
    if (path === "metrics[].attributes[]") return [nameOf(bundle.attributes, value)];
    if (path === "eligibility[].otherwise.action") return [value === "reject" ? "is refused" : "is handled as"];
    if (path === "policy.validFrom" || path === "policy.validUntil") {
      const [year, month, day] = value.split("-").map(Number);
      return [`${MONTHS[month! - 1]} ${day}, ${year}`];
    }
    if (key === "id" && "title" in parent) return [String(parent.title ?? value)];
    if (["tier", "tiers"].includes(key)) return [value === "*" ? "All customers" : nameOf(bundle.tiers, value)];
    if (["severity", "severities", "appliedSeverity", "fixedSeverity"].includes(key)) return [nameOf(bundle.severities, value)];
    if (["channel", "channels"].includes(key)) return [nameOf(bundle.channels, value)];
    if (key === "team") return [nameOf(bundle.teams, value)];
    // A response credit names its metric inside a sentence: "when their first response target is missed".
    if (key === "metric" && path.startsWith("responseCredits")) return [`their ${lowerFirst(bundle.metrics.find((m) => m.id === value)!.title)} target`];
    if (key === "metric") return [bundle.metrics.find((m) => m.id === value)!.title];
    if (key === "period") return [{ fiscal_quarter: "a fiscal quarter" }[value]!];
    if (path === "responseCredits[].misses.operator") return [value === ">" ? "more than" : "at least", "at least once"];
    if (["hours", "calendar", "hoursCalendar", "businessHours"].includes(key)) return [calendar(value)];
    if (key === "tag") return [new Intl.DisplayNames(["en"], { type: "language", languageDisplay: "standard" }).of(value)!];
    if (key === "starts") return [{ opened: "is opened", escalated: "is escalated", customer_reply: "reply from the customer" }[value] ?? `at “${nameOf(bundle.events, value)}”`];
    if (path === "metrics[].repeats.after" || path === "metrics[].repeats.until") {
      const owner = bundle.metrics.find((m) => m.repeats === parent)!;
      if (value === owner.id) return ["After each"];
      const builtin: Record<string, string> = { escalated: "the ticket is escalated", customer_reply: "the customer replies", resolved: "the ticket is resolved", reclassified: "the ticket's severity changes" };
      const metric = bundle.metrics.find((m) => m.id === value);
      return [builtin[value] ?? (metric === undefined ? `“${nameOf(bundle.events, value)}” happens` : `the ${lowerFirst(metric.title)} is given`)];
    }
    if (key === "onChange") return [value === "restart" ? "counted from the change" : "counted from when the clock started"];
    if (key === "operator") return [value === ">" ? "above" : "at least"];
    if (key === "measure") return ["error rate"];
    if (key === "window") return ["Monthly"];
    if (key === "from" || key === "to") {
      const [, month, day] = value.split("-").map(Number);
      return [`${MONTHS[month! - 1]} ${day}`, `${MONTHS[month! - 1]} ${parent.from === parent.to ? "" : String(Number(String(parent.from).slice(8)))}–${day}`];
    }
    if (key === "kind") return [{ dates: ",", yearly: "every", nth_weekday: "every", easter: "Easter Sunday", yearly_range: "every" }[value]!];
    if (key === "startZone" || key === "endZone") return [`${value} time`];
    if (key === "types") return [`${value} holidays`, `${value} and`, `${value},`];
    if (key === "region") return [`(${value})`];
    if (key === "data") return [`Holiday dates from ${value}`];
    if (key === "zone" && parent.ticketZone === true) return [`or in ${value}`];
    if (key === "reason" && "part" in parent) {
      const said = { hours: "These hours are not stated", zone: "The time zone of these hours is not stated", holidays: "The holidays these hours close on are not stated" };
      return [`${said[parent.part as keyof typeof said]}: ${value}`];
    }
    if (key === "unknown") return [`not stated: ${value}`];
    // The unit is read with the amount's value (checked there); next_business_day has no value.
    if (key === "unit") {
      return [{ next_business_day: "next business day", business_days: "business day", calendar_days: "calendar day" }[value as string] ?? "min"];
    }
    return [value];
  }
  if (typeof value === "number") {
    if (path.endsWith("spans[].start") || path.endsWith("spans[].end")) {
      const zone = key === "start" ? parent.startZone : parent.endZone;
      return [`${WEEKDAYS[Math.floor(value / 1440)]} ${hhmm(value % 1440)} ${String(zone)} time`];
    }
    if (parent.kind === "easter" && key === "offset") {
      const n = Math.abs(value);
      return [value === 0 ? "every Easter Sunday" : `${n === 1 ? "the day" : `${n} days`} ${value < 0 ? "before" : "after"} Easter Sunday, every year`];
    }
    if (parent.kind === "yearly_range" || path.endsWith("from.month") || path.endsWith("to.month")) {
      if (key === "month") return [MONTHS[value - 1]!];
      if (key === "day") return [`${MONTHS[Number(parent.month) - 1]} ${value}`];
    }
    if (key === "shift" && value === 0) return [""];
    if (key === "shift") return [`${Math.abs(value) === 1 ? "the day" : `${Math.abs(value)} days`} ${value < 0 ? "before" : "after"}`];
    if (path.endsWith("observed[].weekday")) return [`a ${WEEKDAYS[value - 1]}, also the`];
    if (path.endsWith("observed[].days")) {
      const to = WEEKDAYS[((((Number(parent.weekday) - 1 + value) % 7) + 7) % 7)]!;
      return [`also the ${to} ${value < 0 ? "before" : "after"}`];
    }
    if (path.endsWith("windows[].start") || path.endsWith("windows[].end")) {
      // Windows that cover the whole week read as one sentence; others by their times of day
      // (the days are grouped into ranges, "Monday–Friday", so only the time is looked up).
      const owner = bundle.calendars.find((c) => c.windows.includes(parent as never))!;
      if (owner.windows.reduce((sum, w) => sum + w.end - w.start, 0) >= 10080) return ["around the clock"];
      return [hhmm(value % 1440 === 0 && key === "end" ? 1440 : value % 1440)];
    }
    if (parent.kind === "yearly" || parent.kind === "nth_weekday") {
      if (key === "month") return [MONTHS[value - 1]!];
      if (key === "day") return [`${MONTHS[Number(parent.month) - 1]} ${value}`];
      if (key === "weekday") return [WEEKDAYS[value - 1]!];
      if (key === "nth") return [`${ORDINALS[value]} ${WEEKDAYS[Number(parent.weekday) - 1]}`];
    }
    if (path.endsWith("amount.value")) {
      if (parent.unit === "business_days") return [`${value} business day`];
      if (parent.unit === "calendar_days") return [`${value} calendar day`];
      return [minutesPhrase(value), `${value / 60} business hour`];
    }
    if (["businessDayMinutes", "noticeMinutes"].includes(key)) return [minutesPhrase(value)];
    if (path === "fiscalYear.startMonth") return [`starts on ${MONTHS[value - 1]}`];
    if (path === "fiscalYear.startDay") return [`starts on ${MONTHS[Number(parent.startMonth) - 1]} ${value}`];
    if (path === "responseCredits[].misses.count") {
      return [`${parent.operator === ">" ? "more than" : "at least"} ${value} times`, value <= 1 ? "at least once" : "", value === 1 ? "more than once" : ""].filter(Boolean);
    }
    if (key === "claimWindowDays") return [`within ${value} ${value === 1 ? "day" : "days"} after the end of the ${path.startsWith("uptimes") ? "month" : "quarter"}`, `within ${value} days after the quarter ends`];
    if (key === "capPercent") return [`at most ${value}% of the monthly fee`];
    if (key === "minimumPeriodMinutes") return value === 1 ? ["Every down minute counts"] : [`at least ${value} consecutive minutes`];
    if (key === "level") return [`Level ${value}`];
    if (key.endsWith("Percent")) return [`${value}%`];
    return [String(value)];
  }
  if (typeof value === "boolean") {
    if (key === "primary") return value ? ["(primary)"] : [""];
    if (key === "ticketZone") return value ? ["the customer's own time zone"] : [""];
    if (key === "strict") return value ? ["under "] : [""];
    if (key === "addon") return value ? ["An add-on to any plan"] : [""];
    if (key === "fromLanguages") return [""];
  }
  return [`<no rendered form for ${path}>`];
}

/** The Markdown page as a reader sees its text: Markdown escapes removed, runs of white space as one space. */
const plain = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\s+/g, " ");

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * The HTML page as a reader sees its text: the style and scripts dropped, each tag read as
 * a space, character references decoded (an unknown named one fails the test rather than
 * hiding a value), runs of white space as one space.
 */
function htmlText(html: string): string {
  return decode(
    html
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]*>/g, " "),
  ).replace(/\s+/g, " ");
}

/** The targets of the page's links, decoded: a link's URL is on the page as where it leads. */
const hrefs = (html: string): string[] => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]!));

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
      const named = NAMED[ref.toLowerCase()];
      if (named === undefined) throw new Error(`unknown character reference ${whole}`);
      return named;
    });
}

const bundle = compilePolicy(kitchenSinkPolicy(), { source: "policies/kitchen-sink.sla" });

for (const [name, page] of [
  ["Markdown", plain(renderMarkdown(bundle, { frontMatter: true }))],
  ["HTML", [htmlText(renderHtml(bundle)), ...hrefs(renderHtml(bundle))].join(" ")],
] as const) {
  describe(`the ${name} page shows the kitchen-sink bundle`, () => {
    const missing: string[] = [];

    function walk(value: unknown, path: string, key: string, parent: Record<string, unknown>): void {
      if (path in NOT_SHOWN) return;
      if (value === null) return;
      if (Array.isArray(value)) {
        value.forEach((v) => walk(v, `${path}[]`, key, parent));
        return;
      }
      if (typeof value === "object") {
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, path === "" ? k : `${path}.${k}`, k, value as Record<string, unknown>);
        return;
      }
      // The forms are plain text; white space is compared as the page's is, one space per run.
      const forms = renderedForms(bundle, path, key, value, parent).map((f) => f.replace(/\s+/g, " "));
      if (!forms.some((form) => page.includes(form))) missing.push(`${path} = ${JSON.stringify(value)} (looked for ${JSON.stringify(forms)})`);
    }

    it("has every leaf on the page or on NOT_SHOWN", () => {
      walk(bundle, "", "", {});
      expect(missing).toEqual([]);
    });
  });
}

describe("the not-shown list", () => {
  it("lists only paths the bundle has", () => {
    for (const path of Object.keys(NOT_SHOWN)) {
      const head = path.replace(/\[\]/g, "").split(".")[0]!;
      expect(bundle, path).toHaveProperty(head);
    }
  });
});

describe("htmlText", () => {
  it("reads references and drops markup, style and script", () => {
    expect(htmlText("<style>p{}</style><p>a &#x3C;b&#x3E; &amp; &#233;</p><script>x</script>")).toBe(" a <b> & é ");
    expect(() => htmlText("&bogus;")).toThrow();
  });
});
