/**
 * Writes the page set to test/ingest/fixtures/pages/ (pages and expected.json), from the project root:
 *   node dist/test/ingest/make-fixtures.js --write
 * The fixtures are committed so that they can be opened and read; the tests read them from there.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPageSet } from "./pages.js";

if (process.argv.includes("--write")) {
  const dir = join("test", "ingest", "fixtures", "pages");
  mkdirSync(dir, { recursive: true });
  const expected: Record<string, unknown> = {};
  for (const page of buildPageSet()) {
    writeFileSync(join(dir, page.name), page.bytes);
    expected[page.name] = page.expected;
  }
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${Object.keys(expected).length} pages to ${dir}`);
}
