/** Rules for a metric's targets: scopes, rules, deadlines, amounts and clocks. */
import type { TokenType } from "../chevrotain.js";
import { expectedItems } from "../messages.js";
import { Clock24x7, Comma, Duration, Identifier, K, LCurly, NumberToken, RCurly, StringLiteral } from "../tokens.js";
import { CoverageRules } from "./coverage.js";

/** What an id that starts no targets was expected to be, with the rule for the hint (see messages.ts). */
const policyItemExpected = expectedItems("a policy item", "policyItem");

/** Tokens that can start a target value: `none`, `unknown "…"`, `4h`, `2 business days`, `next business day`, `under 1h`. */
const targetStarts: readonly TokenType[] = [K.none, K.unknown, Duration, NumberToken, K.next, K.under];

/** Target words that are ids too: after one of them, the next token tells a target from a severity. */
const targetWords: readonly TokenType[] = [K.none, K.unknown, K.next, K.under];

/** The targets of a metric, as a block or on one line. */
export abstract class TargetRules extends CoverageRules {
  /** Whether the word at hand is a misspelt or misplaced item keyword rather than a metric id. */
  protected abstract misspeltItem(): boolean;

  targets = this.RULE("targets", () => {
    // Any id starts targets, so a misspelt or misplaced item keyword would too; the
    // GATE turns it into one error at that word (see `misspelt`). A choice of one, so
    // that the choice of a policy item stays a plain look at its first token.
    this.OR1({
      ERR_MSG: policyItemExpected,
      DEF: [{ GATE: () => !this.misspeltItem(), ALT: () => this.CONSUME(Identifier, { LABEL: "metric" }) }],
    });
    this.OR({
      ERR_MSG: "`{` or a target such as `4h`",
      DEF: [
        {
          ALT: () => {
            this.CONSUME(LCurly);
            this.MANY(() => this.SUBRULE(this.targetEntry));
            this.CONSUME(RCurly);
          },
        },
        { ALT: () => this.SUBRULE(this.targetValue) },
      ],
    });
  });

  targetEntry = this.RULE("targetEntry", () => {
    this.OR({
      ERR_MSG: "a target rule such as `critical 4h`, or a scope",
      // `tier`, `channel` and `severity` are also ids, so a rule may start with one (a
      // severity called `tier`). The scope alternative comes first and its GATE looks at
      // what follows the keyword; chevrotain's LL(1) analysis cannot see that, hence
      // IGNORE_AMBIGUITIES.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.startsScope(), ALT: () => this.SUBRULE(this.targetScope) },
        { ALT: () => this.SUBRULE(this.targetRule) },
      ],
    });
  });

  /**
   * `tier <ids> { … }`, or on one line with a single target: `channel chat 2h`; an
   * attribute's id opens a scope of its values: `environment production { … }`.
   */
  targetScope = this.RULE("targetScope", () => {
    this.OR({
      // The dimension keywords are ids too, and come first; any other word is an attribute.
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(K.tier, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(K.channel, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(K.severity, { LABEL: "dimension" }) },
        { ALT: () => this.CONSUME(Identifier, { LABEL: "attribute" }) },
      ],
    });
    this.SUBRULE(this.idList, { LABEL: "values" });
    this.OR2({
      ERR_MSG: "`{` or a target such as `4h`",
      DEF: [
        {
          ALT: () => {
            this.CONSUME(LCurly);
            this.MANY(() => this.SUBRULE(this.targetEntry));
            this.CONSUME(RCurly);
          },
        },
        {
          ALT: () => {
            this.SUBRULE(this.targetValue);
            this.MANY2({ GATE: () => this.startsRuleNote(), DEF: () => this.SUBRULE(this.ruleNote) });
          },
        },
      ],
    });
  });

  targetRule = this.RULE("targetRule", () => {
    this.OPTION({
      // `none`, `unknown`, `next` and `under` are ids too: they start the target unless a
      // severity list continues (`none, low 4h`) or a target follows them (`next 4h`).
      GATE: () => this.startsSeverities(),
      DEF: () => this.SUBRULE(this.idList, { LABEL: "severities" }),
    });
    this.SUBRULE(this.targetValue);
    this.MANY({ GATE: () => this.startsRuleNote(), DEF: () => this.SUBRULE(this.ruleNote) });
  });

  targetValue = this.RULE("targetValue", () => {
    this.OR({
      ERR_MSG: "a target such as `4h`, `2 business days`, `next business day` or `none`",
      DEF: [
        { ALT: () => this.CONSUME(K.none) },
        {
          ALT: () => {
            this.CONSUME(K.unknown);
            this.CONSUME(StringLiteral, { LABEL: "reason", ERR_MSG: "a string saying what the source leaves unsaid" });
          },
        },
        {
          ALT: () => {
            this.SUBRULE(this.deadline, { LABEL: "inside" });
            this.OPTION(() => {
              this.CONSUME(Comma);
              this.CONSUME(K.otherwise);
              this.SUBRULE2(this.deadline, { LABEL: "otherwise" });
            });
          },
        },
      ],
    });
  });

  /** `[under] <amount> [<clock>]`: with `under`, met only strictly before the due instant. */
  deadline = this.RULE("deadline", () => {
    this.OPTION2(() => this.CONSUME(K.under, { LABEL: "under" }));
    this.SUBRULE(this.amount);
    this.OPTION(() => this.SUBRULE(this.clock));
  });

  amount = this.RULE("amount", () => {
    this.OR({
      ERR_MSG: "an amount of time such as `4h`, `2 business days`, `60 calendar days` or `next business day`",
      DEF: [
        { ALT: () => this.CONSUME(Duration, { LABEL: "duration" }) },
        {
          ALT: () => {
            this.CONSUME(NumberToken, { LABEL: "days" });
            this.OR3([{ ALT: () => this.CONSUME(K.business) }, { ALT: () => this.CONSUME(K.calendar) }]);
            this.OR2([{ ALT: () => this.CONSUME(K.day) }, { ALT: () => this.CONSUME(K.days) }]);
          },
        },
        {
          ALT: () => {
            this.CONSUME(K.next);
            this.CONSUME2(K.business);
            this.CONSUME2(K.day);
          },
        },
      ],
    });
  });

  clock = this.RULE("clock", () => {
    this.OR([
      { ALT: () => this.CONSUME(Clock24x7, { LABEL: "always" }) },
      { ALT: () => this.CONSUME(K.business, { LABEL: "business" }) },
      {
        ALT: () => {
          this.CONSUME(K.on);
          this.CONSUME(Identifier, { LABEL: "target" });
        },
      },
    ]);
  });

  /**
   * Whether the word at LA(1) opens a scope rather than a rule for a severity of that
   * name: a scope names ids, a rule goes on with `,` or its target (see `opensScope`).
   */
  private startsScope(): boolean {
    return this.opensScope(targetWords, targetStarts, false);
  }

  /** Whether the id at LA(1) starts a rule's severity list rather than its target. */
  private startsSeverities(): boolean {
    const first = this.LA(1).tokenType;
    if (!targetWords.includes(first)) return true;
    const second = this.LA(2).tokenType;
    // `under 1h` is a strict target; `under, low 4h` and `under none` are rules for a severity `under`.
    if (first === K.under) return second === Comma || (targetWords.includes(second) && second !== K.next);
    return second === Comma || targetStarts.includes(second);
  }
}
