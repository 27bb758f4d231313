import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The pipeline flows one way: diagnostics ← ast ← syntax ← semantics ← bundle; the runtime
// and the renderers read only the contract (the bundle's types and vocabulary), so a bundle
// can be evaluated and rendered without loading the compiler. Only the CLI touches the file
// system and the process.
const src = fileURLToPath(new URL("../src", import.meta.url));

const allowed: Record<string, readonly string[]> = {
  // The ground floor: leaves that everything else reads. The bundle contract (types,
  // schema, vocabulary), civil time (days, dates, times, instants) and diagnostics.
  contract: ["contract"],
  civil: ["civil"],
  diagnostics: ["diagnostics"],
  ast: ["ast", "diagnostics"],
  syntax: ["syntax", "ast", "civil", "diagnostics"],
  semantics: ["semantics", "ast", "civil", "diagnostics", "contract"],
  bundle: ["bundle", "semantics", "ast", "civil", "diagnostics", "contract"],
  runtime: ["runtime", "contract", "civil", "diagnostics"],
  render: ["render", "contract", "civil", "diagnostics"],
  format: ["format", "syntax", "ast", "diagnostics"],
  // The SQL export reads a bundle and writes text: the calendars as the runtime computes them, no engine.
  sql: ["sql", "runtime", "contract", "civil", "diagnostics"],
  cli: ["*"],
  // The language server is an outer adapter like the CLI: it reads every stage (and runs
  // tests as `slac test` does), but leaves the process to the CLI's `slac lsp`.
  lsp: ["*"],
  ".": ["*"],
};
const packagesOnlyIn: Record<string, string> = { chevrotain: "syntax", prettier: "format", "@sinclair/typebox": "contract" };
const systemModules = ["node:fs", "node:fs/promises", "node:child_process", "node:readline"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith(".ts") ? [full] : [];
  });
}

function moduleOf(file: string): string {
  const relative = path.relative(src, file).split(path.sep);
  return relative.length === 1 ? "." : relative[0]!;
}

/** An import or re-export of a file: what it names, and whether it vanishes from the emitted JavaScript. */
interface Import {
  readonly specifier: string;
  /** `import type`, `export type` or `typeof import(…)`; `import { type X }` is not (it keeps a side-effect import). */
  readonly typeOnly: boolean;
}

function importsOf(text: string): Import[] {
  const declared = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b(\s+type\b)?[^;]*?from\s+["']([^"']+)["']/g)];
  const dynamic = [...text.matchAll(/(typeof\s+)?\bimport\(\s*["']([^"']+)["']\s*\)/g)];
  return [...declared, ...dynamic].map((m) => ({ typeOnly: m[1] !== undefined, specifier: m[2]! }));
}

describe("module boundaries", () => {
  const files = sourceFiles(src);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const module = moduleOf(file);
    const name = path.relative(src, file);
    it(`${name} imports only what ${module} may`, () => {
      const rules = allowed[module];
      expect(rules, `no import rules for src/${module}`).toBeDefined();
      for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".")) {
          if (rules!.includes("*")) continue;
          const target = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join("/");
          const ok = rules!.some((r) => target === r || target.startsWith(`${r}/`) || target === `${r}.js`);
          expect(ok, `${name} imports ${specifier}`).toBe(true);
        } else {
          const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
          const owner = packagesOnlyIn[pkg];
          if (owner !== undefined) expect(module, `${name} imports ${pkg}`).toBe(owner);
          if (systemModules.includes(specifier)) expect(module, `${name} imports ${specifier}`).toBe("cli");
        }
      }
    });
  }
});

/** The code of a file without its comments; strings are kept whole, so that `//` in a URL stays. */
function withoutComments(text: string): string {
  return text.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (_, string?: string) => string ?? "");
}

describe("the process", () => {
  // The environment, arguments, streams and exit code reach the stages only through the
  // CLI's `Io` (src/cli/io.ts), so the library runs the same in any host.
  it("is touched only by the CLI", () => {
    const uses = sourceFiles(src)
      .filter((file) => moduleOf(file) !== "cli")
      .flatMap((file) => {
        const found = withoutComments(readFileSync(file, "utf8")).match(/(?<![\w$.])process\s*(?:\?\.|\.|\[)[^\n]*/g) ?? [];
        return found.map((use) => `${path.relative(src, file)}: ${use}`);
      });
    expect(uses).toEqual([]);
  });
});

describe("the contract", () => {
  const contract = path.join(src, "contract");
  const files = sourceFiles(src);
  const inContract = (file: string) => file.startsWith(contract + path.sep);

  it("vocabulary.ts imports nothing, so that loading it loads nothing else", () => {
    expect(importsOf(readFileSync(path.join(contract, "vocabulary.ts"), "utf8"))).toEqual([]);
  });

  it("imports nothing but itself and TypeBox", () => {
    for (const file of files.filter(inContract)) {
      for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
        expect(specifier.startsWith("./") || specifier === "@sinclair/typebox", `${path.basename(file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  // TypeBox costs ~70 ms to load, so only printing the schema may load it: everything else
  // takes the other contract files' types, and values only from the files that load
  // nothing (the vocabulary, and targets.ts, which imports bundle types only).
  const valueFiles = ["vocabulary.js", "targets.js"].map((name) => path.join(contract, name));

  it("targets.ts imports bundle types only", () => {
    expect(importsOf(readFileSync(path.join(contract, "targets.ts"), "utf8")).every((i) => i.typeOnly)).toBe(true);
  });

  it("is loaded elsewhere only as types, except the vocabulary and targets.ts", () => {
    for (const file of files.filter((f) => !inContract(f))) {
      for (const { typeOnly, specifier } of importsOf(readFileSync(file, "utf8"))) {
        if (!specifier.startsWith(".")) continue;
        const target = path.resolve(path.dirname(file), specifier);
        if (!inContract(target) || valueFiles.includes(target)) continue;
        expect(typeOnly, `${path.relative(src, file)} imports ${specifier} as a value`).toBe(true);
      }
    }
  });
});

describe("the runtime's layers", () => {
  // Each layer imports only the layers before it (and errors.ts, instants.ts beside them),
  // so the folder names say which file may call which.
  const layers: Record<string, readonly string[]> = {
    clock: ["clock"],
    ticket: ["clock", "ticket"],
    deadlines: ["clock", "ticket", "deadlines"],
    credits: ["clock", "ticket", "deadlines", "credits"],
    uptime: ["uptime"],
  };
  const runtime = path.join(src, "runtime");
  for (const file of sourceFiles(runtime)) {
    const parts = path.relative(runtime, file).split(path.sep);
    if (parts.length === 1) continue;
    const layer = parts[0]!;
    it(`runtime/${parts.join("/")} imports only the layers ${layer} may`, () => {
      const allowedLayers = layers[layer];
      expect(allowedLayers, `no layer rule for runtime/${layer}`).toBeDefined();
      for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
        if (!specifier.startsWith(".")) continue;
        const target = path.relative(runtime, path.resolve(path.dirname(file), specifier)).split(path.sep);
        if (target[0] === ".." || target.length === 1) continue;
        expect(allowedLayers, `runtime/${parts.join("/")} imports ${specifier}`).toContain(target[0]);
      }
    });
  }
});

describe("doors", () => {
  // Modules with a door are entered through it, so what they offer is listed in one place.
  const doors = ["syntax", "semantics", "runtime"];
  for (const file of sourceFiles(src)) {
    const module = moduleOf(file);
    const name = path.relative(src, file);
    it(`${name} enters ${doors.filter((d) => d !== module).join(", ")} through their index.ts`, () => {
      for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
        if (!specifier.startsWith(".")) continue;
        const target = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep);
        const door = target[0]!;
        if (!doors.includes(door) || door === module || target.length === 1) continue;
        expect(target.slice(1).join("/"), `${name} imports ${specifier}`).toBe("index.js");
      }
    });
  }
});
