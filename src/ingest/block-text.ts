/** An element's text as a reader sees it: block elements make paragraphs, `<br>` a line break. */
import type { DomNode } from "./dom.js";

/** Elements that a reader sees as blocks of their own: each starts and ends a paragraph. */
export const BLOCK_TAGS = new Set(
  (
    "P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TR " +
    "TD TH FIGURE FIGCAPTION ADDRESS HR CENTER DETAILS SUMMARY"
  ).split(" "),
);
/** Elements whose text is no part of what a reader reads. */
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "IMG"]);

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
