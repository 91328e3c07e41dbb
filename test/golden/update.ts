/** `npm run golden`: writes the golden reports as they are made today (see golden.ts). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { currentReports, EXPECTED } from "./golden.js";

const reports = await currentReports();
mkdirSync(EXPECTED, { recursive: true });
for (const f of readdirSync(EXPECTED)) if (!reports.has(f)) rmSync(join(EXPECTED, f));
for (const [name, json] of reports) writeFileSync(join(EXPECTED, name), json);
console.log(`${reports.size} golden reports written to ${EXPECTED}`);
