/**
 * WARC.gz ingestion throughput: builds a WARC.gz of N HTML pages from the test templates (one gzip
 * member a record, with request and metadata records between responses, as crawlers write them), then
 * reads it with readDocuments — gunzip, WARC parsing, HTTP, charset, extraction — and reports pages/s,
 * the median of R runs.
 *
 *   node dist/bench/ingest-warc.js [pages=1000] [runs=5]
 *   taskset -c 0 node dist/bench/ingest-warc.js     # pinned to one core (zlib's thread pool included)
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocuments } from "../src/ingest/read.js";
import { ARTICLES } from "../test/ingest/articles.js";
import { renderPage } from "../test/ingest/pages.js";
import { TEMPLATES } from "../test/ingest/templates.js";
import { warcGz, warcInfo, warcRecord } from "../test/ingest/warc-build.js";

const pages = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);

const dir = mkdtempSync(join(tmpdir(), "unspun-bench-warc-"));
try {
  const records: Buffer[] = [warcInfo()];
  for (let i = 0; i < pages; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    const a = ARTICLES[i % ARTICLES.length];
    const related = [1, 2, 3, 4, 5].map((k) => ARTICLES[(i + k) % ARTICLES.length]);
    const uri = `https://news${i % 17}.example/${a.slug}-${i}`;
    const charset = t.name === "old-table" ? "windows-1252" : "utf-8";
    records.push(warcRecord({ type: "request", uri, body: "" }));
    records.push(warcRecord({ uri, body: renderPage(t, a, related), contentType: `text/html; charset=${charset}` }));
    records.push(warcRecord({ type: "metadata", uri, body: "fetchTimeMs: 143\r\n" }));
  }
  const file = join(dir, "bench.warc.gz");
  writeFileSync(file, warcGz(records));
  const size = statSync(file).size;

  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    let ok = 0;
    let failed = 0;
    const t0 = performance.now();
    for await (const item of readDocuments([file])) item.ok ? ok++ : failed++;
    const seconds = (performance.now() - t0) / 1000;
    if (ok !== pages) throw new Error(`expected ${pages} articles, read ${ok} (${failed} errors)`);
    rates.push(ok / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  console.log(
    `WARC.gz ingestion: ${pages} pages (${(size / 1e6).toFixed(1)} MB compressed), ${runs} runs: ` +
      `median ${median.toFixed(0)} pages/s (min ${rates[0].toFixed(0)}, max ${rates.at(-1)?.toFixed(0)})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
