/**
 * Runtime problems as data (SLA4nnn), and the one error that is a broken invariant
 * rather than bad input.
 */
import type { CodeInfo } from "../diagnostics/registry.js";

/** A problem with runtime input, as data: a stable SLA4nnn code and a message. */
export interface RuntimeError {
  /** The stable code (`SLA4014`), listed in docs/diagnostics.md. */
  readonly code: string;
  /** What is wrong with the input. */
  readonly message: string;
  /** How to fix it, when there is something to say. */
  readonly hint?: string;
}

/** What an evaluation returns: its value, or the first problem that prevents it. */
export type Outcome<T> =
  | {
      /** The evaluation succeeded. */
      readonly ok: true;
      /** What it computed. */
      readonly value: T;
    }
  | {
      /** The evaluation could not be done. */
      readonly ok: false;
      /** Why. */
      readonly error: RuntimeError;
    };

/** Builds a runtime error from a registry entry. */
export function runtimeError(info: CodeInfo, message: string, hint?: string): RuntimeError {
  return hint === undefined ? { code: info.code, message } : { code: info.code, message, hint };
}

/**
 * Thrown inside the runtime for input it cannot evaluate; public entry points catch it and
 * return it as an error value, so callers of `deadlines` and `uptime` never see a throw.
 */
export class RuntimeFailure extends Error {
  /** The problem, as the entry point that catches the throw returns it. */
  readonly error: RuntimeError;
  constructor(error: RuntimeError) {
    super(`${error.code}: ${error.message}`);
    this.name = "RuntimeFailure";
    this.error = error;
  }
}

/**
 * Thrown for a problem of one answer rather than of the input as a whole — a due that needs
 * dates past its calendar's horizon, a customer-zone calendar on a ticket without `zone` —
 * so that `deadlines` answers the ticket's other metrics and gives this one its error.
 */
export class AnswerFailure extends RuntimeFailure {
  constructor(error: RuntimeError) {
    super(error);
    this.name = "AnswerFailure";
  }
}

/** Thrown when something that a valid bundle guarantees does not hold. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvariantError";
  }
}
