/**
 * Reading a target row's target, which is one of three things: null (no promise), a stated
 * target, or `{ unknown }` (declared, not stated). Loads no TypeBox: bundle types only.
 */
import type { Target, TargetRow, UnknownTarget } from "./bundle.js";

/** A row's target when the policy states one; null for `none`, uncovered, or `unknown`. */
export function statedTarget(target: TargetRow["target"]): Target | null {
  return target !== null && "deadline" in target ? target : null;
}

/** A row's `unknown` target (its reason), or null. */
export function unknownTarget(target: TargetRow["target"]): UnknownTarget | null {
  return target !== null && "unknown" in target ? target : null;
}
