/**
 * unspun's report page: renders a Report (CONTRACT.md) with the article and its sources side by side.
 * Runs in the browser with no dependency and no network other than the page's own API (in the served
 * page). Every piece of article or source text goes into the page through text nodes (textContent,
 * createTextNode), never as markup.
 *
 * Two modes: a self-contained report (the data sits in the JSON script element #unspun-data),
 * or the served page (a form posts the article to /api/check?sourceTexts=1).
 */
(() => {
  const MEANING = new Set([
    "quote-altered",
    "number-changed",
    "name-changed",
    "negation-changed",
    "attribution-dropped",
  ]);
  const VERDICT_TEXT = {
    copy: "A copy: most of this article comes from one source (or the takes of one story), copied or edited.",
    "spun-copy": "A spun copy: most of this article is a reworded copy of one source.",
    "partial-copy": "A partial copy: some passages are reused inside other text.",
    "same-story": "Same story: a corpus document reports the same event, but no text is reused.",
    original: "Original: no reused text found.",
  };
  const KIND_TEXT = {
    "quote-altered": "quote altered",
    "number-changed": "number changed",
    "name-changed": "name changed",
    "negation-changed": "negation changed",
    "attribution-dropped": "attribution dropped",
    substituted: "substituted",
    inserted: "inserted",
    deleted: "deleted",
  };

  // Control characters and bidirectional overrides would let hostile text disguise itself: each becomes
  // one visible replacement character (one for one, so that offsets still line up).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  const shown = (s) => String(s).replace(UNSAFE, "\ufffd");

  /** Creates an element with a class and optional text (always as text). */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = shown(text);
    return e;
  }

  const pct = (x) => `${Math.round(x * 100)}%`;
  const clip = (s, n) => {
    const t = s.replace(/\s+/g, " ").trim();
    return t.length > n ? `${t.slice(0, n - 1)}…` : t;
  };

  /**
   * Appends text[start, end) to `parent`, split where annotations begin and end; a piece covered by
   * annotations becomes a <span> with their classes and data attributes. An empty annotation (a
   * deletion's point) becomes a caret.
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
      if (cover.length === 0) {
        parent.appendChild(document.createTextNode(shown(piece)));
        continue;
      }
      const span = el("span", cover.map((a) => a.cls).join(" "), piece);
      const titles = [];
      for (const a of cover) {
        if (a.title) titles.push(a.title);
        if (a.data)
          for (const [k, v] of Object.entries(a.data))
            span.dataset[k] = span.dataset[k] ? `${span.dataset[k]} ${v}` : String(v);
      }
      if (titles.length) span.title = shown(titles.join("\n"));
      parent.appendChild(span);
      // A meaning change says what it was, in the text itself.
      for (const a of cover) if (a.was !== undefined && a.e === e) parent.appendChild(el("span", "was", a.was));
    }
  }

  function caret(a) {
    const c = el("span", `caret ${a.cls}`, "‸");
    if (a.title) c.title = shown(a.title);
    if (a.data) for (const [k, v] of Object.entries(a.data)) c.dataset[k] = String(v);
    return c;
  }

  function flash(nodes) {
    for (const n of nodes) {
      n.classList.remove("flash");
      void n.offsetWidth; // restart the animation
      n.classList.add("flash");
    }
  }

  /** Renders `data` = {report, text, sourceTexts} into `root`. */
  function renderReport(root, data) {
    const report = data.report;
    const text = report.article?.text ?? data.text ?? "";
    const sourceTexts = data.sourceTexts || {};
    const changes = report.changes.map((c, i) => ({ ...c, i }));
    const state = { source: report.sources[0]?.id ?? null };
    root.replaceChildren();

    const layout = el("div", "layout");
    const side = el("aside", "side");
    side.setAttribute("aria-label", "Summary");
    const main = el("section", "main");
    main.setAttribute("aria-label", "Article and source, side by side");
    layout.append(side, main);
    root.appendChild(layout);

    // Verdict
    const summary = el("div", "panel summary");
    const h = el("h2");
    h.append(el("span", `verdict verdict-${report.verdict}`, report.verdict));
    summary.append(h);
    if (report.article?.title) summary.append(el("p", null, report.article.title));
    summary.append(el("p", null, VERDICT_TEXT[report.verdict] ?? ""));
    summary.append(
      el(
        "p",
        "muted",
        `Spin score ${report.spin.score.toFixed(2)} (how likely the text was machine-reworded) · ${text.length.toLocaleString("en")} characters`,
      ),
    );
    side.append(summary);

    // Sources
    const srcPanel = el("div", "panel sources");
    srcPanel.append(el("h3", null, `Sources (${report.sources.length})`));
    const srcList = el("ul", "plain");
    const srcButtons = new Map();
    for (const s of report.sources) {
      const li = el("li");
      const b = el("button", "item");
      b.type = "button";
      b.dataset.source = s.id;
      b.append(el("div", null, s.title ? `${s.title}` : s.id));
      const bar = el("div", "bar");
      const fill = el("span");
      fill.style.width = pct(Math.max(0.01, Math.min(1, s.share)));
      bar.append(fill);
      b.append(
        bar,
        el("div", "muted", `${pct(s.share)} of the article · similarity ${s.similarity.toFixed(2)} · ${s.id}`),
      );
      // How the article changed what it took (older reports have no `kept`).
      if (typeof s.kept === "number") {
        const edits = Array.isArray(s.edits) ? s.edits : [];
        const how = `keeps ${pct(s.kept)} of the source${edits.length ? `: ${edits.join(", ")}` : ", as it stood"}`;
        b.append(el("div", "muted", how));
      }
      b.addEventListener("click", () => {
        select(s.id);
        const first = main.querySelector(".sbs-row.aligned");
        if (first) {
          first.scrollIntoView({ block: "start", behavior: "auto" });
          flash(first.children);
        }
      });
      srcButtons.set(s.id, b);
      li.append(b);
      srcList.append(li);
    }
    if (!report.sources.length) srcList.append(el("li", "muted", "No corpus document shares text with this article."));
    srcPanel.append(srcList);
    side.append(srcPanel);

    // Reports of the same event, from which no text is reused
    const related = Array.isArray(report.related) ? report.related : [];
    if (related.length) {
      const relPanel = el("div", "panel related");
      relPanel.append(el("h3", null, `Reports of the same event (${related.length})`));
      const relList = el("ul", "plain");
      for (const r of related) {
        const li = el("li");
        li.append(el("div", null, r.title ? `${r.title}` : r.id));
        li.append(el("div", "muted", `${r.id} · same event ${pct(r.similarity)} · no text reused`));
        relList.append(li);
      }
      relPanel.append(relList);
      side.append(relPanel);
    }

    // Changes: those that alter meaning first, the rest folded
    const meaning = changes.filter((c) => MEANING.has(c.kind));
    const minor = changes.filter((c) => !MEANING.has(c.kind));
    const chPanel = el("div", "panel changes");
    chPanel.append(el("h3", null, `Changes that alter meaning (${meaning.length})`));
    const changeList = (list, cls) => {
      const ul = el("ul", "plain");
      for (const c of list) {
        const li = el("li");
        const b = el("button", "item");
        b.type = "button";
        b.dataset.change = String(c.i);
        b.append(el("div", `kind ${cls}`, KIND_TEXT[c.kind] ?? c.kind));
        const line = el("div");
        line.append(
          el("span", "before", c.before || "∅"),
          document.createTextNode(" → "),
          el("span", "after", c.after || "∅"),
        );
        b.append(line);
        if (report.sources.length > 1) b.append(el("div", "muted", `in ${c.source}`));
        b.addEventListener("click", () => goToChange(c.i));
        li.append(b);
        ul.append(li);
      }
      return ul;
    };
    if (meaning.length) chPanel.append(changeList(meaning, ""));
    else chPanel.append(el("p", "muted", report.sources.length ? "None found." : "Nothing to compare with."));
    if (minor.length) {
      const d = el("details");
      d.append(el("summary", null, `Other edits (${minor.length})`), changeList(minor, "minor"));
      chPanel.append(d);
    }
    if (meaning.length) chPanel.append(el("p", "keys", "Keys: n / p — next / previous meaning change"));
    side.append(chPanel);

    // Spin signals
    const spinPanel = el("div", "panel spin-panel");
    spinPanel.append(el("h3", null, `Spin signals (${report.spin.signals.length})`));
    if (report.spin.signals.length) {
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
        b.addEventListener("click", () => goTo(`[data-spin~="${i}"]`));
        li.append(b);
        ul.append(li);
      });
      spinPanel.append(ul);
    } else spinPanel.append(el("p", "muted", "None."));
    side.append(spinPanel);

    // Who says what
    side.append(whoPanel());

    const view = el("div");
    main.append(view);

    function whoPanel() {
      const atts = report.claims.attributions.map((a, i) => ({ ...a, i }));
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
      const groups = new Map();
      for (const a of atts) {
        const key = a.sourceName ?? (a.anonymous ? "anonymous source" : "no source given");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(a);
      }
      const box = el("div", "who");
      for (const [name, list] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
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
          const content = clip(text.slice(a.content[0], a.content[1]), 160);
          b.textContent = shown(a.direct ? `“${content}”` : content);
          b.title = a.direct ? "direct quote" : "reported speech";
          b.addEventListener("click", () => goTo(`[data-att~="${a.i}"]`));
          li.append(b);
          ul.append(li);
        }
        g.append(ul);
        box.append(g);
      }
      if (!atts.length) box.append(el("p", "muted", "No attributed claims found."));
      p.append(box);
      return p;
    }

    /** The article's annotations for the chosen source. */
    function articleAnns(source) {
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
          title: `${KIND_TEXT[c.kind] ?? c.kind}: ${c.before || "∅"} → ${c.after || "∅"}`,
          was: MEANING.has(c.kind) && c.span[1] > c.span[0] ? `was ${clip(c.before || "∅", 40)}` : undefined,
        });
      }
      return anns.sort((x, y) => x.s - y.s);
    }

    function sourceAnns(source) {
      return changes
        .filter((c) => c.source === source)
        .map((c) => ({
          s: c.sourceSpan[0],
          e: c.sourceSpan[1],
          cls: MEANING.has(c.kind) ? "chg meaning" : "chg",
          data: { chg: c.i },
          title: `${KIND_TEXT[c.kind] ?? c.kind}: ${c.before || "∅"} → ${c.after || "∅"}`,
        }));
    }

    /** Splits [start, end) of the article at blank lines: one row a paragraph. */
    function paragraphs(start, end) {
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

    function row(cls, art, src, srcText, anns, sAnns, sim) {
      const r = el("div", `sbs-row ${cls}`);
      const left = el("div", "art");
      const right = el("div", "src");
      if (art) {
        left.append(el("span", "lbl", "Article"));
        renderText(left, text, art[0], art[1], anns);
        left.dataset.start = String(art[0]);
      }
      if (src && srcText !== undefined) {
        right.append(el("span", "lbl", "Source"));
        renderText(right, srcText, src[0], src[1], sAnns);
        if (sim !== undefined) right.append(el("span", "sim", `  similarity ${sim.toFixed(2)}`));
      }
      r.append(left);
      if (state.source) r.append(right);
      return r;
    }

    function renderView() {
      const source = state.source;
      const srcText = source ? sourceTexts[source] : undefined;
      view.replaceChildren();
      view.className = source ? "sbs" : "sbs single";
      const head = el("div", "sbs-head");
      head.append(el("div", null, "Article"));
      if (source)
        head.append(el("div", null, `Source: ${report.sources.find((s) => s.id === source)?.title ?? source}`));
      view.append(head);
      const anns = articleAnns(source);
      const sAnns = source ? sourceAnns(source) : [];
      const frag = document.createDocumentFragment();
      let pairs = source ? report.sentences.filter((p) => p.source === source) : [];
      if (source && !pairs.length) pairs = report.passages.filter((p) => p.source === source);
      if (source && srcText === undefined)
        view.append(el("p", "muted", "The source's text is not available here: its side is left empty."));
      let pos = 0;
      let srcPos = -1;
      for (const p of [...pairs].sort((a, b) => a.span[0] - b.span[0])) {
        if (p.span[0] < pos) continue;
        for (const g of paragraphs(pos, p.span[0])) frag.append(row("gap", g, null, srcText, anns, sAnns));
        if (
          srcText !== undefined &&
          srcPos >= 0 &&
          p.sourceSpan[0] > srcPos &&
          srcText.slice(srcPos, p.sourceSpan[0]).trim()
        )
          frag.append(row("src-only", null, [srcPos, p.sourceSpan[0]], srcText, anns, sAnns));
        frag.append(row("aligned", p.span, p.sourceSpan, srcText, anns, sAnns, p.similarity));
        pos = p.span[1];
        if (p.sourceSpan[1] > srcPos) srcPos = p.sourceSpan[1];
      }
      for (const g of paragraphs(pos, text.length)) frag.append(row("gap", g, null, srcText, anns, sAnns));
      view.append(frag);
    }

    function select(id) {
      if (id === state.source) return;
      state.source = id;
      for (const [sid, b] of srcButtons) b.classList.toggle("selected", sid === id);
      renderView();
    }

    function goTo(selector) {
      const nodes = view.querySelectorAll(selector);
      if (!nodes.length) return;
      nodes[0].scrollIntoView({ block: "center", behavior: "auto" });
      flash(nodes);
    }

    let current = -1;
    function goToChange(i) {
      const c = changes[i];
      if (!c) return;
      current = i;
      select(c.source);
      const nodes = [...view.querySelectorAll(`[data-chg~="${i}"]`)];
      if (!nodes.length) return;
      const art = nodes.find((n) => n.closest(".art")) ?? nodes[0];
      art.scrollIntoView({ block: "center", behavior: "auto" });
      flash(nodes);
    }

    // Clicking a changed word on either side shows its counterpart.
    view.addEventListener("click", (ev) => {
      const t = ev.target instanceof Element ? ev.target.closest("[data-chg]") : null;
      if (t) goToChange(Number(t.dataset.chg.split(" ")[0]));
    });

    root.unspunKeys = (key) => {
      if (!meaning.length) return;
      const order = meaning.map((c) => c.i);
      const at = order.indexOf(current);
      const next = key === "n" ? order[(at + 1) % order.length] : order[(at - 1 + order.length) % order.length];
      goToChange(next);
    };

    if (state.source) srcButtons.get(state.source)?.classList.add("selected");
    renderView();
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const root = document.getElementById("report");
    if ((ev.key === "n" || ev.key === "p") && root?.unspunKeys) root.unspunKeys(ev.key);
  });

  // --- the served page: a form that posts to the API ---
  function setupForm(root) {
    const form = document.getElementById("check-form");
    if (!form) return;
    const area = document.getElementById("article");
    const title = document.getElementById("title");
    const published = document.getElementById("published");
    const button = document.getElementById("check");
    const status = document.getElementById("status");
    let dropped = null; // {name, html} when an HTML file was dropped
    const looksHtml = (s) => /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(s);
    const say = (msg, error) => {
      status.textContent = shown(msg);
      status.classList.toggle("error", Boolean(error));
    };

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
        dropped = { name: file.name, html: content };
        area.value = content;
        say(`${file.name}: an HTML page; its article will be extracted.`);
      } else {
        dropped = null;
        area.value = content;
        say(file ? `${file.name} loaded.` : "");
      }
    });
    area.addEventListener("input", () => {
      dropped = null;
    });
    area.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        form.requestSubmit();
      }
    });

    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const value = area.value;
      if (!value.trim()) {
        say("Paste or drop an article first.", true);
        return;
      }
      const body = dropped || looksHtml(value) ? { html: dropped ? dropped.html : value } : { text: value };
      if (title.value.trim()) body.title = title.value.trim();
      if (published.value) body.published = published.value;
      button.disabled = true;
      say("Checking…");
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
        say(`Checked in ${Math.round(performance.now() - t0)} ms.`);
        root.dataset.ready = "1";
      } catch (err) {
        say(`Could not check: ${err.message}`, true);
      } finally {
        button.disabled = false;
      }
    });
  }

  const root = document.getElementById("report");
  const embedded = document.getElementById("unspun-data");
  if (embedded) {
    renderReport(root, JSON.parse(embedded.textContent));
    root.dataset.ready = "1";
  }
  setupForm(root);
})();
