// @ts-check
/** The summary's panels beside the article (see page-text.js for how the page is put together). */

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

/** @typedef {TheReport["claims"]["attributions"][number] & { i: number }} IndexedAttribution */

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
  p.append(box, namesList(state));
  return p;
}

/** The people, organisations and places named, each with how often it is mentioned, the most named first. */
function namesList(/** @type {State} */ state) {
  const box = el("div", "names");
  for (const [type, label] of /** @type {const} */ ([
    ["person", "People"],
    ["organization", "Organisations"],
    ["place", "Places"],
  ])) {
    const names = state.report.claims.entities
      .filter((e) => e.type === type)
      .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
    if (!names.length) continue;
    const line = el("p", "muted");
    line.append(el("strong", null, `${label}: `));
    line.append(
      shown(names.map((e) => (e.mentions.length > 1 ? `${e.name} (${e.mentions.length})` : e.name)).join(", ")),
    );
    box.append(line);
  }
  return box;
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
