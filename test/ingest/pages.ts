/**
 * The page set: every template applied to articles, some pages in legacy or UTF-16 encodings, and pages
 * that hold no article. `make-fixtures.ts` writes it to `fixtures/pages/`; the bench builds WARCs from it.
 */
import { ARTICLES, type TestArticle } from "./articles.js";
import { SHORT_ARTICLES } from "./articles-short.js";
import { CONSENT_WALL, esc, expectedText, NOT_FOUND, sectionFront, TEMPLATES, type Template } from "./templates.js";
import { categoryPage, photoStory, plainWebPage, teaserGrid } from "./templates-hard.js";
import { otherPages } from "./templates-other.js";
import { shortPage, WEB_TEMPLATES } from "./templates-web.js";

export interface Expected {
  title: string;
  published: string;
  /** The author names the page states, or null when it names nobody. */
  byline: string | null;
  text: string;
}

/** A page that holds no article, and which kind of page it is ("section front", "search results"…). */
export interface NotArticle {
  notArticle: string;
}

export interface TestPage {
  name: string;
  bytes: Buffer;
  /** What extraction must give. */
  expected: Expected | NotArticle;
}

/** Windows-1252 at 0x80–0x9F (a space where it defines nothing), written out independently of the decoder. */
const CP1252_80_9F = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

/** Encodes text in a single-byte legacy charset; characters it lacks become numeric references, as servers do. */
export function encodeLegacy(text: string, charset: "windows-1252" | "iso-8859-1"): Buffer {
  const table = new Map<string, number>();
  for (let b = 0xa0; b <= 0xff; b++) table.set(String.fromCharCode(b), b);
  if (charset === "windows-1252")
    for (const [i, ch] of [...CP1252_80_9F].entries()) if (ch !== " ") table.set(ch, 0x80 + i);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (table.has(ch)) out.push(table.get(ch)!);
    else for (const x of Buffer.from(`&#${c};`, "latin1")) out.push(x);
  }
  return Buffer.from(out);
}

function utf16(text: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (endian === "le") return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}

function others(i: number): TestArticle[] {
  return [1, 2, 3, 4, 5].map((k) => ARTICLES[(i + k * 7) % ARTICLES.length]);
}

/** The byline is expected where the page shows the author's name. */
function expected(a: TestArticle, html: string): Expected {
  const byline = html.includes(esc(a.byline)) ? a.byline : null;
  return { title: a.title, published: a.date, byline, text: expectedText(a) };
}

/** The publisher's figure follows the first paragraph: its caption is the article's, its credit is not. */
function withCaption(template: string, e: Expected): Expected {
  if (template !== "publisher") return e;
  const paragraphs = e.text.split("\n\n");
  paragraphs.splice(1, 0, "The scene on Friday.");
  return { ...e, text: paragraphs.join("\n\n") };
}

function template(name: string): Template {
  return TEMPLATES.find((t) => t.name === name)!;
}

/** Renders a page of the given template as its site would serve it (old-table pages in windows-1252). */
export function renderPage(t: Template, a: TestArticle, related: TestArticle[]): Buffer {
  const html = t.render(a, related);
  return t.name === "old-table" ? encodeLegacy(html, "windows-1252") : Buffer.from(html, "utf8");
}

export function buildPageSet(): TestPage[] {
  const pages: TestPage[] = [];
  let i = 0;
  for (let round = 0; round < 3; round++)
    for (const t of TEMPLATES) {
      const a = ARTICLES[i];
      pages.push({
        name: `${String(i + 1).padStart(2, "0")}-${t.name}-${a.slug}.html`,
        bytes: renderPage(t, a, others(i)),
        expected: withCaption(t.name, expected(a, t.render(a, others(i)))),
      });
      i++;
    }
  const variant = (tname: string, label: string, encode: (html: string) => Buffer) => {
    const a = ARTICLES[i];
    const html = template(tname).render(a, others(i));
    pages.push({
      name: `${String(i + 1).padStart(2, "0")}-${tname}-${label}-${a.slug}.html`,
      bytes: encode(html),
      expected: withCaption(tname, expected(a, html)),
    });
    i++;
  };
  variant("wordpress", "utf8-bom", (h) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(h)]));
  variant("publisher", "utf16le", (h) => utf16(h, "le"));
  variant("old-table", "latin1", (h) =>
    encodeLegacy(h.replace("charset=windows-1252", "charset=ISO-8859-1"), "iso-8859-1"),
  );
  variant("magazine", "utf16be", (h) => utf16(h, "be"));
  pages.push(...webPages());
  pages.push({
    name: "90-no-article-section-front.html",
    bytes: Buffer.from(sectionFront(ARTICLES.slice(0, 12))),
    expected: { notArticle: "section front" },
  });
  pages.push({
    name: "91-no-article-not-found.html",
    bytes: Buffer.from(NOT_FOUND),
    expected: { notArticle: "error page" },
  });
  pages.push({
    name: "92-no-article-consent-wall.html",
    bytes: Buffer.from(CONSENT_WALL),
    expected: { notArticle: "consent wall" },
  });
  otherPages(ARTICLES.slice(12)).forEach((p, k) => {
    pages.push({
      name: `${93 + k}-no-article-${p.name}.html`,
      bytes: Buffer.from(p.html),
      expected: { notArticle: p.kind },
    });
  });
  pages.push({
    name: "100-no-article-category-page.html",
    bytes: Buffer.from(categoryPage(ARTICLES.slice(5))),
    expected: { notArticle: "section front" },
  });
  return pages;
}

/** Issue 19's layouts (comments, inline boxes, captions, div bodies) and short news pages, numbered 50 on. */
function webPages(): TestPage[] {
  const pages: TestPage[] = [];
  let n = 50;
  for (let round = 0; round < 3; round++)
    for (const t of WEB_TEMPLATES) {
      const i = (round * 11 + n * 3) % ARTICLES.length;
      const a = ARTICLES[i];
      const page = t.render(a, others(i));
      const want = { title: a.title, published: a.date, byline: page.byline, text: page.text };
      pages.push({ name: `${n}-${t.name}-${a.slug}.html`, bytes: Buffer.from(page.html), expected: want });
      n++;
    }
  SHORT_ARTICLES.forEach((a, k) => {
    const page = shortPage(a, others(k), k);
    const want = { title: a.title, published: a.date, byline: page.byline, text: page.text };
    pages.push({ name: `${n}-short-${a.slug}.html`, bytes: Buffer.from(page.html), expected: want });
    n++;
  });
  const hard = [
    ["teaser-grid", (a: TestArticle, i: number) => teaserGrid(a, ARTICLES.slice(i + 1).concat(ARTICLES))],
    ["photo-story", (a: TestArticle) => photoStory(a)],
    ["web-page", (a: TestArticle, i: number) => plainWebPage(a, others(i))],
  ] as const;
  for (let round = 0; round < 2; round++)
    for (const [label, render] of hard) {
      const i = (n * 5 + round) % ARTICLES.length;
      const a = ARTICLES[i];
      const page = render(a, i);
      const want = { title: a.title, published: a.date, byline: page.byline, text: page.text };
      pages.push({ name: `${n}-${label}-${a.slug}.html`, bytes: Buffer.from(page.html), expected: want });
      n++;
    }
  return pages;
}
