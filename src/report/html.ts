/**
 * The report as a web page: one renderer for both faces.
 *
 * - `renderReportPage` writes a self-contained HTML file (`unspun check … --html FILE`): inline CSS and
 *   JS, the report JSON embedded as data, and a Content-Security-Policy that forbids every request.
 * - `renderAppPage` is the page the server serves: the same renderer behind a form that posts the article
 *   to the API.
 *
 * Every page carries three script elements: the labels of labels.ts as JSON (`#unspun-labels`: the verdict
 * texts, the change kinds' names, the meaning-changing kinds — the browser code writes none of its own), the
 * report as JSON (`#unspun-data`, the self-contained file only), and static/page-*.js inline, as a module
 * script. The CSP allows that one script by the sha256 hash of its text, which is exactly the text between
 * its tags (the page-*.js files as they stand on disk, joined in PAGE_SCRIPTS order); the JSON blocks are data, never run.
 *
 * The browser code (static/page-*.js, type-checked as JavaScript by tsconfig.page.json; static/page.css) puts
 * article and source text into the page through text nodes only. Here, the only untrusted data is the
 * embedded JSON: `<`, `>`, `&`, U+2028 and U+2029 are escaped, so no `</script>` or comment opener can end
 * the data block early (and bidirectional controls too, so that the file's source reads as it is).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { pageLabels } from "./labels.js";
import type { Report } from "./types.js";

export interface ReportPageData {
  report: Report;
  /** The article's text as checked (offsets index it); `report.article.text` wins when present. */
  text: string;
  /** The corpus text of each source, by id, for the side-by-side view. */
  sourceTexts: Record<string, string>;
}

/** The browser assets; in the package they sit in src/report/static/ (this module is dist/src/report/). */
function asset(name: string): string {
  const places = [
    new URL(`./static/${name}`, import.meta.url),
    new URL(`../../../src/report/static/${name}`, import.meta.url),
  ];
  for (const p of places) {
    try {
      return readFileSync(p, "utf8");
    } catch {
      // try the next place
    }
  }
  throw new Error(`unspun: the page asset ${name} is missing`);
}

/** The page's script, in the order its files are joined into one (see page-text.js). */
export const PAGE_SCRIPTS = ["page-text.js", "page-panels.js", "page-view.js", "page-main.js"];

let assets: { css: string; js: string; hash: string; labels: string } | null = null;
function pageAssets() {
  if (!assets) {
    const js = PAGE_SCRIPTS.map(asset).join("\n");
    assets = {
      css: asset("page.css"),
      js,
      // over exactly what `shell` puts between <script type="module"> and </script>
      hash: createHash("sha256").update(js, "utf8").digest("base64"),
      labels: embedJson(pageLabels()),
    };
  }
  return assets;
}

/** JSON that is safe inside a <script> element: nothing in it can close the element or open a comment. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Text for an HTML text node or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

function scriptCsp(connect: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${pageAssets().hash}'`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The Content-Security-Policy header of the served page (it may call its own API, nothing else). */
export function appPageCsp(): string {
  return `${scriptCsp("'self'")}; frame-ancestors 'none'`;
}

function shell(title: string, body: string, csp: string): string {
  const { css, js, labels } = pageAssets();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header class="top"><h1>unspun</h1><span class="tag">where an article came from, what was changed, who says what</span></header>
${body}
<script type="application/json" id="unspun-labels">${labels}</script>
<script type="module">${js}</script>
</body>
</html>
`;
}

/** One self-contained HTML file showing the report; it makes no request of any kind. */
export function renderReportPage(data: ReportPageData): string {
  const title = data.report.article.title ?? data.report.id ?? "report";
  const payload = { report: data.report, text: data.report.article.text ?? data.text, sourceTexts: data.sourceTexts };
  return shell(
    `unspun: ${title.replace(/\s+/g, " ").slice(0, 120)}`,
    `<main id="report"></main>
<script type="application/json" id="unspun-data">${embedJson(payload)}</script>`,
    scriptCsp("'none'"),
  );
}

/** The served page: a form for the article, and the report below it once checked. */
export function renderAppPage(): string {
  return shell(
    "unspun",
    `<section id="input" aria-label="Article to check">
<form id="check-form">
<label for="article"><strong>Paste or drop an article</strong> <span class="muted">(plain text or an HTML page)</span></label>
<textarea id="article" name="article" spellcheck="false" placeholder="Paste the article's text here, or drop a .txt or .html file"></textarea>
<div class="row">
<input id="title" type="text" placeholder="Title (optional)" aria-label="Title (optional)">
<label class="muted" for="published">Published</label><input id="published" type="date">
<button id="check" class="primary" type="submit">Check</button>
<span class="muted">Ctrl+Enter</span>
</div>
<div id="status" class="status" role="status" aria-live="polite"></div>
</form>
</section>
<main id="report"></main>`,
    appPageCsp(),
  );
}
