import type { Text } from "../../ast/nodes.js";
import { SemanticCodes } from "../../diagnostics/codes/semantic.js";
import type { ValidationContext } from "../context.js";
import type { RuleVisitor } from "../../ast/visitor.js";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** True when a URL is absolute and http, https or mailto, so a page can link it without risk. */
export function isSafeUrl(url: string): boolean {
  // The scheme must open the text (as the bundle schema's pattern requires): the WHATWG
  // parser would trim leading spaces that a renderer might keep.
  if (!/^(?:https?|mailto):/i.test(url)) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Safe URLs
 *
 * A link or an announcement is valid only if its URL is an absolute `http`, `https` or
 * `mailto` URL, so nothing in a policy can put script into a page.
 */
export function SafeUrlsRule(context: ValidationContext): RuleVisitor {
  const check = (url: Text | undefined): void => {
    if (!url || isSafeUrl(url.value)) return;
    context.report(SemanticCodes.UnsafeUrl, `\`${url.value}\` is not an http, https or mailto URL`, url.range, {
      hint: "write a full URL such as `https://status.example.com`",
    });
  };
  return {
    Link: (node) => check(node.url),
    Announce: (node) => check(node.url),
  };
}
