/**
 * Runtime problems as data (SLA4nnn), and the one error that is a broken invariant
 * rather than bad input.
 */
import type { CodeInfo } from "../diagnostics/registry.js";

/** A problem with runtime input, as data: a stable SLA4nnn code and a message. */
export interface RuntimeError {
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/** What an evaluation returns: its value, or the first problem that prevents it. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RuntimeError };

/** Builds a runtime error from a registry entry. */
export function runtimeError(info: CodeInfo, message: string, hint?: string): RuntimeError {
  return hint === undefined ? { code: info.code, message } : { code: info.code, message, hint };
}

/**
 * Thrown inside the runtime for input it cannot evaluate; public entry points catch it and
 * return it as an error value, so callers of `deadlines` and `uptime` never see a throw.
 */
export class RuntimeFailure extends Error {
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
