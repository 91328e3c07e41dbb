// @ts-check
/**
 * unspun's report page: renders a Report (CONTRACT.md, src/report/types.ts) with the article and its
 * sources side by side. Runs in the browser as an inline module script (html.ts writes it into the page
 * as it stands here, and the page's CSP allows it by its hash), with no dependency and no network other
 * than the page's own API (in the served page). Every piece of article or source text goes into the page
 * through text nodes (textContent, createTextNode), never as markup; control and bidirectional characters
 * are shown as replacement characters (`shown`).
 *
 * Its words are the page's data, not its code: the verdict texts, the names of the change kinds and the
 * list of the meaning-changing kinds come from the JSON of #unspun-labels (src/report/labels.ts).
 *
 * Two modes: a self-contained report (the data sits in the JSON script element #unspun-data),
 * or the served page (a form posts the article to /api/check?sourceTexts=1).
 *
 * A report is drawn by one function a part — the summary's panels (summary, sources, related reports,
 * changes, spin signals, who says what), the side-by-side view, the navigation between them — which share
 * one `State`. The script is four files, joined in this order into the page's one script (PAGE_SCRIPTS in
 * html.ts): page-text.js (this: the types, the labels, text into the page), page-panels.js, page-view.js,
 * page-main.js (navigation, the form, the start). Plain JavaScript, type-checked from its JSDoc types as
 * one program by `tsc -p tsconfig.page.json` (part of `npm test`).
 */

// The contract's types, as global typedefs for all four files (an @import would make each file a module of
// its own, and the four are one script).
/** @typedef {import("../types.js").Change} Change */
/** @typedef {import("../types.js").Report} TheReport the Report (not the DOM's Reporting API type of that name) */
/** @typedef {import("../types.js").SourceRef} SourceRef */
/** @typedef {import("../types.js").Span} Span */
/** @typedef {import("../types.js").Verdict} Verdict */
/** @typedef {import("../labels.js").PageLabels} PageLabels */

/**
 * What the page renders: the report, the article's text (its offsets index it; `report.article.text` wins
 * when present) and the corpus text of each source, by id.
 * @typedef {{ report: TheReport, text?: string, sourceTexts?: Record<string, string> }} PageData
 */

/** @typedef {Change & { i: number }} IndexedChange a change, with its index in `report.changes` */

/**
 * A stretch of text to mark, `[s, e)`: its classes, data attributes and title; `was` (the words a meaning
 * change replaced) follows it in the text. An empty stretch (a deletion's point) becomes a caret.
 * @typedef {{ s: number, e: number, cls: string, data?: Record<string, number>, title?: string, was?: string }} Ann
 */

/**
 * A rendered report, shared by its panels, its view and the navigation.
 * @typedef {object} State
 * @property {TheReport} report
 * @property {string} text the article's text
 * @property {Record<string, string>} sourceTexts
 * @property {IndexedChange[]} changes
 * @property {IndexedChange[]} meaning the changes that alter meaning, in the report's order
 * @property {string | null} source the source shown beside the article
 * @property {number} current the change last gone to (-1: none yet)
 * @property {HTMLDivElement} view the side-by-side view
 * @property {Map<string, HTMLButtonElement>} srcButtons the sources' buttons, by id
 */

/**
 * One drawing of the side-by-side view: the article's text, the source beside it and its text (undefined
 * when not at hand), and what is marked on each side.
 * @typedef {{ text: string, source: string | null, srcText: string | undefined, anns: Ann[], sAnns: Ann[] }} Pane
 */

/** The JSON of the page's data block (a script element of type application/json) `id`, or null. */
function readJson(/** @type {string} */ id) {
  const e = document.getElementById(id);
  return e ? JSON.parse(e.textContent ?? "") : null;
}

/** @returns {PageLabels} */
function readLabels() {
  const labels = readJson("unspun-labels");
  if (!labels) throw new Error("unspun: the page has no labels (#unspun-labels)");
  return labels;
}

const LABELS = readLabels();
const MEANING = new Set(LABELS.meaningKinds);

/** A kind of change in words (the kind itself, when not labelled). */
const kindText = (/** @type {Change["kind"]} */ kind) =>
  Object.hasOwn(LABELS.changeKinds, kind) ? LABELS.changeKinds[kind] : kind;

/** What a verdict means, as a sentence: capitalised, with a full stop ("" for a verdict not labelled). */
function verdictSentence(/** @type {Verdict} */ verdict) {
  const t = Object.hasOwn(LABELS.verdicts, verdict) ? LABELS.verdicts[verdict] : "";
  return t ? `${t.charAt(0).toUpperCase()}${t.slice(1)}.` : "";
}

// Control characters and bidirectional overrides would let hostile text disguise itself: each becomes
// one visible replacement character (one for one, so that offsets still line up).
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const shown = (/** @type {unknown} */ s) => String(s).replace(UNSAFE, "\ufffd");

/**
 * Creates an element with a class and optional text (always as text).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string | null} [cls]
 * @param {string | null} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = shown(text);
  return e;
}

const pct = (/** @type {number} */ x) => `${Math.round(x * 100)}%`;
const clip = (/** @type {string} */ s, /** @type {number} */ n) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/**
 * Appends text[start, end) to `parent`, split where annotations begin and end; a piece covered by
 * annotations becomes a <span> with their classes and data attributes. An empty annotation (a
 * deletion's point) becomes a caret.
 * @param {HTMLElement} parent
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @param {Ann[]} anns
 */
function renderText(parent, text, start, end, anns) {
  const here = anns.filter((a) => (a.s < end && a.e > start) || (a.s === a.e && a.s >= start && a.s < end));
  if (here.length === 0) {
    parent.appendChild(document.createTextNode(shown(text.slice(start, end))));
    return;
  }
  const cuts = new Set([start, end]);
  for (const a of here) {
    if (a.s > start && a.s < end) cuts.add(a.s);
    if (a.e > start && a.e < end) cuts.add(a.e);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i];
    const e = points[i + 1];
    for (const a of here) if (a.s === a.e && a.s === s) parent.appendChild(caret(a));
    const cover = here.filter((a) => a.s < e && a.e > s && a.s < a.e);
    const piece = text.slice(s, e);
    if (cover.length === 0) parent.appendChild(document.createTextNode(shown(piece)));
    else parent.append(...marked(piece, cover, e));
  }
}

/**
 * A piece of text covered by annotations, ending at `e`: a <span> with their classes, data attributes and
 * titles, then, for a meaning change that ends here, what it was.
 * @param {string} piece
 * @param {Ann[]} cover
 * @param {number} e
 */
function marked(piece, cover, e) {
  const span = el("span", cover.map((a) => a.cls).join(" "), piece);
  const titles = [];
  for (const a of cover) {
    if (a.title) titles.push(a.title);
    if (a.data)
      for (const [k, v] of Object.entries(a.data))
        span.dataset[k] = span.dataset[k] ? `${span.dataset[k]} ${v}` : String(v);
  }
  if (titles.length) span.title = shown(titles.join("\n"));
  // A meaning change says what it was, in the text itself.
  const was = cover.filter((a) => a.was !== undefined && a.e === e).map((a) => el("span", "was", a.was));
  return [span, ...was];
}

/** An empty annotation (a deletion's point) as a caret, with its class, title and data attributes. */
function caret(/** @type {Ann} */ a) {
  const c = el("span", `caret ${a.cls}`, "‸");
  if (a.title) c.title = shown(a.title);
  if (a.data) for (const [k, v] of Object.entries(a.data)) c.dataset[k] = String(v);
  return c;
}

/** Makes `nodes` flash (again, when they already did). */
function flash(/** @type {Iterable<Element>} */ nodes) {
  for (const n of nodes) {
    n.classList.remove("flash");
    if (n instanceof HTMLElement) void n.offsetWidth; // restart the animation
    n.classList.add("flash");
  }
}
