/**
 * Completion: the words the grammar accepts at the cursor (src/syntax's `expectedAt`),
 * the declared ids of the kinds that fit where an id may stand, IANA zones where a zone
 * may, and language tags in a `languages` list.
 */
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import type { RuleName } from "../syntax/index.js";
import { expectedAt } from "../syntax/index.js";
import type { Symbols } from "../semantics/index.js";
import type { Analysis } from "./analysis.js";
import type { SymbolKind } from "./occurrences.js";

/**
 * The kinds of id each rule reads where it takes a reference (declaring rules are absent:
 * a new id is the author's to choose). A rule that reads several kinds narrows by the word
 * before the id (see `byWord`).
 */
const referenced: Partial<Record<RuleName, readonly SymbolKind[]>> = {
  hours: ["calendar"],
  clock: ["calendar", "team"],
  coverageClock: ["calendar", "team"],
  businessHours: ["calendar"],
  channelSeverity: ["severity"],
  example: ["tier"],
  channels: ["channel"],
  eligibilityRule: ["severity"],
  scopeCondition: ["tier", "channel", "attribute"],
  coverageScope: ["tier", "channel", "severity", "attribute"],
  coverageRule: ["severity"],
  coverageEntry: ["severity", "attribute"],
  policyItem: ["metric"],
  targets: ["metric"],
  targetEntry: ["severity", "attribute"],
  targetScope: ["tier", "channel", "severity", "attribute"],
  targetRule: ["severity"],
  escalationLevel: ["team"],
  severities: ["severity"],
  commitmentTiers: ["tier"],
  responseCredit: ["metric"],
  metricStarts: ["event"],
  metricRepeats: ["event", "metric"],
  testDimension: ["tier", "severity", "channel"],
  testAttribute: ["attribute"],
  testAddons: ["tier"],
  testEvent: ["event", "metric"],
  eventChange: ["severity", "attribute"],
  testExpect: ["metric"],
};

/** A keyword just before an id that says which kind it is. */
const byWord: Readonly<Record<string, SymbolKind>> = {
  tier: "tier",
  tiers: "tier",
  addons: "tier",
  channel: "channel",
  channels: "channel",
  severity: "severity",
  severities: "severity",
  always: "severity",
  default: "severity",
  reclassify: "severity",
  attribute: "attribute",
  level: "team",
};

/** Common BCP 47 tags, offered after `languages`; any other tag may still be written. */
const languageTags = [
  "en", "en-US", "en-GB", "de", "fr", "es", "es-419", "it", "pt", "pt-BR", "pt-PT", "nl", "sv", "da", "nb", "fi", "pl", "cs",
  "tr", "ru", "uk", "el", "he", "ar", "hi", "bn", "th", "vi", "id", "ms", "ja", "ko", "zh", "zh-Hans", "zh-Hant",
];

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** The ids of a kind that a policy declares, with their titles. */
function declared(symbols: Symbols, kind: SymbolKind): { id: string; title?: string | undefined }[] {
  switch (kind) {
    case "calendar":
      return [...symbols.calendars.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "team":
      return [...symbols.teams.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "channel":
      return [...symbols.channels.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "severity":
      return [...symbols.severities.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "tier":
      return [...symbols.tiers.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "attribute":
      return [...symbols.attributes.values()].map((a) => ({ id: a.id, title: a.decl.title?.value }));
    case "metric":
      return [...symbols.metrics.values()].map((m) => ({ id: m.id, title: m.title }));
    case "event":
      return [...symbols.events.values()].map((d) => ({ id: d.id.value, title: d.title?.value }));
    case "value":
      return [];
  }
}

const itemKinds: Readonly<Record<SymbolKind, CompletionItemKind>> = {
  calendar: CompletionItemKind.Module,
  team: CompletionItemKind.Class,
  channel: CompletionItemKind.Interface,
  severity: CompletionItemKind.EnumMember,
  tier: CompletionItemKind.Class,
  attribute: CompletionItemKind.Enum,
  value: CompletionItemKind.EnumMember,
  metric: CompletionItemKind.Property,
  event: CompletionItemKind.Event,
};

/** The completions at an offset of an analysed document. */
export function completionsAt(analysis: Analysis, offset: number): CompletionItem[] {
  const expected = expectedAt(analysis.document.getText(), offset);
  const items = new Map<string, CompletionItem>();
  const add = (item: CompletionItem) => {
    if (!items.has(item.label)) items.set(item.label, item);
  };
  const previous = expected.before.at(-1);
  for (const slot of expected.slots) {
    const rules = slot.rules.filter((r) => r !== "idList");
    const rule = rules.at(-1);
    if (slot.token === "zone" || rule === "zoneName" || rule === "zone" || rule === "testZone" || (rule === "fiscalYear" && previous === "zone")) {
      for (const zone of Intl.supportedValuesOf("timeZone")) add({ label: zone, kind: CompletionItemKind.Value, detail: "IANA time zone" });
      continue;
    }
    if (rule === "languageEntry" || rule === "languages") {
      for (const tag of languageTags) add({ label: tag, kind: CompletionItemKind.Value, detail: languageNames.of(tag) ?? tag });
      continue;
    }
    const kinds = rule === undefined ? undefined : referenced[rule];
    if (kinds === undefined) continue;
    const narrowed = previous !== undefined && byWord[previous] !== undefined && kinds.includes(byWord[previous]!) ? [byWord[previous]!] : kinds;
    const symbols = analysis.policyAt(offset)?.policy.symbols;
    if (symbols === undefined) continue;
    for (const kind of narrowed) {
      for (const { id, title } of declared(symbols, kind)) add({ label: id, kind: itemKinds[kind], detail: title === undefined ? kind : `${kind} — ${title}` });
    }
  }
  for (const word of expected.keywords) add({ label: word, kind: CompletionItemKind.Keyword });
  return [...items.values()];
}
