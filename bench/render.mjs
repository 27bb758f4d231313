// Page rendering: Markdown and HTML pages per second for the seed policies, and the share
// of a `slac build` (compile with schema validation, serialize, render both pages) that
// rendering takes, measured in the same run: once as `slac build policies` runs it (one
// fresh process, each stage run once: the figure the target is about), once in steady
// state (the renderers against the compiler when both are warm).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serializeBundle } from "../dist/bundle/json.js";
import { compile } from "../dist/pipeline.js";
import { renderHtml, renderMarkdown } from "../dist/render/index.js";

const policies = fileURLToPath(new URL("../policies/", import.meta.url));
const sources = readdirSync(policies)
  .filter((f) => f.endsWith(".sla"))
  .sort()
  .map((file) => ({ file, text: readFileSync(policies + file, "utf8") }));

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

/** In a fresh process, like `slac build`: the build's stages once each, and the pages once. */
function coldShare() {
  const script = `
    const t0 = performance.now();
    const { compile } = await import("./dist/pipeline.js");
    const { serializeBundle } = await import("./dist/bundle/json.js");
    const { readFileSync, readdirSync } = await import("node:fs");
    const files = readdirSync("policies").filter((f) => f.endsWith(".sla")).sort();
    const bundles = files.map((f) => compile(readFileSync("policies/" + f, "utf8"), f, { validate: true }).bundles[0]);
    bundles.forEach((b) => serializeBundle(b));
    const t1 = performance.now();
    const { renderHtml, renderMarkdown } = await import("./dist/render/index.js");
    for (const b of bundles) { renderMarkdown(b); renderHtml(b); }
    const t2 = performance.now();
    console.log(JSON.stringify({ build: t1 - t0, render: t2 - t1 }));`;
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    runs.push(JSON.parse(result.stdout));
  }
  runs.sort((a, b) => a.render / (a.build + a.render) - b.render / (b.build + b.render));
  return runs[Math.floor(runs.length / 2)];
}

/** Benchmark lines for the renderers. */
export async function benchRender() {
  const ROUNDS = 40;
  const compileAll = () => sources.map(({ file, text }) => compile(text, file, { validate: true }).bundles[0]);
  const bundles = compileAll();
  const renderAll = () => {
    for (const bundle of bundles) {
      renderMarkdown(bundle);
      renderHtml(bundle);
    }
  };
  // Warm up both halves the same way, then take the best of several passes of each.
  for (let i = 0; i < 5; i++) {
    compileAll().forEach((b) => serializeBundle(b));
    renderAll();
  }
  const buildMs = best(7, () => {
    for (let r = 0; r < ROUNDS; r++) compileAll().forEach((b) => serializeBundle(b));
  });
  const renderMs = best(7, () => {
    for (let r = 0; r < ROUNDS; r++) renderAll();
  });
  const pages = ROUNDS * bundles.length * 2;
  const steady = renderMs / (buildMs + renderMs);
  const cold = coldShare();
  const share = cold.render / (cold.build + cold.render);
  return [
    {
      name: `render the ${bundles.length} seed policies' Markdown and HTML pages`,
      value: pages / (renderMs / 1000),
      unit: "pages/s",
      detail: `${ROUNDS} rounds: ${renderMs.toFixed(0)} ms rendering vs ${buildMs.toFixed(0)} ms compiling, validating and serializing the bundles`,
    },
    {
      name: "rendering's share of a build of policies/ as `slac build` runs it (one fresh process, median of 7)",
      value: share * 100,
      unit: "%",
      target: "≤ 25 %",
      pass: share <= 0.25,
      detail: `${cold.render.toFixed(1)} ms rendering (modules loaded included) vs ${cold.build.toFixed(1)} ms loading, compiling, validating and serializing`,
    },
    {
      name: "rendering's share in steady state (both warm)",
      value: steady * 100,
      unit: "%",
      detail: "Markdown costs most: mdast-util-to-markdown takes about 1.4 ms for a seed page even without the GFM extension",
    },
  ];
}
