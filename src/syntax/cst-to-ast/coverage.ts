/** Builders for eligibility rules and coverage, and the dimension of a scope they share with targets. */
import type {
  Clock24x7,
  ClockOn,
  Coverage,
  CoverageEntry,
  CoverageRule,
  CoverageScope,
  Eligibility,
  EligibilityRule,
  Name,
  ScopeCondition,
} from "../../ast/nodes.js";
import type { IToken } from "../chevrotain.js";
import type {
  CoverageClockCstNode,
  CoverageCstNode,
  CoverageRuleCstNode,
  CoverageScopeCstNode,
  CoverageValueCstNode,
  EligibilityCstNode,
  EligibilityRuleCstNode,
  ScopeConditionCstNode,
} from "../cst.generated.js";
import { keywordOf } from "../tokens.js";
import type { Builder } from "./builder.js";
import { node, nodes, token, tokens } from "./builder.js";
import { ruleProvenance } from "./shared.js";

/** What a scope narrows: a dimension named by its keyword, or an attribute named by its id. */
export type ScopeDimension =
  | { readonly dimension: "tier" | "channel" | "severity" }
  | { readonly dimension: "attribute"; readonly attribute: Name };

/** The dimension of a scope from its keyword (`tier`, …) or attribute id; undefined when neither is there. */
export function scopeDimension(b: Builder, keyword: IToken | undefined, attribute: IToken | undefined): ScopeDimension | undefined {
  const word = keyword && keywordOf(keyword.tokenType);
  if (word === "tier" || word === "channel" || word === "severity") return { dimension: word };
  const id = b.name(attribute);
  return id && { dimension: "attribute", attribute: id };
}

function scopeCondition(b: Builder, cst: ScopeConditionCstNode): ScopeCondition | undefined {
  const scoped = scopeDimension(b, token(cst, "dimension"), token(cst, "attribute"));
  const values = tokens(cst, "value").map((tok) => b.name(tok)!);
  if (!scoped || values.length === 0) return undefined;
  const range = b.rangeOf(cst);
  if (scoped.dimension === "attribute") return { kind: "ScopeCondition", dimension: "attribute", attribute: scoped.attribute, values, range };
  // The grammar names no `severity` here: the rule's own severities are what it limits.
  return scoped.dimension === "severity" ? undefined : { kind: "ScopeCondition", dimension: scoped.dimension, values, range };
}

function eligibilityRule(b: Builder, cst: EligibilityRuleCstNode): EligibilityRule | undefined {
  const severities = b.names(node(cst, "severities"), "id");
  const modeToken = token(cst, "mode");
  const mode = modeToken && keywordOf(modeToken.tokenType);
  const conditions = nodes(cst, "scopeCondition").map((condition) => scopeCondition(b, condition));
  const rejectToken = token(cst, "Reject");
  const reclassifyToken = token(cst, "Reclassify");
  const severity = b.name(token(cst, "severity"));
  if (severities.length === 0 || (mode !== "only" && mode !== "not") || conditions.length === 0 || conditions.includes(undefined)) return undefined;
  const otherwise: EligibilityRule["otherwise"] | undefined = rejectToken
    ? { kind: "Reject", range: b.rangeOf(rejectToken) }
    : reclassifyToken && severity
      ? { kind: "Reclassify", severity, range: b.rangeOf(reclassifyToken, token(cst, "severity")) }
      : undefined;
  if (!otherwise) return undefined;
  return {
    kind: "EligibilityRule",
    severities,
    mode,
    conditions: conditions as ScopeCondition[],
    otherwise,
    provenance: ruleProvenance(b, nodes(cst, "ruleNote")),
    range: b.rangeOf(cst),
  };
}

/** `eligibility { … }` */
export function eligibility(b: Builder, cst: EligibilityCstNode): Eligibility {
  const rules = nodes(cst, "eligibilityRule").flatMap((rule) => b.item(rule, eligibilityRule) ?? []);
  return { kind: "Eligibility", rules, range: b.rangeOf(cst) };
}

function coverageClock(b: Builder, cst: CoverageClockCstNode | undefined): Clock24x7 | ClockOn | undefined {
  if (cst === undefined) return undefined;
  const range = b.rangeOf(cst);
  if (token(cst, "always")) return { kind: "Clock24x7", range };
  const target = b.name(token(cst, "target"));
  return target && { kind: "ClockOn", target, range };
}

/** The covered hours and fallback of a coverage value, or undefined when a part is missing. */
function coverageValue(b: Builder, cst: CoverageValueCstNode | undefined): Pick<CoverageRule, "calendar" | "otherwise"> | undefined {
  if (cst === undefined) return undefined;
  const calendar = coverageClock(b, node(cst, "calendar"));
  const fallbackNode = node(cst, "otherwise");
  const otherwise = coverageClock(b, fallbackNode);
  if (!calendar || (fallbackNode && !otherwise) || (token(cst, "Otherwise") && !fallbackNode)) return undefined;
  return { calendar, ...(otherwise && { otherwise }) };
}

function coverageRule(b: Builder, cst: CoverageRuleCstNode): CoverageRule | undefined {
  const value = coverageValue(b, node(cst, "coverageValue"));
  const severities = b.names(node(cst, "severities"), "id");
  return value && { kind: "CoverageRule", severities, ...value, range: b.rangeOf(cst) };
}

function coverageScope(b: Builder, cst: CoverageScopeCstNode): CoverageScope | undefined {
  const scoped = scopeDimension(b, token(cst, "dimension"), token(cst, "attribute"));
  const values = b.names(node(cst, "values"), "id");
  if (!scoped || values.length === 0) return undefined;
  const oneLine = node(cst, "coverageValue");
  let inner: CoverageEntry[] | undefined;
  if (oneLine === undefined) inner = coverageEntries(b, cst);
  else {
    const value = coverageValue(b, oneLine);
    inner = value && [{ kind: "CoverageRule", severities: [], ...value, range: b.rangeOf(oneLine) }];
  }
  return inner && { kind: "CoverageScope", ...scoped, values, entries: inner, range: b.rangeOf(cst) };
}

function coverageEntries(b: Builder, cst: CoverageCstNode | CoverageScopeCstNode): CoverageEntry[] {
  const built: CoverageEntry[] = [];
  for (const entry of nodes(cst, "coverageEntry")) {
    const scope = node(entry, "coverageScope");
    const rule = node(entry, "coverageRule");
    const item = scope ? b.item(scope, coverageScope) : rule ? b.item(rule, coverageRule) : undefined;
    if (item) built.push(item);
  }
  return built;
}

/** `coverage { … }` */
export function coverage(b: Builder, cst: CoverageCstNode): Coverage {
  return { kind: "Coverage", entries: coverageEntries(b, cst), range: b.rangeOf(cst) };
}
