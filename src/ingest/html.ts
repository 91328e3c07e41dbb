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
import { MONTHS } from "../lexicon/calendar.js";
import { capNesting } from "./nesting.js";

/**
 * linkedom, loaded on the first page parsed (its CommonJS build, so that parsing stays synchronous): loading
 * it costs about as much as a whole check, which a check of plain text or JSONL need not pay.
 */
let linkedom: typeof Linkedom | undefined;
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)("linkedom") as typeof Linkedom;
  return linkedom.parseHTML(html);
}

export interface PageMeta {
  title?: string;
  url?: string;
  published?: string;
  byline?: string;
  site?: string;
}

export type PageResult = ({ ok: true; text: string } & PageMeta) | { ok: false; message: string };

export interface ExtractOptions {
  /** The page's own address (a WARC record's target URI), to resolve a relative canonical link. */
  url?: string;
  /** Shortest main text, in characters, taken for an article. */
  minArticleChars?: number;
}

export const DEFAULT_MIN_ARTICLE_CHARS = 200;

// linkedom's nodes, typed as much as this module needs.
interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  ownerDocument: { createTextNode(text: string): DomNode };
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  remove(): void;
  isConnected: boolean;
  contains(other: DomNode): boolean;
  className: string;
  id: string;
}
interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
}

/** Elements that never hold article text. */
const DROP_TAGS =
  "script,style,noscript,template,iframe,object,embed,svg,canvas,form,button,select,input,textarea,nav,aside,footer,figcaption,dialog,menu,h1," +
  "amp-ad,amp-embed,amp-sticky-ad,amp-social-share,amp-sidebar,amp-consent,amp-analytics";
const DROP_ROLES = "[role=navigation],[role=banner],[role=complementary],[role=contentinfo],[role=dialog],[role=alert]";
const DROP_ATTRS = "[hidden],[aria-hidden=true],[itemprop=author],[rel=author]";

/** Words of a class or id that mark boilerplate. Matched against whole parts split on `-`, `_` and case. */
const BOILERPLATE_WORDS = new Set(
  (
    "ad ads adv advert adverts advertisement advertising adslot dfp sponsor sponsored promo promoted outbrain " +
    "taboola share shares sharing sharebar social socials follow newsletter newsletters subscribe subscription " +
    "signup paywall cookie cookies consent gdpr banner related recirc recirculation trending popular mostread " +
    "breadcrumb breadcrumbs tags tag topics comments comment disqus replies byline bylines author authors " +
    "dateline timestamp published updated meta caption credit credits toolbar print skip sidebar widget " +
    "masthead footer menu nav navbar modal popup overlay"
  ).split(" "),
);

const BLOCK_TAGS = new Set(
  (
    "P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TR " +
    "TD TH FIGURE ADDRESS HR CENTER DETAILS SUMMARY"
  ).split(" "),
);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "FIGCAPTION", "IMG"]);

function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = s.replace(/[\s\u00a0]+/g, " ").trim();
  return t === "" ? undefined : t;
}

function isBoilerplate(el: DomElement): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (names.trim() === "") return false;
  for (const name of names.split(/\s+/)) {
    const parts = name
      .replace(/([a-z])([A-Z])/g, "$1-$2")
      .toLowerCase()
      .split(/[-_:]+/);
    for (const p of parts) if (BOILERPLATE_WORDS.has(p)) return true;
  }
  return false;
}

const BR_RUN = /(?:<br\s*\/?>\s*(?:&nbsp;\s*)?){2,}/gi;

const PROTECTED = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

/** Whether removing the element would remove the article itself. */
function holdsArticle(el: DomElement, pageParagraphChars: number): boolean {
  if (PROTECTED.has(el.tagName)) return true;
  if (el.getAttribute("itemprop") === "articleBody") return true;
  if (el.querySelector("article,main,[itemprop=articleBody]") !== null) return true;
  // A wrapper with an unlucky class ("content-with-sidebar") that holds most of the page's prose.
  return paragraphChars(el) > 0.5 * pageParagraphChars;
}

function paragraphChars(root: DomElement): number {
  let n = 0;
  for (const p of Array.from(root.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

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
  for (const el of Array.from(document.querySelectorAll(`${DROP_TAGS},${DROP_ROLES},${DROP_ATTRS}`)))
    if (!PROTECTED.has(el.tagName)) el.remove();
  const body = bodyOf(document);
  if (!body) return { ok: false, message: "no article found in page (no body)" };
  const pageParagraphChars = paragraphChars(body);
  for (const el of Array.from(body.querySelectorAll("*")))
    if (el.isConnected && isBoilerplate(el) && !holdsArticle(el, pageParagraphChars)) el.remove();

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
  if (!meta.byline) meta.byline = clean(parsed?.byline);
  if (!meta.site) meta.site = clean(parsed?.siteName);
  const result: PageResult = { ok: true, text };
  for (const key of ["title", "url", "published", "byline", "site"] as const) if (meta[key]) result[key] = meta[key];
  return result;
}

const DROP_TAG_SET = new Set(DROP_TAGS.toUpperCase().split(","));
const DROP_ROLE_SET = new Set(Array.from(DROP_ROLES.matchAll(/role=(\w+)/g), (m) => m[1]));

/** What DROP_TAGS, DROP_ROLES and DROP_ATTRS select, tested without compiling a selector for each element. */
function neverText(el: DomElement): boolean {
  return (
    DROP_TAG_SET.has(el.tagName.toUpperCase()) ||
    DROP_ROLE_SET.has(el.getAttribute("role") ?? "") ||
    el.hasAttribute("hidden") ||
    el.getAttribute("aria-hidden") === "true" ||
    el.getAttribute("itemprop") === "author" ||
    el.getAttribute("rel") === "author"
  );
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

const DATE_IN_TEXT =
  /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/i;

/** The first date written out in a short text ("Posted on 22 October 2023"), as an ISO date. */
function findDate(text: string): string | undefined {
  const m = DATE_IN_TEXT.exec(text);
  return m ? normalizeDate(m[1]) : undefined;
}

/** Removes paragraphs and list items made only of a link: "Read more: …", "Related: …" promos. */
function dropLinkLists(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll("p,li,div,td,th,ul,ol,dl,section,table,tr"))) {
    if (!root.contains(el)) continue; // inside one already removed
    const all = clean(el.textContent) ?? "";
    if (all.length === 0) continue;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll("a"))) linked += (clean(a.textContent) ?? "").length;
    const share = linked / all.length;
    if ((all.length <= 200 && share > 0.6) || share > 0.85) el.remove();
  }
}

function linkShare(root: DomElement): number {
  const all = (clean(root.textContent) ?? "").length;
  if (all === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll("a"))) linked += (clean(a.textContent) ?? "").length;
  return linked / all;
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

/** Metadata of a page: JSON-LD first, then meta tags, microdata, `<time>`, and the page's own title. */
export function readMeta(document: DomDocument, baseUrl?: string): PageMeta {
  const ld = readJsonLd(document);
  const metaTag = (...names: string[]): string | undefined => {
    for (const n of names) {
      const el =
        document.querySelector(`meta[property="${n}"]`) ??
        document.querySelector(`meta[name="${n}"]`) ??
        document.querySelector(`meta[itemprop="${n}"]`);
      const v = clean(el?.getAttribute("content"));
      if (v) return v;
    }
    return undefined;
  };
  const site = ld.site ?? metaTag("og:site_name", "application-name", "twitter:site");
  let title =
    ld.title ??
    metaTag("og:title", "twitter:title", "headline", "dc.title", "DC.title") ??
    h1Title(document) ??
    undefined;
  if (!title) title = stripSiteSuffix(clean(document.querySelector("title")?.textContent), site);
  else title = stripSiteSuffix(title, site);

  const microDate = document.querySelector("[itemprop=datePublished]");
  const published =
    normalizeDate(ld.published) ??
    normalizeDate(
      metaTag(
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dcterms.created",
        "DC.date.issued",
        "dc.date.issued",
        "DC.date",
        "dc.date",
        "date",
        "article.published",
      ),
    ) ??
    normalizeDate(microDate?.getAttribute("content") ?? microDate?.getAttribute("datetime")) ??
    normalizeDate(rdfaDate(document)) ??
    normalizeDate(firstTime(document)) ??
    visibleDate(document);

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const url = resolveUrl(clean(canonical) ?? ld.url ?? metaTag("og:url"), baseUrl) ?? baseUrl;
  const byline =
    ld.byline ??
    metaTag("author", "article:author", "parsely-author", "byl", "dc.creator", "DC.creator") ??
    clean(document.querySelector("[rel=author],[itemprop=author],.byline,.author")?.textContent);
  const meta: PageMeta = {};
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (published) meta.published = published;
  if (byline && !/^https?:/.test(byline)) meta.byline = byline.replace(/^by\s+/i, "");
  if (site) meta.site = site;
  return meta;
}

function h1Title(document: DomDocument): string | undefined {
  return clean((document.querySelector("article h1") ?? document.querySelector("h1"))?.textContent);
}

/** RDFa (Drupal and others): `<span property="dc:date dc:created" content="…">`. */
function rdfaDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[property][content]"))) {
    const props = (el.getAttribute("property") ?? "").split(/\s+/);
    if (props.some((p) => /^(dc|dcterms):(date|created|issued)$/i.test(p) || p === "schema:datePublished"))
      return el.getAttribute("content") ?? undefined;
  }
  return undefined;
}

/** A date shown on the page in an element whose class or id says it is one ("date-header", "publish-date"). */
function visibleDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[class*=date],[id*=date],[class*=posted],[class*=publish]"))) {
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
    if (/updat|modif/.test(names)) continue;
    const text = clean(el.textContent);
    const d = text && text.length < 120 ? findDate(text) : undefined;
    if (d) return d;
  }
  return undefined;
}

function firstTime(document: DomDocument): string | undefined {
  const el =
    document.querySelector("time[pubdate]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return el?.getAttribute("datetime") ?? clean(el?.textContent);
}

/** "Headline | Site", "Headline - Site" → "Headline" when the suffix is the site's name (or looks like one). */
function stripSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return title;
  const m = /^(.*\S)\s+[|\-–—·:]\s+([^|\-–—·]+)$/.exec(title);
  if (!m) return title;
  const [, head, tail] = m;
  if (site && tail.trim().toLowerCase() === site.toLowerCase()) return head;
  // A short tail after a bar is a site name in practice; a dash may be part of the headline.
  if (/\|/.test(title) && tail.split(/\s+/).length <= 4 && head.length > tail.length) return head;
  return title;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

interface LdMeta {
  title?: string;
  published?: string;
  byline?: string;
  site?: string;
  url?: string;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function readJsonLd(document: DomDocument): LdMeta {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? "").trim()));
    } catch {
      // Broken JSON-LD is common; the meta tags remain.
    }
  }
  const o = found[0];
  if (!o) return {};
  const name = (v: unknown): string | undefined => {
    if (typeof v === "string") return clean(v);
    if (Array.isArray(v)) {
      const names = v.map(name).filter((x): x is string => !!x);
      return names.length ? names.join(", ") : undefined;
    }
    if (v && typeof v === "object") return name((v as Record<string, unknown>).name);
    return undefined;
  };
  const str = (v: unknown): string | undefined => (typeof v === "string" ? clean(v) : undefined);
  const entity = o.mainEntityOfPage;
  const entityUrl =
    typeof entity === "string"
      ? entity
      : entity && typeof entity === "object"
        ? str((entity as { "@id"?: unknown })["@id"])
        : undefined;
  return {
    title: str(o.headline) ?? str(o.name),
    published: str(o.datePublished) ?? str(o.dateCreated),
    byline: name(o.author),
    site: name(o.publisher),
    url: str(o.url) ?? entityUrl,
  };
}

/**
 * An ISO date or date-time for a date as pages and feeds write it. ISO strings are kept as written (their
 * local date is the publication date); RFC 822 and other forms with a time become UTC date-times; dates
 * without a time become `YYYY-MM-DD`.
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  const s = clean(value);
  if (!s) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    if (Number.isNaN(Date.parse(iso[1]))) return undefined;
    return iso[2] ? `${iso[1]}T${iso[2]}${iso[3] ? iso[3].toUpperCase() : ""}` : iso[1];
  }
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  if (!hasTime) {
    // "22 October 2023", "October 22, 2023", "22 Oct. 2023": the calendar date, free of time zones.
    const dm = /(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(s);
    const md = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
    const parts = dm ? [dm[3], dm[2], dm[1]] : md ? [md[3], md[1], md[2]] : null;
    if (parts) {
      const month = MONTHS[parts[1].toLowerCase()] ?? 0;
      if (month > 0) return `${parts[0]}-${String(month).padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
    }
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return hasTime ? d.toISOString().replace(".000Z", "Z") : d.toISOString().slice(0, 10);
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
  for (const el of Array.from(body.querySelectorAll(`${DROP_TAGS},${DROP_ROLES},${DROP_ATTRS}`))) el.remove();
  const pageParagraphChars = paragraphChars(body);
  for (const el of Array.from(body.querySelectorAll("*")))
    if (el.isConnected && isBoilerplate(el) && !holdsArticle(el, pageParagraphChars)) el.remove();
  dropLinkLists(body);
  return blockText(body)
    .replace(
      /\n\n(The post|This (?:article|entry|story)) [^\n]* (appeared first on|was originally published)[^\n]*$/i,
      "",
    )
    .trim();
}
