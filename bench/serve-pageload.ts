/**
 * Page load to first report, in Chromium: opens the served page, pastes a ~1,000-word article, and times
 * from navigation start to the report on screen; also the self-contained `--html` report of a ~5,000-word
 * article (render time of the embedded report). Optionally saves a screenshot of the page.
 *
 *   node dist/bench/serve-pageload.js [--db /tmp/unspun-serve.db] [--runs 5] [--screenshot docs/screenshot.png]
 *
 * The article: dev queries joined to ~1,000 words (and one corpus document for a source to show), or, for
 * the screenshot, an edited copy of a bundled sample story against the bundled sample corpus.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { Checker } from "../src/match/check.js";
import { renderReportPage } from "../src/report/html.js";
import { startServer } from "../src/server/serve.js";
import { Corpus } from "../src/store/sqlite.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/support/chromium.js";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "/tmp/unspun-serve.db" },
    queries: { type: "string", default: "../shared/eval/dev/queries.jsonl" },
    runs: { type: "string", default: "5" },
    screenshot: { type: "string" },
  },
});

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

function articleOf(words: number): string {
  const texts = readFileSync(values.queries as string, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const out: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= words) break;
    out.push(t);
    n += t.split(/\s+/).length;
  }
  return out.join("\n\n");
}

if (values.screenshot) {
  // The bundled sample: a copy of sample-business-01 with a number changed and a quote's attribution cut.
  const sample = join(import.meta.dirname, "..", "..", "data", "sample", "corpus.jsonl");
  const docs = readFileSync(sample, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const src = docs.find((d: { id: string }) => d.id === "sample-business-01");
  const text = `Frozen food maker to shed jobs\n\n${src.text
    .replace("cut about 600 jobs", "cut about 650 jobs")
    .replace("falling sales", "declining sales")
    .replace("chief executive Marianne Holt said", "Marianne Holt said")}`;
  const db = join((await import("node:os")).tmpdir(), `unspun-shot-${process.pid}.db`);
  const corpus = Corpus.open(db, { create: true });
  corpus.add(docs);
  corpus.close();
  const server = await startServer({ db, port: 0, host: "127.0.0.1", workers: 1 });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.fill("#article", text);
  await page.click("#check");
  await page.waitForSelector("#report[data-ready]");
  await page.click(".changes button[data-change]");
  await page.evaluate("window.scrollTo(0, 0)");
  await page.waitForTimeout(400);
  await page.screenshot({ path: values.screenshot, type: "png" });
  console.log(`screenshot: ${values.screenshot}`);
  await page.close();
  await server.close();
  (await import("node:fs")).rmSync(db, { force: true });
}

const server = await startServer({ db: values.db as string, port: 0, host: "127.0.0.1" });
const article = articleOf(1000);
const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = performance.now();
  await page.goto(`${server.url}/`);
  await page.fill("#article", article);
  await page.click("#check");
  await page.waitForSelector("#report[data-ready]");
  // The report is on screen once the browser has painted it.
  await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
  times.push(performance.now() - t0);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(
  `served page, ${article.split(/\s+/).length}-word article: load → report on screen, median ${times[times.length >> 1].toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`,
);

// The self-contained report of a 5,000-word article: time to render it from the embedded JSON.
const long = articleOf(5000);
const corpus = Corpus.open(values.db as string, { readonly: true });
const report = await new Checker(corpus).check({ text: long });
const sourceTexts: Record<string, string> = {};
for (const s of report.sources) sourceTexts[s.id] = corpus.get(s.id)?.text ?? "";
corpus.close();
const file = join((await import("node:os")).tmpdir(), `unspun-pageload-${process.pid}.html`);
(await import("node:fs")).writeFileSync(file, renderReportPage({ report, text: long, sourceTexts }));
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const t0 = performance.now();
await page.goto(`file://${file}`);
await page.waitForSelector("#report[data-ready]");
await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
console.log(
  `--html report, ${long.split(/\s+/).length}-word article (${report.sources.length} sources, ${report.changes.length} changes): open → on screen ${(performance.now() - t0).toFixed(0)} ms`,
);
(await import("node:fs")).rmSync(file, { force: true });
await server.close();
await browser.close();
