/**
 * Policy strings reach the Markdown page as text: an HTML tag stays text, a Markdown
 * character makes no link, emphasis, heading or table cell.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/bundle/compile-policy.js";
import type { Bundle } from "../../src/contract/bundle.js";
import { renderMarkdown } from "../../src/render/index.js";
import { kitchenSinkPolicy } from "../helpers/kitchen-sink.js";

const HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const MARKDOWN = "| * _ [x](y) #";

/** The bundle's type without `readonly`, for a test that edits a copy. */
type Editable<T> = { -readonly [K in keyof T]: T[K] extends object ? Editable<T[K]> : T[K] };

function hostile(value: string): Bundle {
  const bundle = structuredClone(compilePolicy(kitchenSinkPolicy(), { source: "k.sla" })) as Editable<Bundle>;
  bundle.policy.title = value;
  bundle.policy.notes = [{ title: value, text: value }];
  const severity = bundle.severities[0]!;
  severity.title = value;
  severity.description = value;
  severity.examples = [{ text: value, tiers: [] }];
  bundle.tiers[0]!.title = value;
  bundle.channels[0]!.contacts = [{ address: value, purpose: value }];
  bundle.exclusions = [value];
  return bundle;
}

/** The cells of a GFM table row: split at pipes that no backslash escapes. */
const cells = (row: string): number => row.split(/(?<!\\)\|/).length;

describe("the Markdown page escapes policy strings", () => {
  for (const value of [HTML, MARKDOWN, `${HTML} ${MARKDOWN}`]) {
    it(`shows ${JSON.stringify(value)} as text`, () => {
      // The front matter holds the title as a quoted YAML string (tested below); the body is the page.
      const md = renderMarkdown(hostile(value));
      // No tag passes through: every `<` of the policy string is escaped.
      expect(md).not.toMatch(/(?<!\\)<(?:script|img|\/script)/i);
      // No link is made of `[x](y)`.
      expect(md).not.toMatch(/(?<!\\)\[x\]\(y\)/);
      // Every table keeps its cell count on every row.
      const lines = md.split("\n");
      let width: number | null = null;
      for (const line of lines) {
        if (!line.startsWith("|")) {
          width = null;
          continue;
        }
        width ??= cells(line);
        expect(cells(line), line).toBe(width);
      }
      // The h1 is the one line starting with "# ", and it is the title.
      expect(lines.filter((l) => l.startsWith("# "))).toHaveLength(1);
      // Nothing in a policy string starts a heading, a list or a table of its own.
      const title = lines.find((l) => l.startsWith("# "))!;
      expect(title.replace(/\\(.)/g, "$1")).toBe(`# ${value}`);
    });
  }

  it("quotes front matter values safely", () => {
    const md = renderMarkdown(hostile('a"\n---\nb: 1'), { frontMatter: true });
    expect(md.split("\n").slice(0, 5)).toEqual(["---", 'title: "a\\"\\n---\\nb: 1"', 'policy: "kitchen_sink"', 'lang: "en"', "---"]);
  });
});
