/**
 * Which dimensions a ticket may leave out: those whose every value gives the ticket the
 * same answers, from the resolved target table.
 */
import type { Bundle, Deadline, TargetRow } from "../../contract/bundle.js";
import { statedTarget, unknownTarget } from "../../contract/targets.js";
import { ANY } from "../../contract/vocabulary.js";
import { type CodeInfo } from "../../diagnostics/registry.js";
import { RuntimeCodes } from "../../diagnostics/codes/runtime.js";
import { quotedList } from "../../diagnostics/wording.js";
import { type Outcome, runtimeError, RuntimeFailure } from "../errors.js";

/** A (tier, severity, channel) combination of ids, `*` where the policy declares no such dimension. */
export interface Combination {
  readonly tier: string;
  readonly severity: string;
  readonly channel: string;
}

/** A ticket's dimensions as given: ids, `*` for undeclared dimensions, null for those it leaves out. */
export interface PartialCombination {
  readonly tier: string | null;
  readonly severity: string | null;
  readonly channel: string | null;
}

type Dimension = keyof Combination;

/** The order in which a missing dimension is asked for: a tier limits the channels, a channel may fix the severity. */
const ORDER: readonly Dimension[] = ["tier", "channel", "severity"];

interface Candidate extends Combination {
  /** Equal for two combinations exactly when every metric gets the same target and applied severity. */
  readonly answer: number;
}

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
  return `${amount.unit === "next_business_day" ? "" : amount.value} ${amount.unit} on ${deadline.calendar}`;
}


/**
 * Completes tickets that leave dimensions out, from a bundle's resolved target rows: a left-out
 * dimension takes a representative value when every value the ticket's other dimensions allow
 * (tier–channel availability included) gives every metric the same target and applied
 * severity; otherwise it is required. Worked out once per bundle and shape of ticket.
 */
export class Dimensions {
  readonly #bundle: Bundle;
  readonly #rowOf: (tier: string, severity: string, channel: string, metric: string) => TargetRow | undefined;
  readonly #completions = new Map<string, Outcome<Combination>>();
  #answers: Map<string, number> | null = null;

  constructor(bundle: Bundle, rowOf: (tier: string, severity: string, channel: string, metric: string) => TargetRow | undefined) {
    this.#bundle = bundle;
    this.#rowOf = rowOf;
  }

  /** The combination a ticket is answered with; throws SLA4006 naming a left-out dimension that would change an answer. */
  complete(given: PartialCombination): Combination {
    // NUL never occurs in ids, and an id is never empty, so "" marks a dimension left out.
    const key = `${given.tier ?? ""}\u0000${given.severity ?? ""}\u0000${given.channel ?? ""}`;
    let outcome = this.#completions.get(key);
    if (outcome === undefined) {
      outcome = this.#completion(given);
      this.#completions.set(key, outcome);
    }
    if (!outcome.ok) throw new RuntimeFailure(outcome.error);
    return outcome.value;
  }

  #values(dimension: Dimension): readonly string[] {
    const declared = dimension === "tier" ? this.#bundle.tiers : dimension === "severity" ? this.#bundle.severities : this.#bundle.channels;
    return declared.length === 0 ? [ANY] : declared.map((v) => v.id);
  }

  #signature(tier: string, severity: string, channel: string): string {
    return this.#bundle.metrics.map((m) => rowSignature(this.#rowOf(tier, severity, channel, m.id))).join("\n");
  }

  /** The answer class of an available combination; all of them are numbered on first use. */
  #answerOf(tier: string, severity: string, channel: string): number {
    if (this.#answers === null) {
      const answers = new Map<string, number>();
      const classes = new Map<string, number>();
      for (const t of this.#values("tier")) {
        for (const c of this.#values("channel")) {
          if (!this.#available(t, c)) continue;
          for (const s of this.#values("severity")) {
            const signature = this.#signature(t, s, c);
            let answer = classes.get(signature);
            if (answer === undefined) classes.set(signature, (answer = classes.size));
            answers.set(`${t}\u0000${s}\u0000${c}`, answer);
          }
        }
      }
      this.#answers = answers;
    }
    return this.#answers.get(`${tier}\u0000${severity}\u0000${channel}`)!;
  }

  #available(tier: string, channel: string): boolean {
    return tier === ANY || channel === ANY || this.#bundle.tiers.find((t) => t.id === tier)!.channels.includes(channel);
  }

  #completion(given: PartialCombination): Outcome<Combination> {
    const candidates: Candidate[] = [];
    for (const tier of given.tier === null ? this.#values("tier") : [given.tier]) {
      for (const channel of given.channel === null ? this.#values("channel") : [given.channel]) {
        if (!this.#available(tier, channel)) continue;
        for (const severity of given.severity === null ? this.#values("severity") : [given.severity]) {
          candidates.push({ tier, severity, channel, answer: this.#answerOf(tier, severity, channel) });
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
    if (other === undefined) return { ok: true, value: { tier: first.tier, severity: first.severity, channel: first.channel } };

    const missing = ORDER.filter((d) => given[d] === null);
    // Name the first left-out dimension whose value alone changes an answer; when none does
    // alone (a channel only one tier may use), the first left out, with any two that differ.
    for (const dimension of missing) {
      const pair = differingIn(candidates, dimension);
      if (pair !== null) return this.#required(dimension, candidates, pair[0], pair[1]);
    }
    return this.#required(missing[0]!, candidates, first, other);
  }

  #required(dimension: Dimension, candidates: readonly Candidate[], a: Candidate, b: Candidate): Outcome<Combination> {
    const present = new Set(candidates.map((c) => c[dimension]));
    const values = this.#values(dimension).filter((v) => present.has(v));
    const metric = this.#bundle.metrics.find(
      (m) => rowSignature(this.#rowOf(a.tier, a.severity, a.channel, m.id)) !== rowSignature(this.#rowOf(b.tier, b.severity, b.channel, m.id)),
    )!.id;
    return failure(
      RuntimeCodes.MissingField,
      `the ticket has no \`${dimension}\` (${quotedList(values, "or")}), and its \`${metric}\` depends on it`,
      `\`${metric}\` differs between ${dimension} \`${a[dimension]}\` and ${dimension} \`${b[dimension]}\``,
    );
  }
}

function failure(info: CodeInfo, message: string, hint?: string): Outcome<Combination> {
  return { ok: false, error: runtimeError(info, message, hint) };
}

/** Two candidates that differ in `dimension` only and answer differently, or null. */
function differingIn(candidates: readonly Candidate[], dimension: Dimension): [Candidate, Candidate] | null {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const rest = ORDER.filter((d) => d !== dimension)
      .map((d) => c[d])
      .join("\u0000");
    const earlier = seen.get(rest);
    if (earlier === undefined) seen.set(rest, c);
    else if (earlier.answer !== c.answer) return [earlier, c];
  }
  return null;
}
