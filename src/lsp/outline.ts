/** The outline of a document: its policies, and in each its declarations, targets, sections and tests. */
import { type DocumentSymbol, SymbolKind } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Policy, PolicyItem, SourceFile } from "../ast/nodes.js";
import { lspRange } from "./positions.js";

type Entry = { name: string; detail?: string | undefined; kind: SymbolKind; children?: DocumentSymbol[] };

/** How an item shows in the outline; undefined for one-line facts (provider, notes, links, …). */
function entryOf(item: PolicyItem, document: TextDocument): { entry: Entry; selection: PolicyItem["range"] } | undefined {
  const titled = (kind: SymbolKind, node: { id: { value: string; range: PolicyItem["range"] }; title?: { value: string } | undefined }) => ({
    entry: { name: node.id.value, detail: node.title?.value, kind },
    selection: node.id.range,
  });
  switch (item.kind) {
    case "Calendar":
      return titled(SymbolKind.Module, item);
    case "Team":
      return titled(SymbolKind.Class, item);
    case "Channel":
      return titled(SymbolKind.Interface, item);
    case "SeverityDecl":
      return titled(SymbolKind.EnumMember, item);
    case "Tier":
      return titled(SymbolKind.Class, item);
    case "MetricDecl":
      return titled(SymbolKind.Property, item);
    case "EventDecl":
      return titled(SymbolKind.Event, item);
    case "AttributeDecl": {
      const values = item.items.flatMap((i) => (i.kind === "AttributeValues" ? i.values : []));
      const children = values.map((v) => symbol(document, { name: v.id.value, detail: v.title?.value, kind: SymbolKind.EnumMember }, v.range, v.id.range));
      return { entry: { name: item.id.value, detail: item.title?.value, kind: SymbolKind.Enum, children }, selection: item.id.range };
    }
    case "Targets":
      return { entry: { name: item.metric.value, detail: "targets", kind: SymbolKind.Field }, selection: item.metric.range };
    case "Test":
      return { entry: { name: item.name.value, detail: "test", kind: SymbolKind.Method }, selection: item.name.range };
    case "Uptime":
      return { entry: { name: item.id?.value ?? "uptime", detail: item.title?.value ?? "uptime", kind: SymbolKind.Object }, selection: item.id?.range ?? item.range };
    case "ResponseCredit":
      return { entry: { name: `credit ${item.metric.value}`, detail: item.title?.value, kind: SymbolKind.Object }, selection: item.metric.range };
    case "Eligibility":
    case "Coverage":
    case "Escalation":
    case "Exclusions":
    case "Maintenance":
      return { entry: { name: item.kind.toLowerCase(), kind: SymbolKind.Namespace }, selection: item.range };
    default:
      return undefined;
  }
}

function symbol(document: TextDocument, entry: Entry, range: PolicyItem["range"], selection: PolicyItem["range"]): DocumentSymbol {
  return { ...entry, range: lspRange(document, range), selectionRange: lspRange(document, selection), ...(entry.detail === undefined ? { detail: undefined } : {}) };
}

/** The document symbols of a file: one per policy, its items below it. */
export function outline(file: SourceFile, document: TextDocument): DocumentSymbol[] {
  return file.policies.map((policy: Policy) => {
    const children = policy.items.flatMap((item) => {
      const found = entryOf(item, document);
      return found === undefined ? [] : [symbol(document, found.entry, item.range, found.selection)];
    });
    return symbol(document, { name: policy.id.value, detail: policy.title?.value, kind: SymbolKind.Package, children }, policy.range, policy.id.range);
  });
}
