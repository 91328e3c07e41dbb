/**
 * Whether a page is an article, and when it is not, which kind of page it is: a section front, a tag or
 * author page, search results (all lists of teasers), a gallery (pictures without body text), a consent wall
 * or an error page. Read from what the page declares (JSON-LD types, its address, its title) and from its
 * shape: how much of its text is prose of its own, and how much sits in repeated teasers.
 */
import { clean, type DomDocument, type DomElement, type DomNode } from "./dom.js";

/** What a page says of itself that the cuts before extraction would lose. */
export interface PageSignals {
  /** JSON-LD `@type`s the page declares. */
  types: string[];
  /** `<title>`, `<h1>` and `<h2>` texts. */
  titles: string[];
  /** The page's address, canonical link or og:url. */
  url?: string;
}

export function pageSignals(document: DomDocument, types: string[], url: string | undefined): PageSignals {
  const titles: string[] = [];
  for (const el of Array.from(document.querySelectorAll("title,h1,h2")).slice(0, 12)) {
    const t = clean(el.textContent);
    if (t && t.length < 200) titles.push(t);
  }
  return { types, titles, url };
}

/** The page's shape, measured on its body once boilerplate is cut. */
export interface PageShape {
  /** Characters of prose: blocks of 60 characters or more, few of them links, outside teasers. */
  prose: number;
  /** The prose of the one element that holds most of it (as parent or grandparent), and in how many blocks. */
  mainProse: number;
  mainBlocks: number;
  /** Teasers: items of a run of four or more like siblings, each led by a headline link. */
  teasers: number;
  /** Characters of the teasers' summaries (what is not their headlines). */
  teaserChars: number;
  /** Pictures with captions. */
  figures: number;
  /** Distinct words of cookie consent, over the whole body. */
  consentWords: number;
}

const LEAF_BLOCKS = "p,li,dd,td,blockquote,div,section,article";
const INNER_BLOCKS = "p,div,li,ul,ol,table,section,article,h1,h2,h3,h4,h5,h6,blockquote,figure";
const CONSENT =
  /\b(?:cookies?|consent|partners|vendors|personali[sz]ed (?:ads|advertising|content)|privacy (?:settings|choices|policy)|accept all|accept and continue|reject all|manage (?:options|settings|preferences)|legitimate interest|store and\/or access)\b/gi;

function linkChars(el: DomElement): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) n += (clean(a.textContent) ?? "").length;
  return n;
}

/** Items of runs of four (or `min`) or more siblings with the same tag and class, each holding a headline link. */
function teaserItems(body: DomElement, min = 4): Set<DomElement> {
  const items = new Set<DomElement>();
  for (const parent of [body, ...Array.from(body.querySelectorAll("*"))]) {
    const kids = Array.from(parent.children);
    if (kids.length < min) continue;
    const groups = new Map<string, DomElement[]>();
    for (const k of kids) {
      const key = `${k.tagName}.${k.getAttribute("class") ?? ""}`;
      const group = groups.get(key) ?? [];
      group.push(k);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const teasers = group.filter(isTeaser);
      if (teasers.length >= min) for (const t of teasers) items.add(t);
    }
  }
  return items;
}

/** A teaser: at most 700 characters, led by a link of 15 to 200 (a headline), whatever follows it. */
function isTeaser(el: DomElement): boolean {
  if ((clean(el.textContent) ?? "").length > 700) return false;
  const a = el.querySelector("a");
  if (!a) return false;
  const t = (clean(a.textContent) ?? "").length;
  if (t < 15 || t > 200) return false;
  // Nothing but white space before the link: the item opens with its headline.
  for (let n: DomNode | null = a; n && n !== el; n = n.parentNode)
    for (let p = n.previousSibling; p; p = p.previousSibling) if ((p.textContent ?? "").trim() !== "") return false;
  return true;
}

/**
 * Removes teasers from the main block: runs of three or more ("related" cards, "more from" lists), and any
 * teaser whose headline is a linked heading (an article's own sub-heads are not links).
 */
export function dropTeaserRuns(root: DomElement): void {
  // Readability's content is detached from its document: what is still in it is what `root` contains.
  for (const item of teaserItems(root, 3)) if (root.contains(item)) item.remove();
  for (const h of Array.from(root.querySelectorAll("a h2,a h3,a h4,a h5,a h6,h2 > a,h3 > a,h4 > a,h5 > a,h6 > a"))) {
    if (!root.contains(h)) continue;
    const heading = /^H\d$/.test(h.tagName.toUpperCase()) ? h : (h.parentNode as DomElement);
    const link = heading === h ? (h.parentNode as DomElement) : h;
    if ((clean(link.textContent) ?? "") !== (clean(heading.textContent) ?? "")) continue;
    // The teaser is the linked heading's nearest ancestor that holds more than it: the card.
    const card = (heading === h ? link : heading).parentNode as DomElement | null;
    if (!card || card === root) continue;
    if (isTeaser(card) && (clean(card.textContent) ?? "").length > (clean(heading.textContent) ?? "").length)
      card.remove();
  }
}

/** A teaser's summary: its text that is not link text (a headline alone has none). */
function summaryChars(item: DomElement): number {
  return Math.max(0, (clean(item.textContent) ?? "").length - linkChars(item));
}

export function pageShape(body: DomElement): PageShape {
  const items = teaserItems(body);
  const inItem = (el: DomElement) => {
    for (let p: DomElement | null = el; p; p = p.parentNode as DomElement | null) if (items.has(p)) return true;
    return false;
  };
  let prose = 0;
  const byParent = new Map<DomElement, [number, number]>();
  for (const el of Array.from(body.querySelectorAll(LEAF_BLOCKS))) {
    if (el.querySelector(INNER_BLOCKS) !== null) continue;
    const text = clean(el.textContent) ?? "";
    if (text.length < 60 || linkChars(el) > 0.3 * text.length) continue;
    if (new Set(text.toLowerCase().match(CONSENT) ?? []).size >= 2 || inItem(el)) continue;
    prose += text.length;
    // Counted for the parent and the grandparent: some sites wrap each paragraph in a <div> of its own.
    const parent = el.parentNode as DomElement | null;
    for (const up of [parent, parent?.parentNode as DomElement | null]) {
      if (!up) continue;
      const [chars, blocks] = byParent.get(up) ?? [0, 0];
      byParent.set(up, [chars + text.length, blocks + 1]);
    }
  }
  let [mainProse, mainBlocks] = [0, 0];
  for (const [chars, blocks] of byParent.values()) if (chars > mainProse) [mainProse, mainBlocks] = [chars, blocks];
  let teaserChars = 0;
  for (const item of items) if (!inItem(item.parentNode as DomElement)) teaserChars += summaryChars(item);
  const figures = body.querySelectorAll("figure img, figure amp-img, figure picture, .gallery img").length;
  const consentWords = new Set((body.textContent ?? "").toLowerCase().match(CONSENT) ?? []).size;
  return { prose, mainProse, mainBlocks, teasers: items.size, teaserChars, figures, consentWords };
}

/** A title that says the page is an error: "404", "Error 500", "Page not found", "We can't find that page". */
const ERROR_TITLE =
  /^\s*(?:error\s*)?(?:404|410|500|503)(?:\s*(?:error|[-:|–—]|not found|page)\b.*)?$|\berror\s*(?:404|410|500|503)\b|\b(?:404|410)\b.*\bnot found\b|\b(?:page|article|content|file|story) not found\b|^not found\b|\bpage (?:cannot|can't|can ?not|could not|couldn't) be (?:found|displayed)\b|\b(?:can't|cannot|couldn't|could not|can not) find (?:that|the|this) page\b|\bpage (?:doesn't|does not|no longer) exists?\b|\bserver error\b/i;

/** Which kind of listing: by declared type, then address, then title; a section front by default. */
function listingKind(signals: PageSignals): string {
  const { types, url = "", titles } = signals;
  if (types.includes("SearchResultsPage")) return "search results";
  if (types.includes("ProfilePage")) return "author page";
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    // A relative or missing address: read as it is.
  }
  if (/\/search\b|[?&](?:q|s|query|search|keywords?)=/i.test(path)) return "search results";
  if (/\/(?:authors?|writers?|people|profiles?|staff|contributors?|journalists?)\/[^/]+\/?$/i.test(path))
    return "author page";
  if (/\/(?:tags?|topics?|keywords?|subjects?|themes?)\/[^/]+/i.test(path)) return "tag page";
  if (titles.some((t) => /\bsearch results?\b|\bresults for\b/i.test(t))) return "search results";
  if (titles.some((t) => /^(?:articles|stories|posts) (?:by|tagged)\b/i.test(t)))
    return /tagged/i.test(titles.join(" ")) ? "tag page" : "author page";
  return "section front";
}

const NOT_ARTICLE_TYPES: Record<string, string> = {
  SearchResultsPage: "search results",
  ProfilePage: "author page",
  CollectionPage: "",
  ImageGallery: "gallery",
  MediaGallery: "gallery",
};
const ARTICLE_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$|^SocialMediaPosting$/;

/**
 * The kind of page this is when it is not an article, or undefined for an article. A page with more prose of
 * its own than teasers is an article however much else surrounds it; one whose text is mostly teasers is a
 * listing; one with pictures and almost no prose a gallery. Declared types decide only where the prose is
 * short, since a site may label an article page a collection.
 */
export function notArticleKind(signals: PageSignals, shape: PageShape): { kind: string; reason: string } | undefined {
  const { prose, teasers } = shape;
  const pictures = shape.figures ? `, ${shape.figures} pictures` : "";
  const shapeSays = `${teasers} teasers${pictures} and ${prose} characters of prose`;
  if (shape.consentWords >= 3 && prose < 300)
    return { kind: "consent wall", reason: "a consent form and no article text" };
  const error = signals.titles.slice(0, 3).find((t) => ERROR_TITLE.test(t));
  if (prose < 600 && error) return { kind: "error page", reason: `it says "${error.slice(0, 60)}"` };
  const declaredArticle = signals.types.some((t) => ARTICLE_TYPE.test(t));
  if (!declaredArticle && prose < 1200) {
    for (const t of signals.types)
      if (t in NOT_ARTICLE_TYPES && (NOT_ARTICLE_TYPES[t] !== "" || teasers >= 4))
        return {
          kind: NOT_ARTICLE_TYPES[t] || listingKind(signals),
          reason: `it declares itself a ${t}; ${shapeSays}`,
        };
  }
  // Three paragraphs of prose together are an article's body, however many teasers surround it.
  const body = (shape.mainBlocks >= 3 && shape.mainProse >= 300) || shape.mainProse >= 800;
  // A listing: teasers whose summaries outweigh the prose, or headlines with no prose at all. Headlines beside
  // a few lines of prose are a short article in its site's menus.
  const listing = shape.teaserChars >= prose || (shape.mainProse < 150 && prose < 300);
  if (teasers >= 4 && listing && !body) return { kind: listingKind(signals), reason: shapeSays };
  if (shape.figures >= 4 && prose < 300) return { kind: "gallery", reason: shapeSays };
  return undefined;
}

/** "a section front", "an error page", "search results": the kind with its article, for a message. */
export function withArticle(kind: string): string {
  if (/s$/.test(kind)) return kind;
  return `${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind}`;
}
