/** Pages parsed into a server-side DOM (linkedom), with their depth bounded. */
import { createRequire } from "node:module";
import type * as Linkedom from "linkedom";
import { BLOCK_TAGS } from "./block-text.js";
import { neverText } from "./boilerplate.js";
import type { DomDocument, DomElement, DomNode } from "./dom.js";
import { capNesting } from "./nesting.js";

/**
 * linkedom, loaded on the first page parsed (its CommonJS build, so that parsing stays synchronous): loading
 * it costs about as much as a whole check, which a check of plain text or JSONL need not pay.
 */
let linkedom: typeof Linkedom | undefined;
export function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)("linkedom") as typeof Linkedom;
  return linkedom.parseHTML(html);
}

/** The parsed page, if it has a document element and a body. */
export function withBody(source: string): DomDocument | undefined {
  const document = parseHTML(source).document as unknown as DomDocument;
  return bodyOf(document) ? document : undefined;
}

/** A document's body, or null: linkedom's getter throws on a tree left with no document element. */
export function bodyOf(document: DomDocument): DomElement | null {
  try {
    return document.documentElement ? document.body : null;
  } catch {
    return null;
  }
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
export function flattenDeep(root: DomElement): void {
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

const BR_RUN = /(?:<br\s*\/?>\s*(?:&nbsp;\s*)?){2,}/gi;

/** A page parsed, with its depth bounded, or why it cannot be. */
export function parsePage(html: string): DomDocument | string {
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
    return `cannot parse HTML: ${(err as Error).message}`;
  }
  if (!document?.body) return "no article found in page (no body)";
  flattenDeep(document.documentElement);
  return document;
}
