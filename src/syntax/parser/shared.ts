/**
 * Rules used inside several kinds of block. The grammar is split over a chain of classes
 * (shared ← declarations ← sections ← targets ← policy) only to keep files small; the
 * last one, `SlaParser`, runs chevrotain's self-analysis once all rules exist.
 */
import { CstParser, EOF, tokenMatcher } from "../chevrotain.js";
import type { TokenType } from "../chevrotain.js";
import { messages } from "../messages.js";
import {
  allTokens,
  Clock24x7,
  Comma,
  Duration,
  Identifier,
  K,
  LCurly,
  NumberToken,
  RCurly,
  StringLiteral,
} from "../tokens.js";

/** What may follow an id that starts a target block or a target rule: `{`, `,` or a target. */
const afterEntryId: readonly TokenType[] = [LCurly, Comma, Duration, NumberToken, K.none, K.next];

/** The part of chevrotain's recovery that `findReSyncTokenType` below builds on. */
interface Recovery {
  flattenFollowSet(): TokenType[];
}

/** How the parser is built. */
export interface ParserOptions {
  /** Run chevrotain's grammar validations (ambiguities, left recursion…); tests keep them on. */
  readonly validate: boolean;
}

/** The rules every block may use: lists of ids, notes, contacts, hours, descriptions. */
export abstract class SharedRules extends CstParser {
  constructor(options: ParserOptions) {
    super([...allTokens], {
      recoveryEnabled: true,
      // Every decision is LL(1) except where a soft keyword competes with an id; GATEs
      // and the order of alternatives decide those (see policyItem and targetEntry).
      maxLookahead: 1,
      // Every CST node records the offsets of its first and last real token, which the
      // AST builder turns into ranges (tokens inserted by recovery have NaN offsets and
      // are skipped by chevrotain's tracking).
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider: messages,
      skipValidations: !options.validate,
      traceInitPerf: process.env["SLAC_TRACE_INIT"] === "1",
    });
  }

  /**
   * Where error recovery resumes: the first token that some enclosing rule can go on
   * with (chevrotain's rule), except that a word only counts when it is matched as
   * itself (a keyword such as `tier`) or starts a target entry (`high 4h`, `m {`).
   *
   * Without that exception every word would qualify, since any id may start a policy
   * item (a metric's targets): a typo such as `zonee UTC` inside a calendar would end
   * the calendar there and the rest of it would be read as policy items, one error
   * each. This overrides an undocumented chevrotain 11 method; the recovery tests
   * fail if it stops being called.
   */
  findReSyncTokenType(): TokenType {
    const follows = (this as unknown as Recovery).flattenFollowSet();
    for (let k = 1; ; k++) {
      const token = this.LA(k);
      if (token.tokenType === EOF) return EOF;
      const itself = follows.find((type) => type !== Identifier && tokenMatcher(token, type));
      if (itself !== undefined) return itself;
      if (tokenMatcher(token, Identifier) && follows.includes(Identifier) && afterEntryId.includes(this.LA(k + 1).tokenType)) {
        return Identifier;
      }
    }
  }

  /**
   * Chevrotain may repair a missing token by pretending it was there, when the token
   * at hand could follow it. Not `}`: any id could follow a block (it may start a
   * policy item), so a typo inside a block would close the block. Without it, a block
   * that lost its `}` still ends where an enclosing rule can go on (findReSyncTokenType).
   */
  protected override canTokenTypeBeInsertedInRecovery(type: TokenType): boolean {
    return type !== RCurly;
  }

  /** `<id>, <id>, …` */
  idList = this.RULE("idList", () => {
    this.CONSUME(Identifier, { LABEL: "id" });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Identifier, { LABEL: "id" });
    });
  });

  note = this.RULE("note", () => {
    this.CONSUME(K.note);
    this.CONSUME(StringLiteral, { LABEL: "text" });
    this.OPTION(() => this.CONSUME2(StringLiteral, { LABEL: "text" }));
  });

  hours = this.RULE("hours", () => {
    this.CONSUME(K.hours);
    this.OR({
      ERR_MSG: "`24x7` or a calendar id",
      DEF: [
        { ALT: () => this.CONSUME(Clock24x7, { LABEL: "always" }) },
        { ALT: () => this.CONSUME(Identifier, { LABEL: "calendar" }) },
      ],
    });
  });

  contact = this.RULE("contact", () => {
    this.CONSUME(K.contact);
    this.CONSUME(StringLiteral, { LABEL: "address" });
    this.OPTION(() => this.CONSUME2(StringLiteral, { LABEL: "purpose" }));
  });

  description = this.RULE("description", () => {
    this.CONSUME(K.description);
    this.CONSUME(StringLiteral, { LABEL: "text" });
  });

  channels = this.RULE("channels", () => {
    this.CONSUME(K.channels);
    this.SUBRULE(this.idList, { LABEL: "ids" });
  });

  exclusions = this.RULE("exclusions", () => {
    this.CONSUME(K.exclusions);
    this.CONSUME(LCurly);
    this.MANY(() => this.CONSUME(StringLiteral, { LABEL: "text" }));
    this.CONSUME(RCurly);
  });
}
