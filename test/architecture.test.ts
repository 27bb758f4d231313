import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The pipeline flows one way: diagnostics ← ast ← syntax ← semantics ← bundle; the runtime
// and the renderers read bundle types only, so a bundle can be evaluated and rendered
// without loading the compiler. Only the CLI touches the file system and the process.
const src = fileURLToPath(new URL("../src", import.meta.url));

const allowed: Record<string, readonly string[]> = {
  // The bundle contract is a leaf: types, schema and vocabulary that everything else reads.
  contract: ["contract"],
  diagnostics: ["diagnostics"],
  ast: ["ast", "diagnostics"],
  syntax: ["syntax", "ast", "diagnostics"],
  semantics: ["semantics", "ast", "diagnostics", "bundle/types"],
  bundle: ["bundle", "semantics", "ast", "diagnostics"],
  runtime: ["runtime", "bundle/types", "diagnostics"],
  render: ["render", "bundle/types", "diagnostics"],
  format: ["format", "syntax", "ast", "diagnostics"],
  cli: ["*"],
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

function importsOf(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return [...specifiers, ...dynamic];
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
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".")) {
          if (rules!.includes("*")) continue;
          const target = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join("/");
          const ok = rules!.some((r) => target === r || target.startsWith(`${r}/`) || target === `${r}.js`);
          expect(ok, `${name} imports ${specifier}`).toBe(true);
        } else {
          const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
          const owner = packagesOnlyIn[pkg];
          if (owner !== undefined) expect(module, `${name} imports ${pkg}`).toBe(owner);
          if (systemModules.includes(specifier)) expect(["cli", "."], `${name} imports ${specifier}`).toContain(module);
        }
      }
    });
  }
});
