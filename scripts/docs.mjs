// Regenerates docs/diagnostics.md from the compiled code registry (run `npm run build` first).
import { writeFileSync } from "node:fs";
import { allCodes } from "../dist/diagnostics/codes/index.js";
import { renderDiagnosticsDoc } from "../dist/diagnostics/docs.js";

writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), renderDiagnosticsDoc(allCodes()));
