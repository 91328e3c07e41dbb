/**
 * A news page's main text and metadata, as a reader sees them.
 *
 * The page is parsed into a server-side DOM (linkedom); metadata is read first (JSON-LD `NewsArticle`,
 * OpenGraph and other meta tags, microdata, `<time>`, the canonical link); then boilerplate that no
 * reader takes for the article is cut (navigation, banners, share bars, ads, "related", comments,
 * bylines, captions, the headline itself), Mozilla's Readability picks the main block, and the block
 * becomes text: one paragraph a block element, separated by a blank line, white space collapsed.
 * A page whose main block is too short, or mostly links, holds no article and says so.
 */

import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import type * as Linkedom from "linkedom";
import { dropBoilerplate, dropLinkLists, linkShare, NEVER_TEXT, neverText, PROTECTED } from "./boilerplate.js";
import { authorNames } from "./byline.js";
import { clean, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import { capNesting } from "./nesting.js";
import { findDate } from "./page-dates.js";
import { type PageMeta, readMeta } from "./page-meta.js";

/**
 * linkedom, loaded on the first page parsed (its CommonJS build, so that parsing stays synchronous): loading
 * it costs about as much as a whole check, which a check of plain text or JSONL need not pay.
 */
let linkedom: typeof Linkedom | undefined;
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)("linkedom") as typeof Linkedom;
  return linkedom.parseHTML(html);
}

export type PageResult = ({ ok: true; text: string } & PageMeta) | { ok: false; message: string };

export interface ExtractOptions {
  /** The page's own address (a WARC record's target URI), to resolve a relative canonical link. */
  url?: string;
  /** Shortest main text, in characters, taken for an article. */
  minArticleChars?: number;
}

export const DEFAULT_MIN_ARTICLE_CHARS = 200;

/** Elements that a reader sees as blocks of their own: each starts and ends a paragraph. */
const BLOCK_TAGS = new Set(
  (
    "P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TR " +
    "TD TH FIGURE ADDRESS HR CENTER DETAILS SUMMARY"
  ).split(" "),
);
/** Elements whose text is no part of what a reader reads. */
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "FIGCAPTION", "IMG"]);

const BR_RUN = /(?:<br\s*\/?>\s*(?:&nbsp;\s*)?){2,}/gi;

/** The parsed page, if it has a document element and a body. */
function withBody(source: string): DomDocument | undefined {
  const document = parseHTML(source).document as unknown as DomDocument;
  return bodyOf(document) ? document : undefined;
}

/** A document's body, or null: linkedom's getter throws on a tree left with no document element. */
function bodyOf(document: DomDocument): DomElement | null {
  try {
    return document.documentElement ? document.body : null;
  } catch {
    return null;
  }
}

/** Parses a page and returns its main text and metadata, or why there is none. */
export function extractPage(html: string, options: ExtractOptions = {}): PageResult {
  const minChars = options.minArticleChars ?? DEFAULT_MIN_ARTICLE_CHARS;
  let document: DomDocument;
  try {
    // A run of `<br>`s is a paragraph break to a reader; Readability's own handling of them loses some, so
    // they become a paragraph separator character that survives it and that blockText splits on.
    const marked = capNesting(html).replace(BR_RUN, "\u2029");
    const wrapped = `<!DOCTYPE html><html><body>${marked}</body></html>`;
    // A page names its <html>; a fragment is given one. A "page" whose <html> comes after other elements
    // leaves the parser with no document element: it is read as a fragment.
    document =
      (/<html[\s>]/i.test(marked.slice(0, 4096)) ? withBody(marked) : undefined) ?? (withBody(wrapped) as DomDocument);
  } catch (err) {
    return { ok: false, message: `cannot parse HTML: ${(err as Error).message}` };
  }
  if (!document?.body) return { ok: false, message: "no article found in page (no body)" };
  flattenDeep(document.documentElement);
  const meta = readMeta(document, options.url);

  // Cut what is never article text, then boilerplate by class and id.
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) if (!PROTECTED.has(el.tagName)) el.remove();
  const body = bodyOf(document);
  if (!body) return { ok: false, message: "no article found in page (no body)" };
  dropBoilerplate(body);

  let parsed: ReturnType<Readability<DomElement>["parse"]>;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: Readability is typed against the browser DOM; linkedom's is structurally the same.
    parsed = new Readability<DomElement>(document as any, {
      serializer: (node) => node as unknown as DomElement,
      charThreshold: 300,
      disableJSONLD: true,
    }).parse();
  } catch (err) {
    return { ok: false, message: `cannot extract the article: ${(err as Error).message}` };
  }
  const content = parsed?.content;
  if (!content) return { ok: false, message: "no article found in page" };
  dropLinkLists(content);
  const text = dropLeadingMeta(blockText(mainContainer(content)), meta.title);
  if (text.length < minChars)
    return { ok: false, message: `no article found in page (main text of ${text.length} characters)` };
  if (linkShare(content) > 0.5) return { ok: false, message: "no article found in page (main text is mostly links)" };

  if (!meta.title) meta.title = clean(parsed?.title);
  if (!meta.byline) meta.byline = authorNames(clean(parsed?.byline));
  if (!meta.site) meta.site = clean(parsed?.siteName);
  const result: PageResult = { ok: true, text };
  for (const key of ["title", "url", "published", "byline", "site"] as const) if (meta[key]) result[key] = meta[key];
  return result;
}

/**
 * Deepest element kept as it is. Real pages nest a few dozen deep; every later step (Readability's scoring,
 * boilerplate, this module's own walks) costs the page's size times its depth, so a page nested thousands
 * deep (an attack, or a broken generator) would cost the square of its size.
 */
const MAX_DEPTH = 96;
/** …and on a very large page less: depth times elements at most this (a 32,000-element page keeps 47 levels). */
const DEPTH_BUDGET = 1_500_000;
const MIN_DEPTH = 24;

/**
 * Bounds the tree's depth without recursion: an element deeper than the bound gives its children to its parent
 * (its text stays, in order; a block element leaves a paragraph break, which blockText keeps), or goes whole
 * when it is one that never holds article text. Each node is moved at most once: linear in the page.
 */
function flattenDeep(root: DomElement): void {
  const elements = root.querySelectorAll("*").length;
  const maxDepth = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, Math.floor(DEPTH_BUDGET / Math.max(1, elements))));
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [DomElement, number];
    const kids = Array.from(el.children);
    const parent = el.parentNode as DomElement | null;
    if (depth <= maxDepth || !parent) {
      for (const k of kids) stack.push([k, depth + 1]);
      continue;
    }
    if (neverText(el)) {
      el.remove();
      continue;
    }
    // A break on each side of a block, but never two in a row: a chain of wrappers leaves two, not thousands.
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    const isBreak = (node: DomNode | null) => node?.nodeType === 3 && node.textContent === "\u2029";
    if (block && !isBreak(el.previousSibling)) parent.insertBefore(el.ownerDocument.createTextNode("\u2029"), el);
    for (const node of Array.from(el.childNodes)) parent.insertBefore(node, el);
    if (block && !isBreak(el.nextSibling) && !isBreak(el.previousSibling))
      parent.insertBefore(el.ownerDocument.createTextNode("\u2029"), el);
    el.remove();
    for (const k of kids) stack.push([k, depth]);
  }
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

/** Drops a first paragraph or two that repeat the headline or only give a date ("Local · 29 August 2023"). */
function dropLeadingMeta(text: string, title: string | undefined): string {
  const paragraphs = text.split("\n\n");
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const isMeta = (line: string) =>
    (title !== undefined && key(line) === key(title)) ||
    (line.length < 100 && line.split(/\s+/).length <= 12 && findDate(line) !== undefined);
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
 * The text of an element as a reader sees it: block elements become paragraphs separated by a blank
 * line, `<br>` a line break, runs of white space one space.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    // Two line breaks in a row (`<br><br>`) end a paragraph, as they do for a reader.
    for (const chunk of current.split(/\n[ \t\r\f\u00a0]*\n|\u2029/)) {
      const lines = chunk
        .split("\n")
        .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, " ").trim())
        .filter((l) => l !== "");
      if (lines.length) paragraphs.push(lines.join("\n"));
    }
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? "").replace(/[\n\r]+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
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
  for (const el of Array.from(body.querySelectorAll(NEVER_TEXT))) el.remove();
  dropBoilerplate(body);
  dropLinkLists(body);
  return blockText(body)
    .replace(
      /\n\n(The post|This (?:article|entry|story)) [^\n]* (appeared first on|was originally published)[^\n]*$/i,
      "",
    )
    .trim();
}
