/** Builders for a metric's targets: scopes, rules, deadlines. */
import type {
  ClockRef,
  DeadlineSpec,
  TargetEntry,
  TargetRule,
  Targets,
  TargetScope,
  TargetValue,
} from "../../ast/nodes.js";
import type {
  AmountCstNode,
  ClockCstNode,
  DeadlineCstNode,
  TargetRuleCstNode,
  TargetsCstNode,
  TargetScopeCstNode,
  TargetValueCstNode,
} from "../cst.generated.js";
import type { Builder } from "./builder.js";
import { node, nodes, token } from "./builder.js";
import { scopeDimension } from "./coverage.js";
import { durationLiteral, numberLiteral } from "./literals.js";
import { ruleProvenance } from "./shared.js";

function clock(b: Builder, cst: ClockCstNode | undefined): ClockRef | undefined {
  if (cst === undefined) return undefined;
  const range = b.rangeOf(cst);
  if (token(cst, "always")) return { kind: "Clock24x7", range };
  if (token(cst, "business")) return { kind: "ClockBusiness", range };
  const target = b.name(token(cst, "target"));
  return target && { kind: "ClockOn", target, range };
}

function amount(b: Builder, cst: AmountCstNode | undefined): DeadlineSpec["amount"] | undefined {
  if (cst === undefined) return undefined;
  const range = b.rangeOf(cst);
  const duration = durationLiteral(b, token(cst, "duration"));
  if (duration) return { kind: "AmountDuration", duration, range };
  const days = numberLiteral(b, token(cst, "days"));
  if (days && token(cst, "Calendar")) return { kind: "AmountCalendarDays", days, range };
  if (days) return { kind: "AmountBusinessDays", days, range };
  if (token(cst, "Next")) return { kind: "AmountNextBusinessDay", range };
  return undefined;
}

function deadline(b: Builder, cst: DeadlineCstNode | undefined): DeadlineSpec | undefined {
  if (cst === undefined) return undefined;
  const spent = amount(b, node(cst, "amount"));
  const clockNode = node(cst, "clock");
  const on = clock(b, clockNode);
  if (!spent || (clockNode && !on)) return undefined;
  return { kind: "DeadlineSpec", strict: token(cst, "under") !== undefined, amount: spent, ...(on && { clock: on }), range: b.rangeOf(cst) };
}

function targetValue(b: Builder, cst: TargetValueCstNode | undefined): TargetValue | undefined {
  if (cst === undefined) return undefined;
  const range = b.rangeOf(cst);
  if (token(cst, "None")) return { kind: "NoTarget", range };
  if (token(cst, "Unknown")) {
    const reason = b.text(token(cst, "reason"));
    return reason && { kind: "UnknownTarget", reason, range };
  }
  const inside = deadline(b, node(cst, "inside"));
  const otherwiseNode = node(cst, "otherwise");
  const otherwise = deadline(b, otherwiseNode);
  if (!inside || (otherwiseNode && !otherwise)) return undefined;
  return { kind: "DeadlineValue", inside, ...(otherwise && { otherwise }), range };
}

function targetRule(b: Builder, cst: TargetRuleCstNode): TargetRule | undefined {
  const value = targetValue(b, node(cst, "targetValue"));
  const severities = b.names(node(cst, "severities"), "id");
  const provenance = ruleProvenance(b, nodes(cst, "ruleNote"));
  return value && { kind: "TargetRule", severities, value, provenance, range: b.rangeOf(cst) };
}

function targetScope(b: Builder, cst: TargetScopeCstNode): TargetScope | undefined {
  const scoped = scopeDimension(b, token(cst, "dimension"), token(cst, "attribute"));
  const values = b.names(node(cst, "values"), "id");
  if (!scoped || values.length === 0) return undefined;
  const inner = oneLineOrBlock(b, cst);
  return inner && { kind: "TargetScope", ...scoped, values, entries: inner, range: b.rangeOf(cst) };
}

/**
 * The entries of a block, or the one rule of a one-line form such as `first_response 4h`
 * (with the provenance that trails it, in a scope).
 */
function oneLineOrBlock(b: Builder, cst: TargetsCstNode | TargetScopeCstNode): TargetEntry[] | undefined {
  const oneLine = node(cst, "targetValue");
  if (oneLine === undefined) return entries(b, cst);
  const value = targetValue(b, oneLine);
  const notes = "ruleNote" in cst.children ? nodes(cst as TargetScopeCstNode, "ruleNote") : [];
  const provenance = ruleProvenance(b, notes);
  const range = provenance.length === 0 ? value?.range : b.rangeOf(oneLine, ...notes);
  return value && [{ kind: "TargetRule", severities: [], value, provenance, range: range! }];
}

function entries(b: Builder, cst: TargetsCstNode | TargetScopeCstNode): TargetEntry[] {
  const built: TargetEntry[] = [];
  for (const entry of nodes(cst, "targetEntry")) {
    const scope = node(entry, "targetScope");
    const rule = node(entry, "targetRule");
    const item = scope ? b.item(scope, targetScope) : rule ? b.item(rule, targetRule) : undefined;
    if (item) built.push(item);
  }
  return built;
}

/** `<metric> { … }` or `<metric> <target>` (one rule for every severity, tier and channel). */
export function targets(b: Builder, cst: TargetsCstNode): Targets | undefined {
  const metric = b.name(token(cst, "metric"));
  const inner = oneLineOrBlock(b, cst);
  return metric && inner && { kind: "Targets", metric, entries: inner, range: b.rangeOf(cst) };
}
