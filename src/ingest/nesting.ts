/**
 * Caps how deep raw markup nests before the parser sees it. htmlparser2 (under linkedom) keeps its open
 * elements in an array that it adds to at the front, so its own time grows with the square of the nesting:
 * 64,000 open elements (16,000 nested tables) cost seconds before unspun sees the page. One linear pass
 * follows the open elements as the parser will — its implied closes (a `<td>` closes an open `<td>`, a
 * `<div>` an open `<p>`), end tags closing up to their element, void and raw-text elements — and drops the
 * tags that would stand deeper than the cap, with their end tags. A dropped block leaves a paragraph break
 * (U+2029, which the extractor splits on), so its text keeps its place and its paragraphs. A page that
 * never nests that deep is returned as it came.
 */

/** Deeper than any real page by far; the extractor flattens past 96 levels after parsing anyway. */
export const MAX_RAW_DEPTH = 1000;

const VOID = new Set(
  "area base basefont bgsound br col command embed frame hr image img input keygen link meta param source track wbr".split(
    " ",
  ),
);
/** Elements whose content the parser reads as text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"]);
const P_CLOSERS =
  "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul".split(
    " ",
  );
/** What an open tag closes when it is the innermost open element (htmlparser2's `openImpliesClose`). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dt", "dd"])],
  ["dt", new Set(["dt", "dd"])],
  ...P_CLOSERS.map((t): [string, Set<string>] => [t, new Set(["p"])]),
]);
const BLOCK = new Set([
  ...P_CLOSERS,
  "li",
  "tr",
  "td",
  "th",
  "dd",
  "dt",
  "tbody",
  "thead",
  "tfoot",
  "caption",
  "center",
]);

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/g;

export function capNesting(html: string, max = MAX_RAW_DEPTH): string {
  // Cheap first: a page with fewer tags than the cap cannot nest past it.
  let tags = 0;
  for (let i = html.indexOf("<"); i >= 0 && tags <= max; i = html.indexOf("<", i + 1)) tags++;
  if (tags <= max) return html;

  const stack: { name: string; dropped: boolean }[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  let kept = 0; // open elements on the stack that the parser will see
  const out: string[] = [];
  let last = 0;
  let changed = false;
  let broken = false; // the output ends in a paragraph break with nothing but white space after it
  const drop = (start: number, end: number, block: boolean) => {
    const between = html.slice(last, start);
    if (between.trim() !== "") broken = false;
    out.push(between, block && !broken ? "\u2029" : "");
    if (block) broken = true;
    last = end;
    changed = true;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const pop = () => {
      const e = stack.pop() as { name: string; dropped: boolean };
      open.set(e.name, (open.get(e.name) ?? 1) - 1);
      if (!e.dropped) kept--;
      return e;
    };
    if (m[1] === "/") {
      // The parser ignores an end tag with no open element; else it closes everything up to that element.
      // (Counted by name, so an unmatched end tag costs nothing, and a matched one only what it closes.)
      if (!open.get(name)) continue;
      let e = pop();
      while (e.name !== name) e = pop();
      if (e.dropped) drop(start, end, BLOCK.has(name));
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1].name)) pop();
    if (VOID.has(name) || m[3].trimEnd().endsWith("/")) continue;
    const dropped = kept >= max;
    stack.push({ name, dropped });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (dropped) drop(start, end, BLOCK.has(name));
    else kept++;
    if (RAW_TEXT.has(name)) {
      // Its content is text to the parser: go on from its end tag (or the end of the page).
      const close = endTag(name);
      close.lastIndex = end;
      TOKEN.lastIndex = close.exec(html)?.index ?? html.length;
    }
  }
  if (!changed) return html;
  out.push(html.slice(last));
  return out.join("");
}

const END_TAGS = new Map<string, RegExp>();
function endTag(name: string): RegExp {
  let re = END_TAGS.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, "gi");
    END_TAGS.set(name, re);
  }
  return re;
}
