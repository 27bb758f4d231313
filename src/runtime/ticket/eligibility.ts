/**
 * Eligibility rules as the runtime applies them: where a severity is offered ("P1 by phone
 * only", "P1 only for production", "Standard has no P1") and what a ticket that asks for
 * it elsewhere gets — refused, or reclassified to another severity and checked again.
 */
import type { Eligibility } from "../../contract/bundle.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { quotedList } from "../../diagnostics/wording.js";
import { type RuntimeError, runtimeError, RuntimeFailure } from "../errors.js";

/** One attribute of a rule's scope: its position among the bundle's attributes, and the values the scope takes. */
interface ScopeAttribute {
  readonly position: number;
  readonly id: string;
  readonly values: readonly string[];
}

/** An eligibility rule, read once per bundle. */
export interface EligibilityRule {
  readonly severity: string;
  /** True for `only` (the rule bites where its scope does not hold), false for `not` (where it does). */
  readonly only: boolean;
  readonly tiers: readonly string[];
  readonly channels: readonly string[];
  readonly attributes: readonly ScopeAttribute[];
  /** The severity the rule reclassifies to; null when it rejects. */
  readonly reclassify: string | null;
  /** `line:column` of the rule in the source. */
  readonly rule: string;
}

/** One reclassification: a severity, the one a rule gave instead, and the rule. */
export interface ReclassificationStep {
  /** The severity the rule reclassified. */
  readonly from: string;
  /** The severity it gave instead. */
  readonly to: string;
  /** `line:column` of the rule in the source. */
  readonly rule: string;
}

/**
 * How the eligibility rules changed a ticket's severity: from the one the ticket came with
 * (after its channel's fixed or default severity) to the one whose targets apply, by `rule`
 * (the rule that gave `to`). `steps` lists every reclassification, in order, when a
 * reclassified severity was reclassified again; it is absent after one.
 */
export interface Reclassification extends ReclassificationStep {
  /** Every reclassification in order, when there was more than one. */
  readonly steps?: readonly ReclassificationStep[];
}

/** The dimensions of a complete ticket that rules read: ids, attribute values in the bundle's order, add-on ids. */
export interface RuleInput {
  readonly tier: string;
  readonly channel: string;
  readonly attributes: readonly string[];
  readonly addons: readonly string[];
}

/** What the rules decide for a ticket: the severity whose targets apply (and how it came about), or a refusal. */
export type Verdict = { readonly severity: string; readonly reclassified: Reclassification | null } | { readonly rejected: RuntimeError };

function broken(message: string): never {
  throw new RuntimeFailure(runtimeError(RuntimeCodes.BrokenBundle, message));
}

/** Reads a bundle's eligibility rules against its attributes and severities. */
export function compileRules(rules: readonly Eligibility[], positions: ReadonlyMap<string, number>, severities: ReadonlySet<string>): EligibilityRule[] {
  return rules.map((r) => {
    const attributes = Object.entries(r.scope.attributes).map(([id, values]) => ({
      position: positions.get(id) ?? broken(`the eligibility rule at ${r.rule} names attribute \`${id}\`, which the bundle does not declare`),
      id,
      values,
    }));
    const reclassify = r.otherwise.action === "reclassify" ? r.otherwise.severity : null;
    if (reclassify !== null && !severities.has(reclassify)) {
      broken(`the eligibility rule at ${r.rule} reclassifies to severity \`${reclassify}\`, which the bundle does not declare`);
    }
    return { severity: r.severity, only: r.mode === "only", tiers: r.scope.tiers, channels: r.scope.channels, attributes, reclassify, rule: r.rule };
  });
}

/** Whether a ticket's tier, or one of its add-ons, is among a scope's tiers (an empty list: any tier). */
function tierHolds(tiers: readonly string[], ticket: RuleInput): boolean {
  return tiers.length === 0 || tiers.includes(ticket.tier) || ticket.addons.some((a) => tiers.includes(a));
}

/** The parts of a rule's scope that do not hold for a ticket, as words (`channel is \`email\``); none when the scope holds. */
function failingParts(rule: EligibilityRule, ticket: RuleInput): string[] {
  const parts: string[] = [];
  if (!tierHolds(rule.tiers, ticket)) parts.push(`tier is \`${ticket.tier}\`${ticket.addons.length > 0 ? ` (with ${quotedList(ticket.addons, "and")})` : ""}`);
  if (rule.channels.length > 0 && !rule.channels.includes(ticket.channel)) parts.push(`channel is \`${ticket.channel}\``);
  for (const a of rule.attributes) if (!a.values.includes(ticket.attributes[a.position]!)) parts.push(`\`${a.id}\` is \`${ticket.attributes[a.position]!}\``);
  return parts;
}

function scopeHolds(rule: EligibilityRule, ticket: RuleInput): boolean {
  if (!tierHolds(rule.tiers, ticket)) return false;
  if (rule.channels.length > 0 && !rule.channels.includes(ticket.channel)) return false;
  for (const a of rule.attributes) if (!a.values.includes(ticket.attributes[a.position]!)) return false;
  return true;
}

/** Whether a rule refuses its severity to a ticket: `only` where the scope does not hold, `not` where it does. */
function bites(rule: EligibilityRule, ticket: RuleInput): boolean {
  return scopeHolds(rule, ticket) !== rule.only;
}

/** A rule's scope in words: `tier \`gold\` and channel \`phone\` or \`chat\``. */
function scopeWords(rule: EligibilityRule): string {
  const parts: string[] = [];
  if (rule.tiers.length > 0) parts.push(`tier ${quotedList(rule.tiers, "or")}`);
  if (rule.channels.length > 0) parts.push(`channel ${quotedList(rule.channels, "or")}`);
  for (const a of rule.attributes) parts.push(`${a.id} ${quotedList(a.values, "or")}`);
  return parts.join(" and ");
}

function rejection(rule: EligibilityRule, severity: string, steps: readonly ReclassificationStep[] | null, ticket: RuleInput): RuntimeError {
  const last = steps?.at(-1);
  const asked = last === undefined ? `severity \`${severity}\`` : `severity \`${severity}\` (reclassified from \`${last.from}\` by the rule at ${last.rule})`;
  const why = rule.only
    ? `it is offered only for ${scopeWords(rule)}, and the ticket's ${failingParts(rule, ticket).join(", its ")}`
    : scopeWords(rule) === ""
      ? "it is not offered"
      : `it is not offered for ${scopeWords(rule)}`;
  return runtimeError(RuntimeCodes.Rejected, `${asked} is rejected by the rule at ${rule.rule}: ${why}`);
}

/**
 * Applies the rules to a ticket whose severity is `severity`: the first rule (in order) for
 * that severity that bites decides; a reclassified severity is checked again against all the
 * rules, until none bites. A reclassification back to a severity already left is a broken
 * bundle (the compiler rules cycles out), never a loop.
 */
export function applyRules(rules: readonly EligibilityRule[], severity: string, ticket: RuleInput): Verdict {
  let current = severity;
  let steps: ReclassificationStep[] | null = null;
  for (;;) {
    const rule = rules.find((r) => r.severity === current && bites(r, ticket));
    if (rule === undefined) break;
    if (rule.reclassify === null) return { rejected: rejection(rule, current, steps, ticket) };
    const next = rule.reclassify;
    if (next === severity || steps?.some((s) => s.to === next) === true) {
      const path = [severity, ...(steps ?? []).map((s) => s.to), next].map((s) => `\`${s}\``).join(" → ");
      return { rejected: runtimeError(RuntimeCodes.BrokenBundle, `the bundle's eligibility rules reclassify in a cycle: ${path} (the rule at ${rule.rule})`) };
    }
    (steps ??= []).push({ from: current, to: next, rule: rule.rule });
    current = next;
  }
  if (steps === null) return { severity, reclassified: null };
  const last = steps.at(-1)!;
  const reclassified: Reclassification = steps.length === 1 ? last : { from: severity, to: current, rule: last.rule, steps };
  return { severity: current, reclassified };
}
