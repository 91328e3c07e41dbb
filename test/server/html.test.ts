import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Checker } from "../../src/match/check.js";
import { embedJson, escapeHtml, PAGE_SCRIPTS, renderAppPage, renderReportPage } from "../../src/report/html.js";
import { CHANGE_KIND_TEXT, pageLabels, VERDICT_TEXT } from "../../src/report/labels.js";
import { CHANGE_KINDS, MEANING_CHANGE_KINDS, VERDICTS } from "../../src/report/types.js";
import { ROOT } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { HOSTILE } from "./fixture.js";

test("the embedded JSON cannot end its script element or open a comment", () => {
  const s = embedJson({ t: "</script><!-- \u2028\u2029 & <b>" });
  assert.doesNotMatch(s, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(s), { t: "</script><!-- \u2028\u2029 & <b>" });
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("a report of a hostile article: its markup stays inside the JSON data, as text", async () => {
  const report = await new Checker(null).check({ text: HOSTILE, title: "</title><script>alert(1)</script>" });
  const html = renderReportPage({ report, text: HOSTILE, sourceTexts: { s: "</script><img src=x onerror=alert(1)>" } });
  // Exactly three script elements: the labels, the data block and the page's own code.
  assert.equal(html.match(/<script\b/gi)?.length, 3);
  assert.equal(html.match(/<\/script>/gi)?.length, 3);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b onclick/i);
  assert.doesNotMatch(html, /\u2028|\u2029|\u202e/);
  assert.match(html, /<title>unspun: &lt;\/title&gt;&lt;script&gt;/);
  // No way out to the network: a CSP that allows no request at all, and no external address.
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
  assert.match(csp ?? "", /default-src 'none'/);
  assert.match(csp ?? "", /connect-src 'none'/);
  assert.doesNotMatch(html, /(src|href)=["']?https?:/i);
  // The data round-trips.
  const data = /<script type="application\/json" id="unspun-data">([^<]*)<\/script>/.exec(html);
  assert.ok(data);
  assert.equal(JSON.parse(data[1]).text, HOSTILE);
});

test("the page's script never writes markup", () => {
  const page = renderAppPage();
  for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"])
    assert.ok(!page.includes(sink), `the page uses ${sink}`);
});

test("the page's one script is allowed by the hash of exactly its text, as a module", () => {
  for (const page of [renderAppPage(), renderReportPage({ report: emptyReport(), text: "", sourceTexts: {} })]) {
    const scripts = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    const hash = createHash("sha256").update(scripts[0][1], "utf8").digest("base64");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1].replace(/&#39;/g, "'");
    assert.match(csp ?? "", new RegExp(`script-src 'sha256-${hash.replace(/[+/]/g, "\\$&")}'`));
  }
});

test("the page gets the contract's labels as data, and writes none of its own", () => {
  const page = renderAppPage();
  const block = /<script type="application\/json" id="unspun-labels">([^<]*)<\/script>/.exec(page);
  assert.ok(block);
  const labels = JSON.parse(block[1]);
  assert.deepEqual(labels, JSON.parse(JSON.stringify(pageLabels())));
  assert.deepEqual(Object.keys(labels.verdicts).sort(), [...VERDICTS].sort());
  assert.deepEqual(Object.keys(labels.changeKinds).sort(), [...CHANGE_KINDS].sort());
  assert.deepEqual(labels.meaningKinds, [...MEANING_CHANGE_KINDS]);
  // The page's script names no kind and spells no label: they all come from the labels block.
  const js = PAGE_SCRIPTS.map((f) => readFileSync(join(ROOT, "src", "report", "static", f), "utf8")).join("\n");
  for (const word of [...VERDICTS, ...CHANGE_KINDS, ...Object.values(VERDICT_TEXT), ...Object.values(CHANGE_KIND_TEXT)])
    assert.ok(!js.includes(`"${word}"`), `the page's script writes ${word}`);
  assert.doesNotMatch(js, /no reused text|reworded copy|quote altered/i);
});

function emptyReport() {
  return {
    version: 1 as const,
    article: {},
    verdict: "original" as const,
    sources: [],
    related: [],
    passages: [],
    sentences: [],
    changes: [],
    spin: { score: 0, signals: [] },
    claims: { attributions: [], entities: [], numbers: [], dates: [] },
  };
}

test("the page's four script files make one valid module script (no name declared twice)", () => {
  const js = PAGE_SCRIPTS.map((f) => readFileSync(join(ROOT, "src", "report", "static", f), "utf8")).join("\n");
  const file = join(tempDir(), "page.mjs");
  writeFileSync(file, js);
  const r = spawnSync(process.execPath, ["--check", file], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
});
