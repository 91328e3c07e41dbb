/**
 * Hostile input for the fuzz tests and the fuzz bench: byte strings and text shaped like what each reader
 * takes (JSONL, HTML, feeds, WARC), and the one rule every outcome must keep — a report whose every span lies
 * inside its text, or an error of one line. Shared so that the bench's long run tries what CI tries briefly.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { readDocuments } from "../../src/ingest/read.js";
import type { ReadItem } from "../../src/ingest/read-item.js";
import type { Checker } from "../../src/match/check.js";
import type { Report, Span } from "../../src/report/types.js";
import { warcRecord } from "../ingest/warc-build.js";

const WORDS = (
  'the a said says told according to officials police minister Mr Mrs Dr "We will" “not” ” “ ‘ ’ , . ; : ? ! ( ) - — ' +
  "Monday yesterday last week 2023 10 3.5 million % £ $ he she they who Lloyd Austin Gaza U.S. United States " +
  "https://example.com/a?b=1 <b> &amp; \u00a0 \u200b \u202e \ufeff é 日本 🙂 Click here Read more Related: " +
  "not never no"
).split(" ");

/** Text that looks like news enough to reach deep into claims, spin and alignment, with debris mixed in. */
export const newsText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", "\r\n", "\t", "  ") },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(" "));

/** Any text: arbitrary code points (lone surrogates, controls, marks) or news-like text. */
export const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 2000 }), newsText);

const tag = fc.constantFrom(
  "div",
  "p",
  "article",
  "section",
  "span",
  "table",
  "tr",
  "td",
  "script",
  "style",
  "nav",
  "h1",
  "br",
  "a",
  "ul",
  "li",
  "time",
  "meta",
  "title",
  "!--",
  "![CDATA[",
  "svg",
);
const attr = fc.constantFrom(
  "",
  ' class="comments"',
  ' id="article-body"',
  ' hidden aria-hidden="true"',
  ' property="og:title" content="A title"',
  ' datetime="2023-10-22"',
  ' href="javascript:alert(1)"',
  ' itemprop="author"',
  " onload=x",
);
/** Markup: well-formed or not, nested or broken, with JSON-LD, entities and text between the tags. */
export const htmlText = fc
  .array(
    fc.oneof(
      fc.tuple(tag, attr).map(([t, a]) => `<${t}${a}>`),
      tag.map((t) => `</${t}>`),
      newsText,
      fc.constantFrom(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2023-01-02","author":{"name":"A B"}}</script>',
        "&amp;&lt;&#x1F600;&#0;&bogus;",
        "<!DOCTYPE html><html><head><meta charset=windows-1252>",
      ),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));

/** JSONL: good lines, broken ones, odd ids and texts, blank lines. */
export const jsonlText = fc
  .array(
    fc.oneof(
      fc
        .record({ id: fc.oneof(fc.string(), fc.integer(), fc.anything()), text: anyText })
        .map((o) => JSON.stringify(o)),
      fc.json(),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.constant(""),
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join("\n"));

/** A feed: RSS or Atom around items of any text and markup, sometimes cut short. */
export const feedText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(anyText, htmlText), { maxLength: 5 }), fc.nat(4000))
  .map(([atom, items, cut]) => {
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const body = items
      .map(([title, html]) =>
        atom
          ? `<entry><title>${esc(title)}</title><link href="https://e.com/${title.length}"/><content type="html">${esc(html)}</content></entry>`
          : `<item><title>${esc(title)}</title><link>https://e.com/${title.length}</link><description>${esc(html)}</description></item>`,
      )
      .join("");
    const xml = atom
      ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>`
      : `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${body}</channel></rss>`;
    return cut % 3 === 0 ? xml.slice(0, cut) : xml;
  });

/** A web archive: records of any body, some with wrong lengths, some gzipped, some cut or garbled. */
export const warcBytes = fc
  .tuple(
    fc.array(
      fc.record({
        body: fc.oneof(
          htmlText,
          fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b).toString("latin1")),
        ),
        lengthError: fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 50 })),
        type: fc.constantFrom("response", "request", "metadata", "warcinfo"),
      }),
      { maxLength: 4 },
    ),
    fc.boolean(),
    fc.nat(3000),
  )
  .map(([records, gz, cut]) => {
    const parts = records.map((r, i) =>
      warcRecord({ type: r.type, uri: `https://e.com/${i}`, body: r.body, lengthError: r.lengthError }),
    );
    let all = gz ? Buffer.concat(parts.map((p) => gzipSync(p))) : Buffer.concat(parts);
    if (cut % 4 === 0) all = all.subarray(0, cut);
    return all;
  });

/** One input for the readers: its file name (the extension picks the reader) and bytes. */
export const readerInput = fc.oneof(
  fc.tuple(
    fc.constant("a.txt"),
    fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      anyText.map((t) => Buffer.from(t)),
    ),
  ),
  fc.tuple(
    fc.constant("a.jsonl"),
    jsonlText.map((t) => Buffer.from(t)),
  ),
  fc.tuple(
    fc.constant("a.jsonl.gz"),
    jsonlText.map((t) => gzipSync(t)),
  ),
  fc.tuple(fc.constant("a.jsonl.gz"), fc.uint8Array({ maxLength: 500 })),
  fc.tuple(
    fc.constant("a.html"),
    fc.oneof(
      htmlText.map((t) => Buffer.from(t)),
      fc.uint8Array({ maxLength: 2000 }),
    ),
  ),
  fc.tuple(
    fc.constant("a.xml"),
    feedText.map((t) => Buffer.from(t)),
  ),
  fc.tuple(fc.constant("a.warc"), warcBytes),
  fc.tuple(fc.constant("a.warc.gz"), warcBytes),
);

/** Reads one file of the given bytes; every item must be an article with text, or a one-line error. */
export async function readerHolds(dir: string, [name, bytes]: [string, Uint8Array]): Promise<ReadItem[]> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const items: ReadItem[] = [];
  for await (const item of readDocuments([file], { maxDocumentBytes: 1 << 20 })) {
    if (item.ok) {
      if (typeof item.article.text !== "string" || item.article.text.trim() === "")
        throw new Error(`${name}: an article with no text`);
      if (typeof item.article.id !== "string" || item.article.id.length === 0 || item.article.id.length > 500)
        throw new Error(`${name}: an article whose id breaks the rule`);
    } else if (typeof item.message !== "string" || item.message.includes("\n") || item.message === "") {
      throw new Error(`${name}: an error that is not one line: ${JSON.stringify(item.message)}`);
    }
    items.push(item);
  }
  return items;
}

/** Every span of a report. */
export function reportSpans(report: Report): { where: string; span: Span | null }[] {
  const { claims } = report;
  const groups: [string, (Span | null)[]][] = [
    ["passages", report.passages.map((p) => p.span)],
    ["sentences", report.sentences.map((p) => p.span)],
    ["changes", report.changes.map((c) => c.span)],
    ["spin.signals", report.spin.signals.map((s) => s.span)],
    ["attributions", claims.attributions.flatMap((a) => [a.content, a.source, a.cue])],
    ["entities", claims.entities.flatMap((e) => e.mentions)],
    ["numbers", claims.numbers.map((n) => n.span)],
    ["dates", claims.dates.map((d) => d.span)],
  ];
  return groups.flatMap(([where, spans]) => spans.map((span) => ({ where, span })));
}

/** Checks `text`; the report must be JSON, its score a number in [0, 1], and its spans inside the text. */
export async function checkHolds(checker: Checker, text: string): Promise<Report> {
  const report = await checker.check({ text });
  JSON.parse(JSON.stringify(report));
  if (!(report.spin.score >= 0 && report.spin.score <= 1)) throw new Error(`spin score ${report.spin.score}`);
  for (const { where, span } of reportSpans(report)) {
    if (span === null) continue;
    const [s, e] = span;
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length))
      throw new Error(`${where}: span [${s}, ${e}] outside a text of ${text.length} characters`);
  }
  return report;
}
