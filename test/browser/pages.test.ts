/**
 * The generated HTML pages as a visitor's browser shows them: headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core) over each seed policy's page. No console
 * errors, no request leaves the file, the severity and target tables are there, axe-core
 * finds no serious or critical violation, and screenshots at a phone's and a desktop's
 * width are kept under test-artifacts/pages/ for a person to look at. Printed, each page is
 * black on white in either colour scheme, its tables fit the paper's width, and its PDF
 * (kept beside the screenshots) has pages.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { renderHtml } from "../../src/render/index.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const artifacts = path.join(repo, "test-artifacts", "pages");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Each seed policy's page, written to a temporary folder. */
const pages = readdirSync(path.join(repo, "policies"))
  .filter((f) => f.endsWith(".sla"))
  .sort()
  .map((file) => {
    const bundle = compile(readFileSync(path.join(repo, "policies", file), "utf8"), file).bundles[0]!;
    return { id: bundle.policy.id, html: renderHtml(bundle) };
  });
const folder = mkdtempSync(path.join(tmpdir(), "slac-pages-"));
for (const page of pages) writeFileSync(path.join(folder, `${page.id}.html`), page.html);

let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("the seed policies' pages in Chromium", () => {
  for (const { id } of pages) {
    it(`${id}: loads with no console error and no request beyond the file, has its tables, and passes axe`, async () => {
      const context = await browser.newContext({ timezoneId: "UTC", locale: "en-US" });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        if (!request.url().startsWith("file://") && !request.url().startsWith("data:")) problems.push(`request: ${request.url()}`);
      });
      page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
      await page.goto(`file://${path.join(folder, `${id}.html`)}`, { waitUntil: "load" });

      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator("table").count(), "target tables").toBeGreaterThan(0);
      expect(await page.locator("table caption").count(), "every table has a caption").toBe(await page.locator("table").count());

      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(`axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`)) as {
        id: string;
        impact: string;
        nodes: number;
      }[];
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(artifacts, `${id}-${width}.png`), fullPage: true });
        const overflow = (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
        expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const { id } of pages) {
    it(`${id}: prints black on white in either colour scheme, with tables the paper's width`, async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ timezoneId: "UTC", locale: "en-US", colorScheme });
        const page = await context.newPage();
        // An A4 page's width less the print stylesheet's margins: 210 mm − 2 × 15 mm at 96 px an inch.
        await page.setViewportSize({ width: Math.floor(((210 - 30) / 25.4) * 96), height: 1000 });
        await page.goto(`file://${path.join(folder, `${id}.html`)}`, { waitUntil: "load" });
        await page.emulateMedia({ media: "print", colorScheme });

        const printed = (await page.evaluate(`(() => {
          const body = getComputedStyle(document.body);
          const painted = [...document.querySelectorAll("body *")]
            .map((e) => [e.tagName.toLowerCase(), getComputedStyle(e).backgroundColor])
            .filter(([, c]) => c !== "rgba(0, 0, 0, 0)" && c !== "rgb(255, 255, 255)");
          const wide = [...document.querySelectorAll("table")].filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length;
          const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => getComputedStyle(e).display !== "none").length;
          return { background: body.backgroundColor, color: body.color, painted, wide, nav: shown("nav"), overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
        })()`)) as { background: string; color: string; painted: string[][]; wide: number; nav: number; overflow: number };
        expect(printed.background, `${colorScheme}: body background`).toBe("rgb(255, 255, 255)");
        expect(printed.color, `${colorScheme}: body text`).toBe("rgb(0, 0, 0)");
        expect(printed.painted, `${colorScheme}: no element paints a background`).toEqual([]);
        expect(printed.nav, "the contents, which link within the screen page, are not printed").toBe(0);
        expect(printed.wide, `${colorScheme}: tables wider than the paper`).toBe(0);
        expect(printed.overflow, `${colorScheme}: nothing runs past the paper's edge`).toBeLessThanOrEqual(0);

        const pdf = await page.pdf({ path: path.join(artifacts, `${id}-print-${colorScheme}.pdf`), format: "A4", printBackground: true });
        const pageCount = (pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
        expect(pageCount, `${colorScheme}: pages in the PDF`).toBeGreaterThan(0);
        await context.close();
      }
    });
  }

  it("shows a calendar's hours in the visitor's own zone, converted right", async () => {
    // Kustomer's week is Sunday 18:00 – Friday 21:00 New York time: 15:00 – 18:00 in Los Angeles.
    const context = await browser.newContext({ timezoneId: "America/Los_Angeles", locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`file://${path.join(folder, "kustomer.html")}`, { waitUntil: "load" });
    const local = page.locator("#local-business-0");
    expect(await local.isVisible()).toBe(true);
    expect(await local.textContent()).toBe("Sunday 15:00 – Friday 18:00 your time (America/Los_Angeles)");
    await context.close();

    // In the calendar's own zone there is nothing to convert, and the line stays hidden.
    const home = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
    const homePage = await home.newPage();
    await homePage.goto(`file://${path.join(folder, "kustomer.html")}`, { waitUntil: "load" });
    expect(await homePage.locator("#local-business-0").isVisible()).toBe(false);
    await home.close();
  });
});
