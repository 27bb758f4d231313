/**
 * Rules used inside several kinds of block. The grammar is split over a chain of classes
 * (shared ← calendars ← declarations ← sections ← targets ← policy) only to keep files
 * small; the last one, `SlaParser`, runs chevrotain's self-analysis once all rules exist.
 */
import { messages } from "../messages.js";
import { allTokens, Clock24x7, Comma, Identifier, K, LCurly, RCurly, StringLiteral } from "../tokens.js";
import { RecoveringParser } from "./recovery.js";

/** How the parser is built. */
export interface ParserOptions {
  /** Run chevrotain's grammar validations (ambiguities, left recursion…); parser.test.ts does. */
  readonly validate: boolean;
  /** Print how long each step of chevrotain's set-up of the parser takes, to find what building it costs. */
  readonly traceInit?: boolean;
}

/** The rules every block may use: lists of ids, notes, contacts, hours, descriptions. */
export abstract class SharedRules extends RecoveringParser {
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
      traceInitPerf: options.traceInit === true,
    });
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
