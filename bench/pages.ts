/**
 * Main-text extraction over the committed page set (test/ingest/fixtures/pages: articles in eighteen site
 * layouts, short briefs, and pages that are not articles), against its gold text, kind, byline and date:
 *
 *   text F1      token-level F1: the multiset of the extracted text's word tokens (letters and digits, case
 *                kept) against the gold's, per article page, averaged; also the character-weighted LCS F1
 *                the unit tests use (test/ingest/score.ts)
 *   article      article-or-not accuracy over every page (a non-article must be refused, an article read)
 *   kind         of the non-articles, how many are named as the gold names them
 *   byline/date  exact byline (absent where the gold has none) and publication date, over article pages
 *   no text      article pages that gave no text at all
 *   pages/s      extractPage alone (decoded text in memory), the best of R passes over the set, this thread
 *
 *   node dist/bench/pages.js [runs=5] [--list]
 *   taskset -c 0 node dist/bench/pages.js      # pinned to one core
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeMarkup } from "../src/ingest/decode.js";
import { extractPage } from "../src/ingest/html.js";
import type { Expected, NotArticle } from "../test/ingest/pages.js";
import { charF1, tokenF1 } from "../test/ingest/score.js";

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
const list = process.argv.includes("--list");
const dir = join("test", "ingest", "fixtures", "pages");
const gold = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected | NotArticle>;
const pages = Object.entries(gold).map(([name, want]) => {
  const decoded = decodeMarkup(readFileSync(join(dir, name)));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
  return { name, want, html: decoded.text };
});

let articles = 0;
let tokenSum = 0;
let charSum = 0;
let rightKind = 0;
let rightKindOf = 0;
let bylineRight = 0;
let dateRight = 0;
let noText = 0;
let kindRight = 0;
const lines: string[] = [];
for (const { name, want, html } of pages) {
  const got = extractPage(html);
  if ("notArticle" in want) {
    rightKindOf++;
    if (!got.ok) {
      rightKind++;
      if (got.notArticle === want.notArticle) kindRight++;
      else lines.push(`${name}: refused as ${got.notArticle ?? "?"} (${got.message}), gold ${want.notArticle}`);
    } else lines.push(`${name}: read as an article, gold ${want.notArticle}`);
    continue;
  }
  articles++;
  if (!got.ok) {
    if (!got.notArticle) noText++;
    lines.push(`${name}: ${got.message}`);
    continue;
  }
  rightKind++;
  const t = tokenF1(got.text, want.text);
  tokenSum += t.f1;
  charSum += charF1(got.text, want.text).f1;
  const bylineOk = (got.byline ?? null) === want.byline;
  const dateOk = got.published?.slice(0, 10) === want.published;
  if (bylineOk) bylineRight++;
  if (dateOk) dateRight++;
  if (t.f1 < 0.97 || !bylineOk || !dateOk)
    lines.push(
      `${name}: token F1 ${t.f1.toFixed(3)} (P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)})` +
        `${bylineOk ? "" : ` byline ${JSON.stringify(got.byline)} want ${JSON.stringify(want.byline)}`}` +
        `${dateOk ? "" : ` date ${got.published}`}`,
    );
}

let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  for (const p of pages) extractPage(p.html);
  best = Math.min(best, performance.now() - t0);
}

const f = (x: number) => x.toFixed(3);
console.log(`pages ${pages.length} (articles ${articles}, not articles ${rightKindOf})`);
console.log(`text F1 (token) ${f(tokenSum / articles)}   text F1 (char LCS) ${f(charSum / articles)}`);
console.log(
  `article-or-not accuracy ${f(rightKind / pages.length)}   non-article kind named ${kindRight}/${rightKindOf}`,
);
console.log(
  `byline ${f(bylineRight / articles)}   date ${f(dateRight / articles)}   article pages with no text ${noText}`,
);
console.log(`speed ${((pages.length * 1000) / best).toFixed(0)} pages/s (best of ${runs})`);
if (list || lines.length <= 20) for (const l of lines) console.log(`  ${l}`);
else console.log(`  ${lines.length} pages below par (--list shows them)`);
