// @ts-check
/** The side-by-side view: the article, and the chosen source beside it, changes marked on both. */

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
 * @param {TheReport} report
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
