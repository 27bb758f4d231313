#!/usr/bin/env node
// The command line, from its bundle (see rolldown.config.mjs); `npm run build` makes it.
import { run } from "../dist/bin/slac.js";

process.exitCode = await run(process.argv.slice(2));
