/**
 * Same input, byte-identical output, whatever the machine: `slac build` of the seed policies,
 * run as a user runs it (bin/slac.js in a child process, like bin.test.ts), writes the same
 * bytes to every .json, .md and .html file under each time zone, each locale and from each
 * working directory. A page or bundle that read the machine's zone or language would differ
 * between Kiritimati (UTC+14), St John's (UTC−3:30, with daylight saving) and UTC, or
 * between C, German and Turkish (whose dotted and dotless i break naive case mapping).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(repo, "bin/slac.js");

const ZONES = ["UTC", "Pacific/Kiritimati", "America/St_Johns"];
/** Each a whole locale environment: nothing is inherited, so a parent's LC_ALL cannot override LANG. */
const LOCALES: Record<string, string>[] = [{ LANG: "C" }, { LANG: "de_DE.UTF-8" }, { LANG: "en_US.UTF-8", LC_ALL: "tr_TR.UTF-8" }];
/** From the repository naming `policies`, and from elsewhere naming the folder by its absolute path. */
const PLACES = [
  { cwd: repo, policies: "policies" },
  { cwd: mkdtempSync(path.join(tmpdir(), "slac-elsewhere-")), policies: path.join(repo, "policies") },
];

const environment = (zone: string, locale: Record<string, string>) => ({ PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: zone, ...locale });

/** Every file a build wrote, by name. */
function outputs(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

const runs = ZONES.flatMap((zone) => LOCALES.flatMap((locale) => PLACES.map((place) => ({ zone, locale, place }))));
const label = ({ zone, locale, place }: (typeof runs)[number]) =>
  `TZ=${zone} ${Object.entries(locale).map(([k, v]) => `${k}=${v}`).join(" ")} in ${place.cwd === repo ? "the repository" : "another folder"}`;

describe("slac build, across time zones, locales and working directories", () => {
  it("runs each child process in the zone and locale it is given", async () => {
    // Without this, an environment Node ignored would make the comparison below prove nothing.
    const seen = await Promise.all(
      runs.filter((r) => r.place.cwd === repo).map(async ({ zone, locale }) => {
        const probe = "const o = new Intl.DateTimeFormat().resolvedOptions(); console.log(o.timeZone, o.locale, new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset())";
        return (await run(process.execPath, ["-e", probe], { env: environment(zone, locale) })).stdout.trim();
      }),
    );
    expect(new Set(seen.map((s) => s.split(" ")[0])), "time zones").toEqual(new Set(ZONES));
    expect(new Set(seen.map((s) => s.split(" ")[1])).size, "locales").toBe(LOCALES.length);
    expect(new Set(seen.map((s) => s.split(" ")[2])), "UTC offsets in January").toEqual(new Set(["0", "-840", "210"]));
  });

  it("writes byte-identical bundles and pages in every run", async () => {
    const built = await Promise.all(
      runs.map(async (r) => {
        const out = mkdtempSync(path.join(tmpdir(), "slac-determinism-"));
        // execFile rejects on a non-zero exit, with the command's output.
        await run(process.execPath, [bin, "build", r.place.policies, "--out", out], { cwd: r.place.cwd, env: environment(r.zone, r.locale) });
        return { run: r, files: outputs(out) };
      }),
    );
    const [first, ...others] = built;
    const names = [...first!.files.keys()];
    expect(names.filter((n) => n.endsWith(".json")).length, "bundles").toBe(5);
    expect(names.filter((n) => n.endsWith(".md")).length, "Markdown pages").toBe(5);
    expect(names.filter((n) => n.endsWith(".html")).length, "HTML pages").toBe(5);
    for (const { run: r, files } of others) {
      expect([...files.keys()], label(r)).toEqual(names);
      for (const name of names) expect(files.get(name)!.equals(first!.files.get(name)!), `${name}, ${label(r)} vs ${label(first!.run)}`).toBe(true);
    }
  });
});
