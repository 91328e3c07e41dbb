/** Reading real-world input: feeds, WARC archives, globs, `.gz`, and every kind of bad input in a batch. */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { expandGlob, expandPaths } from "../../src/ingest/paths.js";
import { readDocuments } from "../../src/ingest/read.js";
import type { ReadItem } from "../../src/ingest/read-item.js";
import { ARTICLES } from "./articles.js";
import { encodeLegacy, renderPage } from "./pages.js";
import { esc, expectedText, TEMPLATES } from "./templates.js";
import { warcGz, warcInfo, warcRecord } from "./warc-build.js";

const tmp = mkdtempSync(join(tmpdir(), "unspun-ingest-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, data: Buffer | string) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
async function collect(files: string[], options?: Parameters<typeof readDocuments>[1]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readDocuments(files, options)) out.push(item);
  return out;
}
const page = (i: number, t = 0) => renderPage(TEMPLATES[t], ARTICLES[i], ARTICLES.slice(0, 5));
const articleHtml = (i: number) => ARTICLES[i].paragraphs.map((p) => `<p>${esc(p.replace(/^## /, ""))}</p>`).join("\n");

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Valley Courier</title><link>https://valleycourier.example/</link><description>News</description>
<item><title>${esc(ARTICLES[0].title)}</title><link>https://valleycourier.example/a/${ARTICLES[0].slug}</link>
<guid isPermaLink="false">vc-1001</guid><pubDate>Sun, 22 Oct 2023 08:15:00 +0000</pubDate><dc:creator>${ARTICLES[0].byline}</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[${articleHtml(0)}<div class="sharedaddy"><a href="#">Share on X</a></div><p>The post <a href="#">${esc(ARTICLES[0].title)}</a> appeared first on <a href="#">The Valley Courier</a>.</p>]]></content:encoded></item>
<item><title>Only a teaser</title><guid>https://valleycourier.example/a/teaser</guid><pubDate>Mon, 23 Oct 2023 09:00:00 +0000</pubDate>
<description>A short teaser and nothing more.</description></item>
<item><title>${esc(ARTICLES[1].title)}</title><guid>https://valleycourier.example/a/${ARTICLES[1].slug}</guid><pubDate>Thu, 14 Sep 2023 17:40:00 GMT</pubDate>
<description>${esc(articleHtml(1))}</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Metro Now</title><id>urn:metro</id><updated>2024-02-03T12:00:00Z</updated>
<entry><title type="html">${esc(esc(ARTICLES[2].title))}</title><id>tag:metro,2024:1</id>
<link rel="alternate" type="text/html" href="https://metro.example/${ARTICLES[2].slug}"/><link rel="enclosure" href="https://metro.example/x.jpg"/>
<published>2024-02-03T11:02:00+00:00</published><updated>2024-02-04T09:00:00Z</updated><author><name>${ARTICLES[2].byline}</name></author>
<content type="html">${esc(articleHtml(2))}</content></entry>
<entry><title>${esc(ARTICLES[3].title)}</title><id>tag:metro,2024:2</id><link href="https://metro.example/${ARTICLES[3].slug}"/>
<updated>2023-12-01T09:30:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${articleHtml(3)}</div></content></entry>
</feed>`;

test("RSS 2.0: full-content items become documents with link, title, date; summaries are reported", async () => {
  const items = await collect([file("feed.rss", RSS)]);
  assert.equal(items.length, 3);
  const [a, teaser, b] = items;
  assert.ok(a.ok && b.ok);
  assert.equal(a.article.id, `https://valleycourier.example/a/${ARTICLES[0].slug}`);
  assert.equal(a.article.title, ARTICLES[0].title);
  assert.equal(a.article.published, "2023-10-22T08:15:00Z");
  assert.equal(a.article.byline, ARTICLES[0].byline);
  assert.equal(a.article.site, "The Valley Courier");
  assert.equal(a.article.text, expectedText(ARTICLES[0]), "share bar and 'appeared first on' footer are cut");
  assert.equal(a.origin, `${join(tmp, "feed.rss")}:item 1`);
  assert.ok(!teaser.ok && /no full text/.test(teaser.message) && teaser.origin.endsWith(":item 2"));
  assert.equal(teaser.id, "https://valleycourier.example/a/teaser", "an item without a link is named by its guid");
  assert.equal(b.article.id, `https://valleycourier.example/a/${ARTICLES[1].slug}`);
  assert.equal(b.article.text, expectedText(ARTICLES[1]), "escaped HTML in <description> is content too");
});

test("Atom: entries with html and xhtml content, alternate links, published dates", async () => {
  const items = await collect([file("feed.atom", ATOM)]);
  assert.equal(items.length, 2);
  const [a, b] = items;
  assert.ok(a.ok && b.ok);
  assert.equal(a.article.id, `https://metro.example/${ARTICLES[2].slug}`);
  assert.equal(a.article.title, ARTICLES[2].title);
  assert.equal(a.article.published, "2024-02-03T11:02:00+00:00");
  assert.equal(a.article.text, expectedText(ARTICLES[2]));
  assert.equal(b.article.published, "2023-12-01T09:30:00Z");
  assert.equal(b.article.text, expectedText(ARTICLES[3]));
});

test("feeds are sniffed by content and decoded by their XML declaration", async () => {
  const legacy = encodeLegacy(RSS.replace('encoding="UTF-8"', 'encoding="windows-1252"'), "windows-1252");
  const items = await collect([file("news-feed", legacy), file("feed.xml.gz", gzipSync(RSS))]);
  assert.equal(items.filter((i) => i.ok).length, 4);
  const first = items[0];
  assert.ok(first.ok && first.article.text === expectedText(ARTICLES[0]));
});

test("WARC.gz: HTML responses become articles named by target URI; other records are passed over", async () => {
  const uri = (i: number) => `https://news.example/story/${ARTICLES[i].slug}`;
  const latin = encodeLegacy(
    TEMPLATES[1].render(ARTICLES[5], ARTICLES.slice(0, 5)).replace('<meta charset="utf-8">', ""),
    "iso-8859-1",
  );
  const records = [
    warcInfo(),
    warcRecord({ type: "request", uri: uri(4), body: "" }),
    warcRecord({ uri: uri(4), body: page(4, 2), date: "2024-04-12T16:30:00Z" }),
    warcRecord({
      uri: "https://news.example/logo.png",
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      contentType: "image/png",
    }),
    warcRecord({ uri: "https://news.example/old", body: "", status: 301 }),
    warcRecord({ uri: uri(5), body: latin, contentType: "text/html; charset=ISO-8859-1" }),
    warcRecord({ type: "metadata", uri: uri(5), body: "fetchTimeMs: 120\r\n" }),
  ];
  const items = await collect([file("crawl.warc.gz", warcGz(records)), file("crawl.warc", Buffer.concat(records))]);
  assert.equal(items.length, 4);
  for (const item of items) assert.ok(item.ok, item.ok ? "" : item.message);
  const [a, b] = items as Extract<ReadItem, { ok: true }>[];
  assert.equal(a.article.id, uri(4));
  assert.equal(a.article.url, uri(4));
  assert.equal(a.article.crawled, "2024-04-12T16:30:00Z");
  assert.equal(a.article.title, ARTICLES[4].title);
  assert.equal(a.article.text, expectedText(ARTICLES[4]));
  assert.equal(a.origin, `${join(tmp, "crawl.warc.gz")}:record 3`);
  // The publisher's figure caption is the article's (its credit is not).
  const withCaption = expectedText(ARTICLES[5]).replace("\n\n", "\n\nThe scene on Friday.\n\n");
  assert.equal(b.article.text, withCaption, "charset from the HTTP header: no mojibake");
  assert.equal(b.article.published?.slice(0, 10), ARTICLES[5].date);
});

test("WARC damage: a wrong length, a truncated gzip and an oversized record name the record; the rest goes on", async () => {
  const uri = (i: number) => `https://news.example/${i}`;
  const good = (i: number) => warcRecord({ uri: uri(i), body: page(i, i % 4) });
  const wrongLonger = warcRecord({ uri: uri(1), body: page(1), lengthError: 9 });
  const wrongShorter = warcRecord({ uri: uri(2), body: page(2), lengthError: -40 });
  const damaged = warcGz([good(0), wrongLonger, good(3), wrongShorter, good(4)]);
  const truncated = warcGz([good(5), good(6)]);
  const files = [
    file("damaged.warc.gz", damaged),
    file("truncated.warc.gz", truncated.subarray(0, truncated.length - 300)),
    file("after.html", page(7)),
  ];
  const items = await collect(files);
  const summary = items.map((i) => (i.ok ? `ok ${i.article.id}` : `error ${i.origin} ${i.message}`));
  const ids = items.filter((i) => i.ok).map((i) => (i.ok ? i.article.id : ""));
  assert.ok(ids.includes(uri(0)) && ids.includes(uri(3)) && ids.includes(uri(4)), summary.join("\n"));
  const errs = items.filter((i): i is Extract<ReadItem, { ok: false }> => !i.ok);
  const wrong = errs.filter((e) => /wrong record length/.test(e.message));
  assert.deepEqual(
    wrong.map((e) => [e.origin.replace(`${tmp}/`, ""), e.id]),
    [
      ["damaged.warc.gz:record 2", uri(1)],
      ["damaged.warc.gz:record 4", uri(2)],
    ],
    summary.join("\n"),
  );
  assert.ok(ids.includes(uri(5)), "records before the damage in a truncated gzip are read");
  assert.ok(
    errs.some((e) => e.origin.includes("truncated.warc.gz:record") && /truncated/.test(e.message)),
    summary.join("\n"),
  );
  assert.equal(items.at(-1)?.ok, true, "the batch goes on after a damaged archive");

  const big = await collect([file("big.warc.gz", warcGz([good(8), good(9)]))], {
    maxDocumentBytes: 1e6,
    maxRecordBytes: 1000,
  });
  assert.equal(big.length, 2);
  for (const e of big)
    assert.ok(!e.ok && /record too large .*maxRecordBytes/.test(e.message) && e.origin.includes(":record "));
});

test("bad input in a batch: each a clear message naming the file, and the batch goes on", async () => {
  const pdf = file(
    "report.html",
    Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\x00\x00\x00", "latin1"),
  );
  const png = file(
    "photo.htm",
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  const huge = file("huge.html", "");
  truncateSync(huge, 200 * 1024 * 1024); // a sparse 200 MB page: refused by its size, never read
  const gz = gzipSync(page(10));
  const truncatedGz = file("cut.html.gz", gz.subarray(0, Math.floor(gz.length / 2)));
  const emptyFeed = file(
    "empty.rss",
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>',
  );
  const brokenFeed = file("broken.xml", '<?xml version="1.0"?><rss><channel><item><title>x</item></channel>');
  const invalidMarkup = file(
    "sloppy.html",
    `<html><head><title>${ARTICLES[11].title}</title><body><div><p>${ARTICLES[11].paragraphs.join("<p>")}</div></span></b><table><tr><td>menu</html>`,
  );
  const front = file(
    "front.html",
    '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Welcome</h1></body></html>',
  );
  const good = file("good.html.gz", gzipSync(page(12, 5)));
  const items = await collect([
    pdf,
    png,
    huge,
    truncatedGz,
    emptyFeed,
    brokenFeed,
    invalidMarkup,
    front,
    join(tmp, "missing.html"),
    good,
  ]);
  const byFile = new Map(items.map((i) => [i.origin.replace(`${tmp}/`, ""), i]));
  const message = (name: string) => {
    const i = byFile.get(name);
    assert.ok(i && !i.ok, `${name}: ${i?.ok ? "read as an article" : "missing"}`);
    return i.message;
  };
  assert.match(message("report.html"), /not an HTML page: binary data \(a PDF document\)/);
  assert.match(message("photo.htm"), /not an HTML page: binary data \(a PNG image\)/);
  assert.match(message("huge.html"), /page too large \(209715200 bytes; limit \d+, option maxPageBytes\)/);
  assert.match(message("cut.html.gz"), /corrupt or truncated gzip/);
  assert.match(message("empty.rss"), /empty feed/);
  assert.match(message("broken.xml"), /invalid feed XML/);
  assert.match(message("front.html"), /no article found in page/);
  assert.match(message("missing.html"), /no such file/);
  const sloppy = byFile.get("sloppy.html");
  assert.ok(sloppy?.ok, "invalid markup is read as browsers read it");
  assert.equal(sloppy.article.title, ARTICLES[11].title);
  assert.ok(sloppy.article.text.startsWith(ARTICLES[11].paragraphs[0]));
  const last = byFile.get("good.html.gz");
  assert.ok(last?.ok, "the batch goes on to the good page");
  assert.equal(last.article.text, expectedText(ARTICLES[12]));
});

test("globs and directories expand to the files unspun reads, sorted", async () => {
  const d = join(tmp, "site");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(join(d, "2024"), { recursive: true });
  writeFileSync(join(d, "b.html"), page(13));
  writeFileSync(join(d, "a.txt"), "plain");
  writeFileSync(join(d, "style.css"), "body{}");
  writeFileSync(join(d, "logo.png"), Buffer.from([0x89, 0x50]));
  writeFileSync(join(d, "2024", "c.htm"), page(14));
  writeFileSync(join(d, "2024", "feed.xml.gz"), gzipSync(RSS));
  writeFileSync(join(d, ".hidden.html"), page(15));
  assert.deepEqual(await expandPaths([d]), [
    join(d, "2024", "c.htm"),
    join(d, "2024", "feed.xml.gz"),
    join(d, "a.txt"),
    join(d, "b.html"),
  ]);
  assert.deepEqual(await expandGlob(join(d, "**/*.htm*")), [join(d, "2024", "c.htm"), join(d, "b.html")]);
  assert.deepEqual(await expandPaths([join(d, "*.txt"), join(d, "*.nothing")]), [
    join(d, "a.txt"),
    join(d, "*.nothing"),
  ]);
  const items = await collect(await expandPaths([join(d, "**/*.htm*")]));
  assert.deepEqual(
    items.map((i) => i.ok),
    [true, true],
  );
});

test("ids: a string or a number of 1 to 500 characters; anything else is that line's error, and the batch goes on", async () => {
  const lines = [
    { id: { k: 1 }, text: "An object for an id." },
    { id: 42, text: "A number for an id." },
    { id: "", text: "An empty id." },
    { id: "x".repeat(501), text: "A long id." },
    { id: "tab\there", text: "A control character." },
    { id: [1], text: "A list for an id." },
    { id: true, text: "A boolean for an id." },
    { id: null, text: "No id: the line's place names it." },
    { id: "fine", text: "A good one." },
  ];
  const path = file("ids.jsonl", `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  const items = await collect([path]);
  assert.equal(items.length, lines.length);
  const said = items.map((it) => (it.ok ? `ok ${it.article.id}` : it.message));
  assert.match(said[0], /the id must be a string or a number, not an object/);
  assert.equal(said[1], "ok 42");
  assert.match(said[2], /the id is empty/);
  assert.match(said[3], /501 characters long \(at most 500\)/);
  assert.match(said[4], /control character/);
  assert.match(said[5], /not a list/);
  assert.match(said[6], /not a boolean/);
  assert.equal(said[7], `ok ${path}:8`);
  assert.equal(said[8], "ok fine");
});

test("ids unspun makes from long paths stay within 500 characters and apart", async () => {
  const { derivedId } = await import("../../src/ingest/article.js");
  const a = derivedId(`https://example.com/${"a".repeat(600)}?page=1`);
  const b = derivedId(`https://example.com/${"a".repeat(600)}?page=2`);
  assert.equal(a.length, 500);
  assert.notEqual(a, b);
  assert.equal(derivedId("short/path.txt"), "short/path.txt");
});

test("broken gzip closes its file: 300 bad .jsonl.gz and .txt.gz reads leave no file open", {
  skip: !existsSync("/proc/self/fd"),
}, async () => {
  const open = () => readdirSync("/proc/self/fd").length;
  const bad = file(
    "bad.jsonl.gz",
    Buffer.concat([gzipSync('{"id":"a","text":"fine"}\n').subarray(0, 12), Buffer.from("garbage")]),
  );
  const badText = file("bad.txt.gz", Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff]));
  await collect([bad, badText]);
  const before = open();
  for (let i = 0; i < 150; i++) {
    const items = await collect([bad, badText]);
    assert.ok(items.every((it) => !it.ok || it.article.text === "fine"));
  }
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(open() - before < 10, `${open() - before} more files open`);
});
