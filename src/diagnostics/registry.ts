import type { Diagnostic, Range, RelatedInformation, Severity } from "./diagnostic.js";

/** One entry of the diagnostic code registry; docs/diagnostics.md is generated from these. */
export interface CodeInfo {
  /** The stable code, `SLA` followed by four digits; never reused. */
  readonly code: string;
  /** A short PascalCase name for the check, used in docs and tests. */
  readonly name: string;
  readonly severity: Severity;
  /** One sentence saying when the input is valid, or what the diagnostic reports. */
  readonly summary: string;
  /** A small example that triggers it, shown in the docs. */
  readonly example?: string;
  /** Set when the code is no longer reported (codes are never reused): why, and what reports it now. */
  readonly retired?: string;
  /**
   * How a syntax error elsewhere in the policy can cause this finding, so that it is not
   * reported as a second mistake (src/consequences.ts): `absence`, something required is
   * missing (it may be what the parser could not read); `name`, an unknown name (its
   * declaration may be what was lost); `combination`, how the parts of an item combine
   * (what the parser read from a broken item is not what was written).
   */
  readonly consequence?: "absence" | "name" | "combination";
}

/** Defines a group of codes, checking their shape at load time. */
export function defineCodes<const T extends Record<string, Omit<CodeInfo, "name">>>(
  entries: T,
): { readonly [K in keyof T]: CodeInfo } {
  const out: Record<string, CodeInfo> = {};
  for (const [name, info] of Object.entries(entries)) {
    if (!/^SLA[1-6]\d{3}$/.test(info.code)) throw new Error(`bad diagnostic code ${info.code}`);
    out[name] = { name, ...info };
  }
  return out as { readonly [K in keyof T]: CodeInfo };
}

/** Extra parts of a diagnostic beyond code, message and range. */
export interface DiagnosticExtras {
  readonly hint?: string;
  readonly related?: readonly RelatedInformation[];
  /** Overrides the registry's severity (rarely needed). */
  readonly severity?: Severity;
}

/** Builds a diagnostic from a registry entry. */
export function report(info: CodeInfo, message: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  return {
    code: info.code,
    severity: extras.severity ?? info.severity,
    message,
    range,
    ...(extras.hint !== undefined ? { hint: extras.hint } : {}),
    ...(extras.related !== undefined && extras.related.length > 0 ? { related: extras.related } : {}),
  };
}
