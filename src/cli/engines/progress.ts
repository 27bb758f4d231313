/**
 * A progress line on standard error while DuckDB works through a large input: one line,
 * rewritten in place, then erased. Only for a terminal; a pipe or a file gets nothing.
 */
import type { Io } from "../io.js";
import type { ProgressListener } from "./duckdb.js";

/** A progress line: a listener per step, and the end that erases it. */
export interface ProgressLine {
  /** The listener for a step named `label` (`loading tickets`, `counting attainment`). */
  step(label: string): ProgressListener;
  /** Erases the line, if one was drawn. */
  end(): void;
}

/** Draws progress on standard error, which must be a terminal. */
export function progressLine(io: Io): ProgressLine {
  let drawn = "";
  return {
    step(label) {
      return (percentage) => {
        const text = `slac report: ${label}${percentage === null ? "…" : ` ${percentage.toFixed(0).padStart(3)} %`}`;
        if (text === drawn) return;
        // Return to the line's start and clear it (ESC [ K), so a shorter text leaves nothing behind.
        io.stderr(`\r\x1b[K${text}`);
        drawn = text;
      };
    },
    end() {
      if (drawn !== "") io.stderr("\r\x1b[K");
      drawn = "";
    },
  };
}
