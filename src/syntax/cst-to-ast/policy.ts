/** Builders for the file, its policies and the policy-level items. */
import type {
  BusinessHours,
  Comment,
  LanguageEntry,
  Languages,
  Link,
  Policy,
  PolicyItem,
  Provider,
  SourceFile,
  Supersedes,
  Updated,
  ValidFrom,
  ValidUntil,
} from "../../ast/nodes.js";
import type { LanguageEntryCstNode, PolicyCstNode, PolicyItemCstNode, SourceFileCstNode } from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { nodes, token } from "./builder.js";
import { calendar } from "./calendars.js";
import { coverage, eligibility } from "./coverage.js";
import { attributeDecl, channel, eventDecl, metricDecl, severityDecl, team, tier } from "./declarations.js";
import { dateLiteral } from "./literals.js";
import { escalation, fiscalYear, maintenance, responseCredit, test, uptime } from "./sections.js";
import { exclusions, items, note } from "./shared.js";
import type { ItemBuilders } from "./shared.js";
import { targets } from "./targets.js";

function languageEntry(b: Builder, cst: LanguageEntryCstNode): LanguageEntry | undefined {
  const tag = b.name(token(cst, "tag"));
  return tag && { kind: "LanguageEntry", tag, primary: token(cst, "Primary") !== undefined, range: b.rangeOf(cst) };
}

const policyItems: ItemBuilders<PolicyItemCstNode, PolicyItem> = {
  provider: (b, cst): Provider | undefined => {
    const name = b.text(token(cst, "name"));
    return name && { kind: "Provider", name, range: b.rangeOf(cst) };
  },
  updated: (b, cst): Updated | undefined => {
    const date = dateLiteral(b, token(cst, "date"));
    return date && { kind: "Updated", date, range: b.rangeOf(cst) };
  },
  validFrom: (b, cst): ValidFrom | undefined => {
    const date = dateLiteral(b, token(cst, "date"));
    return date && { kind: "ValidFrom", date, range: b.rangeOf(cst) };
  },
  validUntil: (b, cst): ValidUntil | undefined => {
    const date = dateLiteral(b, token(cst, "date"));
    return date && { kind: "ValidUntil", date, range: b.rangeOf(cst) };
  },
  supersedes: (b, cst): Supersedes | undefined => {
    const policy = b.name(token(cst, "policy"));
    return policy && { kind: "Supersedes", policy, range: b.rangeOf(cst) };
  },
  link: (b, cst): Link | undefined => {
    const id = b.name(token(cst, "id"));
    const title = b.text(token(cst, "title"));
    const url = b.text(token(cst, "url"));
    return id && title && url && { kind: "Link", id, title, url, range: b.rangeOf(cst) };
  },
  note,
  languages: (b, cst): Languages | undefined => {
    const languages = nodes(cst, "languageEntry").flatMap((entry) => languageEntry(b, entry) ?? []);
    return languages.length === 0 ? undefined : { kind: "Languages", languages, range: b.rangeOf(cst) };
  },
  businessHours: (b, cst): BusinessHours | undefined => {
    const name = b.name(token(cst, "calendar"));
    return name && { kind: "BusinessHours", calendar: name, range: b.rangeOf(cst) };
  },
  calendar,
  team,
  channel,
  severityDecl,
  tier,
  attributeDecl,
  metricDecl,
  eventDecl,
  eligibility,
  coverage,
  escalation,
  exclusions,
  maintenance,
  uptime,
  fiscalYear,
  responseCredit,
  test,
  targets,
};

function policy(b: Builder, cst: PolicyCstNode): Policy | undefined {
  const id = b.name(token(cst, "id"));
  const title = b.text(token(cst, "title"));
  if (id === undefined) return undefined;
  return { kind: "Policy", id, ...(title && { title }), items: items(b, cst, "policyItem", policyItems), range: b.rangeOf(cst) };
}

/** The whole file; its range is the whole text. */
export function sourceFile(b: Builder, cst: SourceFileCstNode | undefined, comments: readonly Comment[]): SourceFile {
  const policies = cst === undefined ? [] : nodes(cst, "policy").flatMap((p) => policy(b, p) ?? []);
  return { kind: "SourceFile", policies, comments, range: b.source.range(0, b.source.text.length) };
}
