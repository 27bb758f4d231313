import type { MetricRepeats, Name } from "../../ast/nodes.js";
import { DEFAULT_REPEAT_UNTIL, TICKET_EVENTS } from "../../contract/vocabulary.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import { alternatives, didYouMean } from "../suggest.js";
import { firstOf } from "../symbols.js";
import type { RuleVisitor } from "../../ast/visitor.js";

/** The events that pause and resume every clock: they are not happenings a cadence counts. */
const PAUSES: ReadonlySet<string> = new Set<string>(["paused", "resumed"]);

/** The built-in events a metric may repeat after or end at. */
const REPEAT_EVENTS: readonly string[] = TICKET_EVENTS.filter((event) => !PAUSES.has(event));

/**
 * Repeating metric
 *
 * A metric's `repeats` is valid only if the events it repeats `after` and ends `until` are
 * built-in events other than `paused` and `resumed`, declared events or metric ids, and
 * are not the same event (with `after` defaulting to the metric's own id and `until` to
 * `resolved`): cycles that end at the event they repeat after would never run.
 */
export function RepeatingMetricRule(context: ValidationContext): RuleVisitor {
  const known = (id: string): boolean => REPEAT_EVENTS.includes(id) || context.symbols.events.has(id) || context.symbols.metrics.has(id);
  const checkName = (name: Name, word: "after" | "until"): boolean => {
    const id = name.value;
    if (known(id)) return true;
    if (PAUSES.has(id)) {
      context.report(SemanticCodes.UnknownRepeatEvent, `a metric cannot repeat ${word} \`${id}\``, name.range, {
        hint: "`paused` and `resumed` stop and start every clock; name an event such as `customer_reply`",
      });
      return false;
    }
    const options = [...REPEAT_EVENTS, ...context.symbols.events.keys(), ...context.symbols.metrics.keys()];
    context.report(SemanticCodes.UnknownRepeatEvent, `unknown event \`${id}\``, name.range, {
      hint: didYouMean(id, options) ?? `write ${alternatives(REPEAT_EVENTS)}, a declared event or a metric id`,
    });
    return false;
  };
  const checkEnds = (metric: string, repeats: MetricRepeats): void => {
    const after = repeats.after?.value ?? metric;
    const until = repeats.until?.value ?? DEFAULT_REPEAT_UNTIL;
    if (after !== until) return;
    const at = repeats.until ?? repeats.after ?? repeats;
    context.report(SemanticCodes.RepeatEndsWhereItStarts, `metric \`${metric}\` would end its cycles at \`${until}\`, the event it repeats after`, at.range, {
      hint:
        repeats.until === undefined
          ? `without \`until\` the cycles end at \`${DEFAULT_REPEAT_UNTIL}\`; repeat after another event`
          : repeats.after === undefined
            ? `without \`after\` the metric repeats after it is met (\`${metric}\`); end the cycles at another event, such as \`${DEFAULT_REPEAT_UNTIL}\``
            : "repeat after one event and end the cycles at another",
    });
  };
  return {
    MetricDecl: (node) => {
      const repeats = firstOf(node.items, "MetricRepeats");
      if (repeats === undefined) return;
      const afterKnown = repeats.after === undefined || checkName(repeats.after, "after");
      const untilKnown = repeats.until === undefined || checkName(repeats.until, "until");
      if (afterKnown && untilKnown) checkEnds(node.id.value, repeats);
    },
  };
}
