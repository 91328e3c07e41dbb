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
 * one `State`. Plain JavaScript, type-checked from its JSDoc types by `tsc -p tsconfig.page.json` (part of
 * `npm test`).
 */

/** @import { Change, Report, SourceRef, Span, Verdict } from "../types.js" */
/** @import { PageLabels } from "../labels.js" */

/**
 * What the page renders: the report, the article's text (its offsets index it; `report.article.text` wins
 * when present) and the corpus text of each source, by id.
 * @typedef {{ report: Report, text?: string, sourceTexts?: Record<string, string> }} PageData
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
 * @property {Report} report
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

// --- a report: the panels beside the article ---

/**
 * Renders `data` into `root`: the summary's panels beside the article, which stands side by side with
 * the source chosen (the first at the start).
 * @param {HTMLElement} root
 * @param {PageData} data
 */
function renderReport(root, data) {
  const report = data.report;
  const changes = report.changes.map((c, i) => ({ ...c, i }));
  /** @type {State} */
  const state = {
    report,
    text: report.article?.text ?? data.text ?? "",
    sourceTexts: data.sourceTexts || {},
    changes,
    meaning: changes.filter((c) => MEANING.has(c.kind)),
    source: report.sources[0]?.id ?? null,
    current: -1,
    view: el("div"),
    srcButtons: new Map(),
  };
  root.replaceChildren();

  const layout = el("div", "layout");
  const side = el("aside", "side");
  side.setAttribute("aria-label", "Summary");
  const main = el("section", "main");
  main.setAttribute("aria-label", "Article and source, side by side");
  layout.append(side, main);
  root.appendChild(layout);

  side.append(summaryPanel(state), sourcesPanel(state));
  const related = relatedPanel(state);
  if (related) side.append(related);
  side.append(changesPanel(state), spinPanel(state), whoPanel(state));
  main.append(state.view);

  // Clicking a changed word on either side shows its counterpart.
  state.view.addEventListener("click", (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest("[data-chg]") : null;
    if (t) goToChange(state, Number(String(t.getAttribute("data-chg")).split(" ")[0]));
  });
  keyHandlers.set(root, (key) => stepMeaning(state, key));

  if (state.source) state.srcButtons.get(state.source)?.classList.add("selected");
  renderView(state);
}

/** The verdict, the article's title, the spin score. */
function summaryPanel(/** @type {State} */ { report, text }) {
  const summary = el("div", "panel summary");
  const h = el("h2");
  h.append(el("span", `verdict verdict-${report.verdict}`, report.verdict));
  summary.append(h);
  if (report.article?.title) summary.append(el("p", null, report.article.title));
  summary.append(el("p", null, verdictSentence(report.verdict)));
  summary.append(
    el(
      "p",
      "muted",
      `Spin score ${report.spin.score.toFixed(2)} (how likely the text was machine-reworded) · ${text.length.toLocaleString("en")} characters`,
    ),
  );
  return summary;
}

/** The sources, each a button that shows it beside the article. */
function sourcesPanel(/** @type {State} */ state) {
  const { report } = state;
  const panel = el("div", "panel sources");
  panel.append(el("h3", null, `Sources (${report.sources.length})`));
  const list = el("ul", "plain");
  for (const s of report.sources) {
    const li = el("li");
    li.append(sourceButton(state, s));
    list.append(li);
  }
  if (!report.sources.length) list.append(el("li", "muted", "No corpus document shares text with this article."));
  panel.append(list);
  return panel;
}

/**
 * A source: its title, its share of the article as a bar, how the article changed what it took.
 * @param {State} state
 * @param {SourceRef} s
 */
function sourceButton(state, s) {
  const b = el("button", "item");
  b.type = "button";
  b.dataset.source = s.id;
  b.append(el("div", null, s.title ? `${s.title}` : s.id));
  const bar = el("div", "bar");
  const fill = el("span");
  fill.style.width = pct(Math.max(0.01, Math.min(1, s.share)));
  bar.append(fill);
  b.append(bar, el("div", "muted", `${pct(s.share)} of the article · similarity ${s.similarity.toFixed(2)} · ${s.id}`));
  // How the article changed what it took (older reports have no `kept`).
  if (typeof s.kept === "number") {
    const edits = Array.isArray(s.edits) ? s.edits : [];
    const how = `keeps ${pct(s.kept)} of the source${edits.length ? `: ${edits.join(", ")}` : ", as it stood"}`;
    b.append(el("div", "muted", how));
  }
  b.addEventListener("click", () => {
    select(state, s.id);
    const first = state.view.querySelector(".sbs-row.aligned");
    if (first) {
      first.scrollIntoView({ block: "start", behavior: "auto" });
      flash(first.children);
    }
  });
  state.srcButtons.set(s.id, b);
  return b;
}

/** Reports of the same event, from which no text is reused (null when there is none). */
function relatedPanel(/** @type {State} */ { report }) {
  const related = Array.isArray(report.related) ? report.related : [];
  if (!related.length) return null;
  const panel = el("div", "panel related");
  panel.append(el("h3", null, `Reports of the same event (${related.length})`));
  const list = el("ul", "plain");
  for (const r of related) {
    const li = el("li");
    li.append(el("div", null, r.title ? `${r.title}` : r.id));
    li.append(el("div", "muted", `${r.id} · same event ${pct(r.similarity)} · no text reused`));
    list.append(li);
  }
  panel.append(list);
  return panel;
}

/** The changes: those that alter meaning first, the rest folded. */
function changesPanel(/** @type {State} */ state) {
  const { report, changes, meaning } = state;
  const minor = changes.filter((c) => !MEANING.has(c.kind));
  const panel = el("div", "panel changes");
  panel.append(el("h3", null, `Changes that alter meaning (${meaning.length})`));
  if (meaning.length) panel.append(changeList(state, meaning, ""));
  else panel.append(el("p", "muted", report.sources.length ? "None found." : "Nothing to compare with."));
  if (minor.length) {
    const d = el("details");
    d.append(el("summary", null, `Other edits (${minor.length})`), changeList(state, minor, "minor"));
    panel.append(d);
  }
  if (meaning.length) panel.append(el("p", "keys", "Keys: n / p — next / previous meaning change"));
  return panel;
}

/**
 * Changes as a list of buttons, each going to its change in the text.
 * @param {State} state
 * @param {IndexedChange[]} list
 * @param {string} cls the class of their kind's label ("minor" for the folded ones)
 */
function changeList(state, list, cls) {
  const ul = el("ul", "plain");
  for (const c of list) {
    const li = el("li");
    const b = el("button", "item");
    b.type = "button";
    b.dataset.change = String(c.i);
    b.append(el("div", `kind ${cls}`, kindText(c.kind)));
    const line = el("div");
    line.append(
      el("span", "before", c.before || "∅"),
      document.createTextNode(" → "),
      el("span", "after", c.after || "∅"),
    );
    b.append(line);
    if (state.report.sources.length > 1) b.append(el("div", "muted", `in ${c.source}`));
    b.addEventListener("click", () => goToChange(state, c.i));
    li.append(b);
    ul.append(li);
  }
  return ul;
}

/** The spin signals, each a button that goes to it in the article. */
function spinPanel(/** @type {State} */ state) {
  const { report, text } = state;
  const panel = el("div", "panel spin-panel");
  panel.append(el("h3", null, `Spin signals (${report.spin.signals.length})`));
  if (!report.spin.signals.length) {
    panel.append(el("p", "muted", "None."));
    return panel;
  }
  const ul = el("ul", "plain");
  report.spin.signals.forEach((sig, i) => {
    const li = el("li");
    const b = el("button", "item");
    b.type = "button";
    b.append(
      el("span", "kind minor", sig.kind),
      document.createTextNode(" "),
      el("span", "spin", text.slice(sig.span[0], sig.span[1])),
    );
    b.append(el("div", "muted", sig.note));
    b.addEventListener("click", () => goTo(state, `[data-spin~="${i}"]`));
    li.append(b);
    ul.append(li);
  });
  panel.append(ul);
  return panel;
}

/** @typedef {Report["claims"]["attributions"][number] & { i: number }} IndexedAttribution */

/** Who says what: the article's claims, grouped by whom they are put on, the largest group first. */
function whoPanel(/** @type {State} */ state) {
  const atts = state.report.claims.attributions.map((a, i) => ({ ...a, i }));
  const p = el("div", "panel who-panel");
  const named = atts.filter((a) => !a.anonymous && a.sourceName).length;
  const anon = atts.filter((a) => a.anonymous).length;
  p.append(el("h3", null, "Who says what"));
  p.append(
    el(
      "p",
      "muted",
      `${atts.length} claims: ${named} on named sources, ${anon} on anonymous sources, ${atts.length - named - anon} unattributed`,
    ),
  );
  /** @type {Map<string, IndexedAttribution[]>} */
  const groups = new Map();
  for (const a of atts) {
    const key = a.sourceName ?? (a.anonymous ? "anonymous source" : "no source given");
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const box = el("div", "who");
  for (const [name, list] of [...groups].sort((x, y) => y[1].length - x[1].length))
    box.append(claimGroup(state, name, list));
  if (!atts.length) box.append(el("p", "muted", "No attributed claims found."));
  p.append(box);
  return p;
}

/**
 * The claims put on one source (or on none): its name, what kind of source, and each claim as a button
 * that goes to it in the article.
 * @param {State} state
 * @param {string} name
 * @param {IndexedAttribution[]} list
 */
function claimGroup(state, name, list) {
  const g = el("div");
  const head = el("div");
  head.append(
    el("span", "name", name),
    el(
      "span",
      list[0].anonymous ? "badge anon" : "badge",
      list[0].anonymous ? "anonymous" : list[0].sourceName ? "named" : "unattributed",
    ),
  );
  g.append(head);
  const ul = el("ul", "plain");
  for (const a of list) {
    const li = el("li");
    const b = el("button", "item claim");
    b.type = "button";
    const content = clip(state.text.slice(a.content[0], a.content[1]), 160);
    b.textContent = shown(a.direct ? `“${content}”` : content);
    b.title = a.direct ? "direct quote" : "reported speech";
    b.addEventListener("click", () => goTo(state, `[data-att~="${a.i}"]`));
    li.append(b);
    ul.append(li);
  }
  g.append(ul);
  return g;
}

// --- the side-by-side view ---

/** A change as a title: its kind, before → after. */
const changeTitle = (/** @type {Change} */ c) => `${kindText(c.kind)}: ${c.before || "∅"} → ${c.after || "∅"}`;

/**
 * The article's annotations for the chosen source: claims, spin signals, and that source's changes.
 * @param {State} state
 * @param {string | null} source
 */
function articleAnns({ report, changes }, source) {
  /** @type {Ann[]} */
  const anns = [];
  report.claims.attributions.forEach((a, i) => {
    anns.push({
      s: a.content[0],
      e: a.content[1],
      cls: "quote",
      data: { att: i },
      title: `${a.direct ? "quote" : "claim"}: ${a.sourceName ?? (a.anonymous ? "anonymous source" : "no source")}`,
    });
  });
  report.spin.signals.forEach((sig, i) => {
    anns.push({ s: sig.span[0], e: sig.span[1], cls: "spin", data: { spin: i }, title: `spin: ${sig.note}` });
  });
  for (const c of changes) {
    if (c.source !== source) continue;
    anns.push({
      s: c.span[0],
      e: c.span[1],
      cls: MEANING.has(c.kind) ? "chg meaning" : "chg",
      data: { chg: c.i },
      title: changeTitle(c),
      was: MEANING.has(c.kind) && c.span[1] > c.span[0] ? `was ${clip(c.before || "∅", 40)}` : undefined,
    });
  }
  return anns.sort((x, y) => x.s - y.s);
}

/**
 * The source's annotations: the changes made to it.
 * @param {State} state
 * @param {string} source
 * @returns {Ann[]}
 */
function sourceAnns({ changes }, source) {
  return changes
    .filter((c) => c.source === source)
    .map((c) => ({
      s: c.sourceSpan[0],
      e: c.sourceSpan[1],
      cls: MEANING.has(c.kind) ? "chg meaning" : "chg",
      data: { chg: c.i },
      title: changeTitle(c),
    }));
}

/**
 * Splits [start, end) of the article at blank lines: one row a paragraph.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
function paragraphs(text, start, end) {
  /** @type {Span[]} */
  const out = [];
  const re = /\n\s*\n/g;
  re.lastIndex = start;
  let s = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m.index > s) out.push([s, m.index]);
    s = m.index + m[0].length;
  }
  if (s < end) out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).trim());
}

/**
 * One row of the view: a stretch of the article (or none) beside a stretch of the source (or none).
 * @param {Pane} pane
 * @param {string} cls "aligned", "gap" (the article alone) or "src-only" (the source alone)
 * @param {Span | null} art
 * @param {Span | null} src
 * @param {number} [sim] the pair's similarity
 */
function row(pane, cls, art, src, sim) {
  const r = el("div", `sbs-row ${cls}`);
  const left = el("div", "art");
  const right = el("div", "src");
  if (art) {
    left.append(el("span", "lbl", "Article"));
    renderText(left, pane.text, art[0], art[1], pane.anns);
    left.dataset.start = String(art[0]);
  }
  if (src && pane.srcText !== undefined) {
    right.append(el("span", "lbl", "Source"));
    renderText(right, pane.srcText, src[0], src[1], pane.sAnns);
    if (sim !== undefined) right.append(el("span", "sim", `  similarity ${sim.toFixed(2)}`));
  }
  r.append(left);
  if (pane.source) r.append(right);
  return r;
}

/**
 * What of the article is aligned with the source, in the article's order: its sentence pairs, else (an
 * older report) its passages.
 * @param {Report} report
 * @param {string | null} source
 */
function alignedPairs(report, source) {
  if (!source) return [];
  /** @type {{ span: Span, sourceSpan: Span, similarity: number }[]} */
  let pairs = report.sentences.filter((p) => p.source === source);
  if (!pairs.length) pairs = report.passages.filter((p) => p.source === source);
  return [...pairs].sort((a, b) => a.span[0] - b.span[0]);
}

/** Draws the view for the chosen source: the article, and the source beside it. */
function renderView(/** @type {State} */ state) {
  const { report, view, source } = state;
  const srcText = source ? state.sourceTexts[source] : undefined;
  view.replaceChildren();
  view.className = source ? "sbs" : "sbs single";
  const head = el("div", "sbs-head");
  head.append(el("div", null, "Article"));
  if (source) head.append(el("div", null, `Source: ${report.sources.find((s) => s.id === source)?.title ?? source}`));
  view.append(head);
  /** @type {Pane} */
  const pane = {
    text: state.text,
    source,
    srcText,
    anns: articleAnns(state, source),
    sAnns: source ? sourceAnns(state, source) : [],
  };
  if (source && srcText === undefined)
    view.append(el("p", "muted", "The source's text is not available here: its side is left empty."));
  view.append(rows(pane, alignedPairs(report, source)));
}

/**
 * The rows of the view: each aligned pair on one row, the article's other paragraphs on rows of their own
 * (and the source's text skipped between two pairs).
 * @param {Pane} pane
 * @param {{ span: Span, sourceSpan: Span, similarity: number }[]} pairs
 */
function rows(pane, pairs) {
  const { text, srcText } = pane;
  const frag = document.createDocumentFragment();
  let pos = 0;
  let srcPos = -1;
  for (const p of pairs) {
    if (p.span[0] < pos) continue;
    for (const g of paragraphs(text, pos, p.span[0])) frag.append(row(pane, "gap", g, null));
    if (
      srcText !== undefined &&
      srcPos >= 0 &&
      p.sourceSpan[0] > srcPos &&
      srcText.slice(srcPos, p.sourceSpan[0]).trim()
    )
      frag.append(row(pane, "src-only", null, [srcPos, p.sourceSpan[0]]));
    frag.append(row(pane, "aligned", p.span, p.sourceSpan, p.similarity));
    pos = p.span[1];
    if (p.sourceSpan[1] > srcPos) srcPos = p.sourceSpan[1];
  }
  for (const g of paragraphs(text, pos, text.length)) frag.append(row(pane, "gap", g, null));
  return frag;
}

// --- navigation ---

/** Shows source `id` beside the article. */
function select(/** @type {State} */ state, /** @type {string} */ id) {
  if (id === state.source) return;
  state.source = id;
  for (const [sid, b] of state.srcButtons) b.classList.toggle("selected", sid === id);
  renderView(state);
}

/** Scrolls to the first of the view's elements that match `selector`, and flashes them all. */
function goTo(/** @type {State} */ state, /** @type {string} */ selector) {
  const nodes = state.view.querySelectorAll(selector);
  if (!nodes.length) return;
  nodes[0].scrollIntoView({ block: "center", behavior: "auto" });
  flash(nodes);
}

/** Shows change `i` on both sides: its source beside the article, the article's mark scrolled to. */
function goToChange(/** @type {State} */ state, /** @type {number} */ i) {
  const c = state.changes[i];
  if (!c) return;
  state.current = i;
  select(state, c.source);
  const nodes = [...state.view.querySelectorAll(`[data-chg~="${i}"]`)];
  if (!nodes.length) return;
  const art = nodes.find((n) => n.closest(".art")) ?? nodes[0];
  art.scrollIntoView({ block: "center", behavior: "auto" });
  flash(nodes);
}

/** Goes to the next ("n") or previous ("p") meaning change. */
function stepMeaning(/** @type {State} */ state, /** @type {string} */ key) {
  const { meaning } = state;
  if (!meaning.length) return;
  const order = meaning.map((c) => c.i);
  const at = order.indexOf(state.current);
  const next = key === "n" ? order[(at + 1) % order.length] : order[(at - 1 + order.length) % order.length];
  goToChange(state, next);
}

/**
 * What the keys n and p do in the report rendered into a root (the served page renders each check anew).
 * @type {WeakMap<Element, (key: string) => void>}
 */
const keyHandlers = new WeakMap();

document.addEventListener("keydown", (ev) => {
  if (ev.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const root = document.getElementById("report");
  const step = root ? keyHandlers.get(root) : undefined;
  if ((ev.key === "n" || ev.key === "p") && step) step(ev.key);
});

// --- the served page: a form that posts to the API ---

/**
 * The served page's form, and the HTML page dropped on it (null when the text was typed or pasted).
 * @typedef {object} Form
 * @property {HTMLFormElement} form
 * @property {HTMLTextAreaElement} area
 * @property {HTMLInputElement} title
 * @property {HTMLInputElement} published
 * @property {HTMLButtonElement} button
 * @property {HTMLElement} status
 * @property {{ name: string, html: string } | null} dropped
 */

/**
 * The element `id`, which must be a `type`.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T, prototype: T }} type
 * @returns {T}
 */
function byId(id, type) {
  const e = document.getElementById(id);
  if (!(e instanceof type)) throw new Error(`unspun: the page has no #${id}`);
  return e;
}

const looksHtml = (/** @type {string} */ s) =>
  /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(s);

/** Says `msg` in the form's status line (as an error when `error`). */
function say(/** @type {Form} */ ui, /** @type {string} */ msg, error = false) {
  ui.status.textContent = shown(msg);
  ui.status.classList.toggle("error", Boolean(error));
}

/** Sets up the served page's form (the self-contained report has none). */
function setupForm(/** @type {HTMLElement} */ root) {
  const form = document.getElementById("check-form");
  if (!(form instanceof HTMLFormElement)) return;
  /** @type {Form} */
  const ui = {
    form,
    area: byId("article", HTMLTextAreaElement),
    title: byId("title", HTMLInputElement),
    published: byId("published", HTMLInputElement),
    button: byId("check", HTMLButtonElement),
    status: byId("status", HTMLElement),
    dropped: null,
  };
  takeDrops(ui);
  ui.area.addEventListener("input", () => {
    ui.dropped = null;
  });
  ui.area.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void submit(ui, root);
  });
}

/** A file (or text) dropped on the text area fills it; an HTML page is sent as HTML, to be extracted. */
function takeDrops(/** @type {Form} */ ui) {
  const { area } = ui;
  area.addEventListener("dragover", (ev) => {
    ev.preventDefault();
    area.classList.add("drag");
  });
  area.addEventListener("dragleave", () => area.classList.remove("drag"));
  area.addEventListener("drop", async (ev) => {
    ev.preventDefault();
    area.classList.remove("drag");
    const file = ev.dataTransfer?.files?.[0];
    const content = file ? await file.text() : (ev.dataTransfer?.getData("text/plain") ?? "");
    if (file && (/\.html?$/i.test(file.name) || looksHtml(content))) {
      ui.dropped = { name: file.name, html: content };
      area.value = content;
      say(ui, `${file.name}: an HTML page; its article will be extracted.`);
    } else {
      ui.dropped = null;
      area.value = content;
      say(ui, file ? `${file.name} loaded.` : "");
    }
  });
}

/** Posts the article to the API and renders the report it answers into `root`. */
async function submit(/** @type {Form} */ ui, /** @type {HTMLElement} */ root) {
  const value = ui.area.value;
  if (!value.trim()) {
    say(ui, "Paste or drop an article first.", true);
    return;
  }
  /** @type {{ text?: string, html?: string, title?: string, published?: string }} */
  const body = ui.dropped || looksHtml(value) ? { html: ui.dropped ? ui.dropped.html : value } : { text: value };
  if (ui.title.value.trim()) body.title = ui.title.value.trim();
  if (ui.published.value) body.published = ui.published.value;
  ui.button.disabled = true;
  say(ui, "Checking…");
  const t0 = performance.now();
  try {
    const res = await fetch("api/check?sourceTexts=1", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
    if (!res.ok) throw new Error(json.error || `HTTP ${res.status}`);
    renderReport(root, { report: json.report, text: body.text, sourceTexts: json.sourceTexts });
    say(ui, `Checked in ${Math.round(performance.now() - t0)} ms.`);
    root.dataset.ready = "1";
  } catch (err) {
    say(ui, `Could not check: ${err instanceof Error ? err.message : String(err)}`, true);
  } finally {
    ui.button.disabled = false;
  }
}

const root = document.getElementById("report");
if (root) {
  const embedded = readJson("unspun-data");
  if (embedded) {
    renderReport(root, embedded);
    root.dataset.ready = "1";
  }
  setupForm(root);
}
