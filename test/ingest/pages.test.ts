/** Main-text extraction and metadata over the committed page set (fixtures/pages, see make-fixtures.ts). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readDocuments } from "../../src/ingest/read.js";
import { buildPageSet } from "./pages.js";
import { charF1 } from "./score.js";

const dir = join("test", "ingest", "fixtures", "pages");
type Expected = { title: string; published: string; byline: string | null; text: string } | { notArticle: string };
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected>;
const names = Object.keys(expected);

test("the page set holds at least 30 article pages and the fixtures match their templates", () => {
  const articles = names.filter((n) => !("notArticle" in expected[n]));
  assert.ok(articles.length >= 30, `${articles.length} pages`);
  for (const page of buildPageSet()) assert.deepEqual(readFileSync(join(dir, page.name)), page.bytes, page.name);
});

test("main text: character-level F1 >= 0.97; title and date right on >= 95% of pages, byline on >= 90%; non-articles named", async () => {
  let f1 = 0;
  let metaRight = 0;
  let bylineRight = 0;
  let n = 0;
  const lines: string[] = [];
  for await (const item of readDocuments(names.map((n) => join(dir, n)))) {
    const name = item.origin.slice(dir.length + 1);
    const want = expected[name];
    if ("notArticle" in want) {
      assert.equal(item.ok, false, `${name} holds no article`);
      if (!item.ok) assert.equal(item.notArticle, want.notArticle, `${name}: ${item.message}`);
      continue;
    }
    n++;
    if (!item.ok) {
      lines.push(`${name}: ${item.message}`);
      continue;
    }
    const s = charF1(item.article.text, want.text);
    f1 += s.f1;
    const titleOk = item.article.title === want.title;
    const dateOk = item.article.published?.slice(0, 10) === want.published;
    if (titleOk && dateOk) metaRight++;
    if ((item.article.byline ?? null) === want.byline) bylineRight++;
    if (s.f1 < 0.95 || !titleOk || !dateOk)
      lines.push(
        `${name}: F1 ${s.f1.toFixed(3)} title ${titleOk ? "ok" : item.article.title} date ${item.article.published}`,
      );
  }
  const meanF1 = f1 / n;
  const metaShare = metaRight / n;
  console.log(`pages ${n}  mean char F1 ${meanF1.toFixed(4)}  title+date right ${(100 * metaShare).toFixed(1)}%`);
  for (const l of lines) console.log(`  ${l}`);
  assert.equal(lines.filter((l) => !/ F1 /.test(l)).length, 0, "every article page gives its text");
  assert.ok(meanF1 >= 0.97, `mean F1 ${meanF1}`);
  assert.ok(metaShare >= 0.95, `metadata ${metaShare}`);
  assert.ok(bylineRight / n >= 0.9, `byline ${bylineRight / n}`);
});

test("offsets index the extracted text: no markup, no entities, paragraphs separated by blank lines", async () => {
  for await (const item of readDocuments([join(dir, "01-wordpress-harbour-bridge-repairs.html")])) {
    assert.ok(item.ok);
    const { text, url, byline, site } = item.article;
    assert.doesNotMatch(text, /<|&[a-z]+;|Share this|cookies|Leave a Reply/);
    assert.equal(text.split("\n\n").length, 4);
    assert.ok(text.startsWith("The Eastgate harbour bridge"));
    assert.equal(url, "https://valleycourier.example/2023/10/harbour-bridge-repairs/");
    assert.equal(item.article.id, url, "a page's id is its canonical URL");
    assert.equal(byline, "Marta Lindqvist");
    assert.equal(site, "The Valley Courier");
  }
});
