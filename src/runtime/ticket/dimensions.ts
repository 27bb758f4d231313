/**
 * Which dimensions a ticket may leave out: those whose every value gives the ticket the
 * same answers (eligibility and every metric's row), from the resolved target table.
 */
import type { Deadline, TargetRow } from "../../contract/bundle.js";
import { statedTarget, unknownTarget } from "../../contract/targets.js";
import { ANY } from "../../contract/vocabulary.js";
import { type CodeInfo } from "../../diagnostics/registry.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { quotedList } from "../../diagnostics/wording.js";
import { type Outcome, runtimeError, RuntimeFailure } from "../errors.js";
import type { BundleTables } from "./bundle-index.js";
import { type Choice, type Combination, select } from "./selection.js";

/** A ticket's dimensions as given: ids, `*` for undeclared dimensions, null for those it leaves out. */
export interface PartialCombination {
  readonly tier: string | null;
  /** The severity asked for (the ticket's own, else its channel's default), or null. */
  readonly severity: string | null;
  readonly channel: string | null;
  /** One per declared attribute, in the bundle's order: a value id, or null when left out with no default. */
  readonly attributes: readonly (string | null)[];
  /** Never left out: none is none. */
  readonly addons: readonly string[];
}

/**
 * A full combination as candidate for a partial one. Its dimensions are in the order a
 * missing one is asked for — tier (it limits the channels), channel (it may fix or default
 * the severity), severity, then the attributes in declaration order.
 */
interface Candidate {
  readonly values: readonly string[];
  readonly combination: Combination;
  /** Equal for two combinations exactly when they get the same answers. */
  readonly answer: string;
}

const TIER = 0;
const CHANNEL = 1;
const SEVERITY = 2;
const ATTRIBUTES = 3;

/** A ticket may leave out so much that completing it would mean this many combinations; beyond, the first left out is required. */
const MAX_CANDIDATES = 1 << 16;

/** What a metric's row decides, as a string: equal strings give equal answers. */
function rowSignature(row: TargetRow | undefined): string {
  return row === undefined ? "-" : `${row.appliedSeverity} ${targetSignature(row.target)}`;
}

function targetSignature(row: TargetRow["target"]): string {
  const unknown = unknownTarget(row);
  if (unknown !== null) return `unknown ${unknown.unknown}`;
  const target = statedTarget(row);
  if (target === null) return "none";
  const otherwise = target.otherwise === null ? "" : ` otherwise ${deadlineSignature(target.otherwise)} outside ${target.hoursCalendar ?? ""}`;
  return deadlineSignature(target.deadline) + otherwise;
}

function deadlineSignature(deadline: Deadline): string {
  const { amount } = deadline;
  return `${deadline.strict === true ? "under " : ""}${amount.unit === "next_business_day" ? "" : amount.value} ${amount.unit} on ${deadline.calendar}`;
}

/** What a choice decides, as a string: a refusal (with its words, which name the ticket's values), or how the rules reclassified and every metric's row. */
function choiceSignature(choice: Choice): string {
  if ("rejected" in choice) return `rejected ${choice.rejected.code} ${choice.rejected.message}`;
  const steps = choice.reclassified === null ? "" : (choice.reclassified.steps ?? [choice.reclassified]).map((s) => `${s.to} ${s.rule}`).join(" ");
  return `${steps}\n${choice.rows.map(rowSignature).join("\n")}`;
}

/** A choice in words, for the hint of a dimension its eligibility depends on. */
function choiceWords(choice: Choice, severity: string): string {
  if ("rejected" in choice) return `it is rejected (${choice.rejected.message})`;
  const r = choice.reclassified;
  return r === null ? `it keeps severity \`${severity}\`` : `the rule at ${r.rule} reclassifies it to \`${r.to}\``;
}

/**
 * Completes tickets that leave dimensions out, from a bundle's eligibility rules and resolved
 * target rows: a left-out dimension takes a representative value when every value the
 * ticket's other dimensions allow (tier–channel availability, a channel's fixed or default
 * severity included) gives the same eligibility and every metric the same target and applied
 * severity; otherwise it is required. An attribute no metric and no rule depends on never is.
 * Worked out once per bundle and shape of ticket.
 */
export class Dimensions {
  readonly #tables: BundleTables;
  readonly #completions = new Map<string, Outcome<Combination>>();
  readonly #answers = new Map<string, string>();

  constructor(tables: BundleTables) {
    this.#tables = tables;
  }

  /** The combination a ticket is answered with; throws SLA4006 naming a left-out dimension that would change an answer. */
  complete(given: PartialCombination): Combination {
    // NUL never occurs in ids, and an id is never empty, so "" marks a dimension left out.
    let key = `${given.tier ?? ""}\u0000${given.severity ?? ""}\u0000${given.channel ?? ""}\u0000${given.addons.join(",")}`;
    for (const value of given.attributes) key += `\u0000${value ?? ""}`;
    let outcome = this.#completions.get(key);
    if (outcome === undefined) {
      outcome = this.#completion(given);
      this.#completions.set(key, outcome);
    }
    if (!outcome.ok) throw new RuntimeFailure(outcome.error);
    return outcome.value;
  }

  /** The names of the dimensions, in candidate order: `tier`, `channel`, `severity`, then the attribute ids. */
  #name(dimension: number): string {
    return dimension === TIER ? "tier" : dimension === CHANNEL ? "channel" : dimension === SEVERITY ? "severity" : this.#tables.attributes[dimension - ATTRIBUTES]!.attribute.id;
  }

  #declared(dimension: number): readonly string[] {
    const { bundle, baseTiers, attributes } = this.#tables;
    const values =
      dimension === TIER
        ? baseTiers.map((t) => t.id)
        : dimension === CHANNEL
          ? bundle.channels.map((c) => c.id)
          : dimension === SEVERITY
            ? bundle.severities.map((s) => s.id)
            : attributes[dimension - ATTRIBUTES]!.attribute.values.map((v) => v.id);
    return values.length === 0 ? [ANY] : values;
  }

  /** The severities a ticket that asks for none may have on a channel: its fixed one, its default, or any. */
  #severitiesOn(channel: string): readonly string[] {
    const declared = this.#tables.channels.get(channel);
    const only = declared?.fixedSeverity ?? declared?.defaultSeverity ?? null;
    return only === null ? this.#declared(SEVERITY) : [only];
  }

  #available(tier: string, channel: string): boolean {
    return tier === ANY || channel === ANY || this.#tables.tiers.get(tier)!.channels.includes(channel);
  }

  #answer(combination: Combination, values: readonly string[]): string {
    const key = `${values.join("\u0000")}\u0000${combination.addons.join(",")}`;
    let answer = this.#answers.get(key);
    if (answer === undefined) {
      answer = choiceSignature(select(this.#tables, combination));
      this.#answers.set(key, answer);
    }
    return answer;
  }

  #completion(given: PartialCombination): Outcome<Combination> {
    const { attributes } = this.#tables;
    const tiers = given.tier === null ? this.#declared(TIER) : [given.tier];
    const channels = given.channel === null ? this.#declared(CHANNEL) : [given.channel];
    // A left-out attribute that nothing depends on takes its first value, which changes nothing.
    const attributeOptions = given.attributes.map((value, k) =>
      value !== null ? [value] : attributes[k]!.used ? this.#declared(ATTRIBUTES + k) : this.#declared(ATTRIBUTES + k).slice(0, 1),
    );
    const missing = [TIER, CHANNEL, SEVERITY].filter((d) => [given.tier, given.channel, given.severity][d] === null);
    attributeOptions.forEach((options, k) => {
      if (given.attributes[k] === null && options.length > 1) missing.push(ATTRIBUTES + k);
    });
    const most = tiers.length * channels.length * (given.severity === null ? this.#declared(SEVERITY).length : 1) * attributeOptions.reduce((n, o) => n * o.length, 1);
    if (most > MAX_CANDIDATES) {
      const first = missing[0]!;
      return failure(RuntimeCodes.MissingField, `the ticket has no ${this.#label(first)}, and leaves out too much for the rest to be worked out without it`, `give its ${this.#label(first)}`);
    }

    const candidates: Candidate[] = [];
    const attributeValues = product(attributeOptions);
    for (const tier of tiers) {
      for (const channel of channels) {
        if (!this.#available(tier, channel)) continue;
        for (const severity of given.severity === null ? this.#severitiesOn(channel) : [given.severity]) {
          for (const values of attributeValues) {
            const combination: Combination = { tier, severity, channel, attributes: values, addons: given.addons };
            const all = [tier, channel, severity, ...values];
            candidates.push({ values: all, combination, answer: this.#answer(combination, all) });
          }
        }
      }
    }
    const first = candidates[0];
    if (first === undefined) {
      return given.tier === null
        ? failure(RuntimeCodes.ChannelNotAvailable, `no tier may use channel \`${given.channel!}\``)
        : failure(RuntimeCodes.ChannelNotAvailable, `tier \`${given.tier}\` may use no channel`);
    }
    const other = candidates.find((c) => c.answer !== first.answer);
    if (other === undefined) return { ok: true, value: first.combination };

    // Name the first left-out dimension whose value alone changes an answer; when none does
    // alone (a channel only one tier may use), the first left out, with any two that differ.
    for (const dimension of missing) {
      const pair = differingIn(candidates, dimension);
      if (pair !== null) return this.#required(dimension, candidates, pair[0], pair[1]);
    }
    return this.#required(missing[0]!, candidates, first, other);
  }

  #label(dimension: number): string {
    return dimension >= ATTRIBUTES ? `attribute \`${this.#name(dimension)}\`` : `\`${this.#name(dimension)}\``;
  }

  #required(dimension: number, candidates: readonly Candidate[], a: Candidate, b: Candidate): Outcome<Combination> {
    const present = new Set(candidates.map((c) => c.values[dimension]));
    const values = this.#declared(dimension).filter((v) => present.has(v));
    const name = this.#name(dimension);
    const has = `the ticket has no ${this.#label(dimension)} (${quotedList(values, "or")})`;
    const choiceA = select(this.#tables, a.combination);
    const choiceB = select(this.#tables, b.combination);
    if (!("rejected" in choiceA) && !("rejected" in choiceB)) {
      const differs = this.#tables.bundle.metrics.findIndex((_, i) => rowSignature(choiceA.rows[i]) !== rowSignature(choiceB.rows[i]));
      if (differs >= 0) {
        const metric = this.#tables.bundle.metrics[differs]!.id;
        return failure(
          RuntimeCodes.MissingField,
          `${has}, and its \`${metric}\` depends on it`,
          `\`${metric}\` differs between ${name} \`${a.values[dimension]!}\` and ${name} \`${b.values[dimension]!}\``,
        );
      }
    }
    return failure(
      RuntimeCodes.MissingField,
      `${has}, and whether its severity is offered depends on it`,
      `with ${name} \`${a.values[dimension]!}\` ${choiceWords(choiceA, a.combination.severity)}; with ${name} \`${b.values[dimension]!}\` ${choiceWords(choiceB, b.combination.severity)}`,
    );
  }
}

function failure(info: CodeInfo, message: string, hint?: string): Outcome<Combination> {
  return { ok: false, error: runtimeError(info, message, hint) };
}

/** Every choice of one value from each list, the first list varying slowest. */
function product(options: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const values of options) out = out.flatMap((prefix) => values.map((v) => [...prefix, v]));
  return out;
}

/** Two candidates that differ in `dimension` only and answer differently, or null. */
function differingIn(candidates: readonly Candidate[], dimension: number): [Candidate, Candidate] | null {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const rest = c.values.map((v, d) => (d === dimension ? "" : v)).join("\u0000");
    const earlier = seen.get(rest);
    if (earlier === undefined) seen.set(rest, c);
    else if (earlier.answer !== c.answer) return [earlier, c];
  }
  return null;
}
