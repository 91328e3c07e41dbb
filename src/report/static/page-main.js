// @ts-check
/** Navigation between the panels and the view, the served page's form, and the start. */

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
