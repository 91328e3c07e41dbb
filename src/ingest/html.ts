/**
 * A news page's main text and metadata, as a reader sees them.
 *
 * The page is parsed into a server-side DOM (linkedom); metadata is read first (JSON-LD `NewsArticle`,
 * OpenGraph and other meta tags, microdata, `<time>`, the canonical link, the visible byline and date); then
 * what no reader takes for the article is cut (navigation, banners, share bars, ads, "related", comment
 * threads, labels, prompts, bylines, captions' credits, the headline itself). A page that is not an article
 * (a listing, a gallery, a consent wall, an error page: page-kind.ts) says which it is. Otherwise Mozilla's
 * Readability picks the main block — or, when its pick is too short, the fallbacks of fallback.ts — and the
 * block becomes text: one paragraph a block element (a caption is one), separated by a blank line, white
 * space collapsed. A page whose main block is too short, or mostly links, holds no article and says so.
 */

import { Readability } from "@mozilla/readability";
import { BLOCK_TAGS, blockText } from "./block-text.js";
import { dropBoilerplate, dropLinkLists, linkShare, NEVER_TEXT, PROTECTED } from "./boilerplate.js";
import { authorNames } from "./byline.js";
import { dropChatter, dropThreads, trimCaptions } from "./chatter.js";
import { clean, type DomDocument, type DomElement } from "./dom.js";
import { fallbackText } from "./fallback.js";
import { capNesting } from "./nesting.js";
import { findDate } from "./page-dates.js";
import { dropTeaserRuns, notArticleKind, pageShape, pageSignals, withArticle } from "./page-kind.js";
import { META_KEYS, type PageMeta, readPage } from "./page-meta.js";
import { bodyOf, flattenDeep, parseHTML, parsePage } from "./parse.js";
import { DEFAULT_MIN_ARTICLE_CHARS } from "./read-item.js";

export { blockText } from "./block-text.js";

export type PageResult =
  | ({ ok: true; text: string } & PageMeta)
  | {
      ok: false;
      message: string;
      /** Set when the page is not an article: which kind of page it is ("section front", "search results"…). */
      notArticle?: string;
    };

export interface ExtractOptions {
  /** The page's own address (a WARC record's target URI), to resolve a relative canonical link. */
  url?: string;
  /** Shortest main text, in characters, taken for an article. */
  minArticleChars?: number;
}

/** The metadata a page result carries. */
const NO_BODY = "no article found in page (no body)";

/** Parses a page and returns its main text and metadata, or why there is none. */
export function extractPage(html: string, options: ExtractOptions = {}): PageResult {
  const minChars = options.minArticleChars ?? DEFAULT_MIN_ARTICLE_CHARS;
  const document = parsePage(html);
  if (typeof document === "string") return { ok: false, message: document };
  const { meta, types, articleBody } = readPage(document, options.url);
  const signals = pageSignals(document, types, meta.url ?? options.url);
  const body = cleanBody(document);
  if (!body) return { ok: false, message: NO_BODY };
  const shape = pageShape(body);
  const kind = notArticleKind(signals, shape);
  if (kind)
    return { ok: false, notArticle: kind.kind, message: `not an article: ${withArticle(kind.kind)} (${kind.reason})` };

  const main = readabilityMain(document, meta.title);
  if ("error" in main) return { ok: false, message: main.error };
  let { text } = main;
  // Readability misses short pages and bodies under unlucky markup: the page's own marks, its largest block
  // of text, or its JSON-LD body, read from the page afresh, are taken when Readability's pick is too short,
  // or short and they hold twice as much.
  // (The page's largest run of prose, measured before, says whether more is to be had.)
  const short = text.length < SHORT_PAGE_CHARS && text.length < 0.8 * shape.mainProse;
  if (text.length === 0 || text.length < minChars || short) {
    const other = fallbackText(html, articleBody, minChars);
    if (other && other.length > (text.length < minChars ? 1 : 2) * text.length)
      text = dropLeadingMeta(other, meta.title);
    else if (main.mostlyLinks && text.length >= minChars)
      return { ok: false, message: "no article found in page (main text is mostly links)" };
  } else if (main.mostlyLinks) return { ok: false, message: "no article found in page (main text is mostly links)" };
  if (text.length < minChars || text.length === 0)
    return { ok: false, message: `no article found in page (main text of ${text.length} characters)` };

  if (!meta.title) meta.title = main.title;
  if (!meta.byline) meta.byline = authorNames(main.byline);
  if (!meta.site) meta.site = main.site;
  const result: PageResult = { ok: true, text };
  for (const key of META_KEYS) if (meta[key]) result[key] = meta[key];
  return result;
}

/** Below this many characters, Readability's pick is checked against the fallbacks. */
const SHORT_PAGE_CHARS = 600;

/** What the page carries that no reader takes for the article, cut before the main block is chosen. */
function cleanBody(document: DomDocument): DomElement | null {
  const first = bodyOf(document);
  if (!first) return null;
  // Comment threads first: their reply buttons, which the next cut removes, help tell them.
  dropThreads(first);
  trimCaptions(first);
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) if (!PROTECTED.has(el.tagName)) el.remove();
  const body = bodyOf(document);
  if (!body) return null;
  dropBoilerplate(body);
  dropChatter(body);
  return body;
}

interface MainBlock {
  text: string;
  mostlyLinks: boolean;
  title?: string;
  byline?: string;
  site?: string;
}

/** Readability's pick, as text. */
function readabilityMain(document: DomDocument, title: string | undefined): MainBlock | { error: string } {
  let parsed: ReturnType<Readability<DomElement>["parse"]>;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: Readability is typed against the browser DOM; linkedom's is structurally the same.
    parsed = new Readability<DomElement>(document as any, {
      serializer: (node) => node as unknown as DomElement,
      charThreshold: 300,
      disableJSONLD: true,
    }).parse();
  } catch (err) {
    return { error: `cannot extract the article: ${(err as Error).message}` };
  }
  const content = parsed?.content;
  const found = { title: clean(parsed?.title), byline: clean(parsed?.byline), site: clean(parsed?.siteName) };
  if (!content) return { text: "", mostlyLinks: false, ...found };
  dropTeaserRuns(content);
  dropLinkLists(content);
  const text = dropLeadingMeta(blockText(mainContainer(content)), title);
  return { text, mostlyLinks: linkShare(content) > 0.5, ...found };
}

const TEXT_CHILD = new Set(["P", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "UL", "OL", "PRE", "TABLE"]);

/**
 * The element that holds the article's prose itself, when it holds nearly all the text of Readability's
 * pick: the pick often keeps a standards note, a "got a story?" line or a video title beside the body.
 */
function mainContainer(root: DomElement): DomElement {
  const total = (clean(root.textContent) ?? "").length;
  if (total === 0) return root;
  let best = root;
  let bestChars = -1;
  const visit = (el: DomElement) => {
    let direct = 0;
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === 3) direct += (k.textContent ?? "").trim().length;
      else if (k.nodeType === 1) {
        const tag = k.nodeName.toUpperCase();
        if (TEXT_CHILD.has(tag) || !BLOCK_TAGS.has(tag)) direct += (clean(k.textContent) ?? "").length;
        if (BLOCK_TAGS.has(tag)) visit(k as DomElement);
      }
    }
    if (direct > bestChars) {
      bestChars = direct;
      best = el;
    }
  };
  visit(root);
  const inBest = (clean(best.textContent) ?? "").length;
  return inBest >= 0.8 * total ? best : root;
}

/** Drops a first paragraph or two that repeat the headline, only give a date ("Local · 29 August 2023") or the byline. */
function dropLeadingMeta(text: string, title: string | undefined): string {
  const paragraphs = text.split("\n\n");
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const short = (line: string) => line.length < 100 && line.split(/\s+/).length <= 12;
  const isMeta = (line: string) =>
    (title !== undefined && key(line) === key(title)) ||
    (short(line) && findDate(line) !== undefined) ||
    // The byline over the text ("By Dana Whitcombe, Transport Reporter"), not a sentence ("By noon, …").
    (short(line) && /^by\s/i.test(line) && authorNames(line) !== undefined);
  let drop = 0;
  while (drop < Math.min(3, paragraphs.length - 1)) {
    const lines = paragraphs[drop].split("\n");
    let k = 0;
    while (k < lines.length && isMeta(lines[k])) k++;
    if (k === 0) break;
    if (k < lines.length) {
      paragraphs[drop] = lines.slice(k).join("\n");
      break;
    }
    drop++;
  }
  return paragraphs.slice(drop).join("\n\n");
}

/**
 * The text of an HTML fragment (a feed item's content): tags that hold no text and boilerplate blocks
 * (share bars, "related" lists, ads) are cut, and a feed's "The post … appeared first on …" footer.
 */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return clean(html) ?? "";
  let document: DomDocument;
  try {
    document = parseHTML(`<!DOCTYPE html><html><body>${capNesting(html)}</body></html>`)
      .document as unknown as DomDocument;
  } catch {
    return "";
  }
  const body = bodyOf(document);
  if (!body) return "";
  flattenDeep(document.documentElement);
  trimCaptions(body);
  for (const el of Array.from(body.querySelectorAll(NEVER_TEXT))) el.remove();
  dropBoilerplate(body);
  dropChatter(body);
  dropLinkLists(body);
  return blockText(body)
    .replace(
      /\n\n(The post|This (?:article|entry|story)) [^\n]* (appeared first on|was originally published)[^\n]*$/i,
      "",
    )
    .trim();
}
