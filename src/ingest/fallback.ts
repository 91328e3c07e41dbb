/**
 * The main text when Readability finds none or too little (a short brief, a body in `<div>`s under a wrapper
 * it distrusts): read from the page afresh, the first that holds enough of the element the page marks as its
 * body (`itemprop=articleBody`), its largest block of text, its `<article>`, `<main>`, and its JSON-LD
 * `articleBody`; otherwise the longest of them. As trafilatura and newspaper4k do, the page's own marks come
 * before guesses, and a guess is the block with the most text of its own that is not link text.
 */
import { blockText } from "./block-text.js";
import { dropBoilerplate, dropLinkLists, NEVER_TEXT, PROTECTED } from "./boilerplate.js";
import { dropChatter, dropThreads, trimCaptions } from "./chatter.js";
import { clean, type DomElement } from "./dom.js";
import { dropTeaserRuns } from "./page-kind.js";
import { bodyOf, parsePage } from "./parse.js";

/** Elements that hold the text of their children as inline text, not as blocks of their own. */
const CONTAINERS = new Set(["DIV", "SECTION", "ARTICLE", "MAIN", "TD", "BODY", "FORM", "CENTER"]);

function ownText(el: DomElement): number {
  const all = (clean(el.textContent) ?? "").length;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) links += (clean(a.textContent) ?? "").length;
  return Math.max(0, all - 2 * links);
}

/** The element whose direct children hold the most text that is not link text (a link counts against). */
export function largestBlock(body: DomElement): DomElement | undefined {
  let best: DomElement | undefined;
  let bestChars = 0;
  for (const el of [body, ...Array.from(body.querySelectorAll("div,section,article,main,td,span,font,center"))]) {
    let direct = 0;
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === 3) direct += (k.textContent ?? "").trim().length;
      else if (k.nodeType === 1 && !CONTAINERS.has(k.nodeName.toUpperCase())) direct += ownText(k as DomElement);
    }
    if (direct > bestChars) {
      bestChars = direct;
      best = el;
    }
  }
  return best;
}

/** The fallback main text, or undefined when the page holds none. */
export function fallbackText(html: string, articleBody: string | undefined, minChars: number): string | undefined {
  const document = parsePage(html);
  if (typeof document === "string") return clean(articleBody);
  const first = bodyOf(document);
  if (!first) return clean(articleBody);
  dropThreads(first);
  trimCaptions(first);
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) if (!PROTECTED.has(el.tagName)) el.remove();
  const body = bodyOf(document);
  if (!body) return clean(articleBody);
  dropBoilerplate(body);
  dropChatter(body);
  const candidates = [
    body.querySelector("[itemprop=articleBody]"),
    largestBlock(body),
    body.querySelector("article"),
    body.querySelector("main,[role=main]"),
  ];
  const texts: string[] = [];
  for (const el of candidates) {
    if (!el) continue;
    dropTeaserRuns(el);
    dropLinkLists(el);
    texts.push(blockText(el));
  }
  if (articleBody) texts.push(articleBody.trim());
  const enough = texts.find((t) => t.length >= Math.max(1, minChars));
  return enough ?? texts.reduce<string | undefined>((a, t) => (t.length > (a?.length ?? 0) ? t : a), undefined);
}
