/**
 * The page set: every template applied to articles, some pages in legacy or UTF-16 encodings, and pages
 * that hold no article. `make-fixtures.ts` writes it to `fixtures/pages/`; the bench builds WARCs from it.
 */
import { ARTICLES, type TestArticle } from "./articles.js";
import { CONSENT_WALL, expectedText, NOT_FOUND, sectionFront, TEMPLATES, type Template } from "./templates.js";

export interface Expected {
  title: string;
  published: string;
  text: string;
}

export interface TestPage {
  name: string;
  bytes: Buffer;
  /** What extraction must give, or null for a page with no article. */
  expected: Expected | null;
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

function expected(a: TestArticle): Expected {
  return { title: a.title, published: a.date, text: expectedText(a) };
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
        expected: expected(a),
      });
      i++;
    }
  const variant = (tname: string, label: string, encode: (html: string) => Buffer) => {
    const a = ARTICLES[i];
    const html = template(tname).render(a, others(i));
    pages.push({
      name: `${String(i + 1).padStart(2, "0")}-${tname}-${label}-${a.slug}.html`,
      bytes: encode(html),
      expected: expected(a),
    });
    i++;
  };
  variant("wordpress", "utf8-bom", (h) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(h)]));
  variant("publisher", "utf16le", (h) => utf16(h, "le"));
  variant("old-table", "latin1", (h) =>
    encodeLegacy(h.replace("charset=windows-1252", "charset=ISO-8859-1"), "iso-8859-1"),
  );
  variant("magazine", "utf16be", (h) => utf16(h, "be"));
  pages.push({
    name: "90-no-article-section-front.html",
    bytes: Buffer.from(sectionFront(ARTICLES.slice(0, 12))),
    expected: null,
  });
  pages.push({ name: "91-no-article-not-found.html", bytes: Buffer.from(NOT_FOUND), expected: null });
  pages.push({ name: "92-no-article-consent-wall.html", bytes: Buffer.from(CONSENT_WALL), expected: null });
  return pages;
}
