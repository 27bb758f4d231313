import type { CommitmentTiers, Policy, ResponseCredit, Uptime } from "../../ast/nodes.js";
import type { RuleVisitor } from "../../ast/visitor.js";
import { DEFAULT_UPTIME_ID } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { Range } from "../../diagnostics/diagnostic.js";
import { quotedList } from "../../diagnostics/wording.js";
import type { ValidationContext } from "../context.js";
import { headOf } from "../describe.js";
import { firstOf } from "../symbols.js";

/** A commitment as this rule compares it: what it is for, the tiers it covers, where it is. */
interface Scoped {
  /** What two commitments must share to compete: an uptime block's service, a credit's metric. */
  readonly subject: string;
  /** The tier ids it covers; null: every tier. */
  readonly tiers: readonly string[] | null;
  /** How messages name it. */
  readonly label: string;
  readonly range: Range;
}

const tiersOf = (ref: CommitmentTiers | undefined): readonly string[] | null => (ref === undefined ? null : ref.tiers.map((t) => t.value));

/** Where an uptime block is pointed at: its id, or its keyword when it has none. */
const uptimeAt = (uptime: Uptime): Range => uptime.id?.range ?? headOf(uptime.range, "uptime".length);

/**
 * Commitment scopes
 *
 * A policy's commitments are valid only if no tier is covered by two uptime commitments
 * for the same service, or by two response credits for the same metric: a customer of
 * that tier would have two objectives, or two credits, for one thing.
 */
export function CommitmentScopesRule(context: ValidationContext): RuleVisitor {
  /** Reports each commitment that covers a tier an earlier one for the same subject covers, once. */
  const overlaps = (scoped: readonly Scoped[], message: (later: Scoped, earlier: Scoped, whom: string) => string): void => {
    const tiers = context.symbols.tiers;
    const declared = [...tiers.keys()];
    for (let i = 0; i < scoped.length; i++) {
      const later = scoped[i]!;
      for (const earlier of scoped.slice(0, i)) {
        if (earlier.subject !== later.subject) continue;
        // Only declared tiers: an unknown one is KnownNamesRule's, and covers no customer.
        const common = (
          earlier.tiers === null ? (later.tiers ?? declared) : later.tiers === null ? earlier.tiers : earlier.tiers.filter((t) => later.tiers!.includes(t))
        ).filter((t, k, all) => tiers.has(t) && all.indexOf(t) === k);
        // Neither names its tiers: both are for every customer, whether or not the policy has tiers.
        const everyone = earlier.tiers === null && later.tiers === null;
        if (!everyone && common.length === 0) continue;
        const whom = everyone ? "every customer" : `${common.length === 1 ? "tier" : "tiers"} ${quotedList(common, "and")}`;
        context.report(SemanticCodes.OverlappingCommitments, message(later, earlier, whom), later.range, {
          hint: "give each its own tiers with `tiers <id>, …`, or merge them",
          related: [{ message: `${earlier.label} is here`, range: earlier.range }],
        });
        break;
      }
    }
  };
  return {
    Policy: (policy: Policy) => {
      // A second commitment with an id already taken is UniqueDefinitionsRule's (one slip, one error).
      const ids = new Set<string>();
      const distinct = policy.items.filter((item): item is Uptime => {
        if (item.kind !== "Uptime") return false;
        const id = item.id?.value ?? DEFAULT_UPTIME_ID;
        return !ids.has(id) && (ids.add(id), true);
      });
      overlaps(
        distinct.map((u) => ({
          subject: firstOf(u.items, "Service")?.text.value ?? "",
          tiers: tiersOf(firstOf(u.items, "CommitmentTiers")),
          label: `uptime \`${u.id?.value ?? DEFAULT_UPTIME_ID}\``,
          range: uptimeAt(u),
        })),
        (later, earlier, whom) =>
          `${later.label} and ${earlier.label} both cover ${whom}${later.subject === "" ? "" : ` for service ${JSON.stringify(later.subject)}`}`,
      );
      overlaps(
        policy.items
          .filter((item): item is ResponseCredit => item.kind === "ResponseCredit")
          .map((c) => ({
            subject: c.metric.value,
            tiers: tiersOf(firstOf(c.items, "CommitmentTiers")),
            label: `the credit for \`${c.metric.value}\``,
            range: c.metric.range,
          })),
        (later, _earlier, whom) => `two credits for \`${later.subject}\` both cover ${whom}`,
      );
    },
  };
}
