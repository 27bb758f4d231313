/**
 * Policy strings reach the HTML page as text: a tag in a policy string is no element, an
 * attribute in it is no attribute, and nothing in it can end the JSON data island early.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { renderHtml } from "../../src/render/index.js";
import { islandJson, LOCAL_TIME_SCRIPT } from "../../src/render/local-time.js";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";

const HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const MARKDOWN = "| * _ [x](y) #";

/** The bundle's type without `readonly`, for a test that edits a copy. */
type Editable<T> = { -readonly [K in keyof T]: T[K] extends object ? Editable<T[K]> : T[K] };

function hostile(value: string): Bundle {
  const bundle = structuredClone(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" })) as Editable<Bundle>;
  bundle.policy.title = value;
  bundle.policy.provider = value;
  bundle.policy.notes = [{ title: value, text: value }];
  const severity = bundle.severities[0]!;
  severity.title = value;
  severity.description = value;
  severity.examples = [{ text: value, tiers: [] }];
  bundle.tiers[0]!.title = value;
  bundle.channels[0]!.contacts = [{ address: value, purpose: value }];
  bundle.calendars[0]!.title = value;
  bundle.policy.links = [
    { id: "x", title: value, url: "https://example.com/?q=\"><script>" },
    { id: "y", title: value, url: "https://example.com/?a=1&b=2" },
  ];
  bundle.exclusions = [value];
  return bundle;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe("the HTML page escapes policy strings", () => {
  for (const value of [HTML, MARKDOWN, `${HTML} ${MARKDOWN}`]) {
    it(`shows ${JSON.stringify(value)} as text`, () => {
      const html = renderHtml(hostile(value));
      // Only the page's own two scripts: the data island and the local-time script.
      expect(count(html, /<script\b/gi)).toBe(2);
      expect(count(html, /<\/script/gi)).toBe(2);
      expect(html).toContain('<script type="application/json" id="slac-local-time">');
      expect(html).toContain(`<script>${LOCAL_TIME_SCRIPT}</script>`);
      expect(html).not.toMatch(/<img/i);
      // No tag of the page has an event handler attribute.
      const tags = html.match(/<[a-z][a-z0-9]*\b[^>]*>/gi) ?? [];
      expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
      // A URL that is no valid URL (a quote in it) is shown as its title, no link; a valid one keeps its `&` escaped in the attribute.
      expect(html).not.toContain("example.com/?q=");
      expect(html).toContain('href="https://example.com/?a=1&#x26;b=2"');
      // The policy string is there, as text: the title element holds it escaped.
      expect(html).toContain(`<title>${value.replace(/&/g, "&#x26;").replace(/</g, "&#x3C;")}</title>`);
      expect(count(html, /<h1>/g)).toBe(1);
    });
  }

  it("never lets a string end the data island or open a comment in it", () => {
    const json = islandJson({ s: "</script><!-- <script>\u2028\u2029" });
    expect(json).not.toContain("<");
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ s: "</script><!-- <script>\u2028\u2029" });
  });

  it("keeps the data island one element whatever the policy strings are", () => {
    const html = renderHtml(hostile("</script><script>alert(3)</script>"));
    const island = /<script type="application\/json" id="slac-local-time">([\s\S]*?)<\/script>/.exec(html)!;
    expect(island[1]).not.toContain("<");
    expect(() => JSON.parse(island[1]!)).not.toThrow();
    expect(count(html, /<script\b/gi)).toBe(2);
  });

  it("makes no link of a contact that is not a whole address", () => {
    const html = renderHtml(hostile("javascript:alert(1)"));
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
