import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Report } from "../../src/report/types.js";
import { editedCopy, type InProcessApp, sampleApp } from "./fixture.js";

// The API in process: what the server answers, without a port or threads (test/e2e/server.test.ts runs the server).
let server: InProcessApp;
const TOKEN = "s3cret-token";

before(() => {
  server = sampleApp({ token: TOKEN, maxBodyBytes: 64 * 1024 });
});
after(() => {
  server?.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const res = await server.request(path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json: json as Record<string, unknown>, text, headers: res.headers };
}

describe("POST /api/check", () => {
  test("a copy with a changed number: source, passages and the number change, as CONTRACT.md says", async () => {
    const r = await call("POST", "/api/check", { id: "q1", text: editedCopy(), published: "2026-03-05" });
    assert.equal(r.status, 200);
    const report = r.json as unknown as Report;
    assert.equal(report.id, "q1");
    assert.equal(report.version, 1);
    assert.equal(report.sources[0].id, "sample-business-01");
    const change = report.changes.find((c) => c.kind === "number-changed");
    assert.ok(change, "a number-changed change");
    assert.equal(change.before, "600");
    assert.equal(change.after, "650");
    assert.equal(editedCopy().slice(change.span[0], change.span[1]), "650");
    assert.ok(!("sourceTexts" in report), "the bare Report unless sourceTexts is asked for");
  });

  test("?sourceTexts=1 answers {report, sourceTexts} with the texts sourceSpan indexes", async () => {
    const r = await call("POST", "/api/check?sourceTexts=1", { text: editedCopy() });
    assert.equal(r.status, 200);
    const { report, sourceTexts } = r.json as { report: Report; sourceTexts: Record<string, string> };
    const change = report.changes.find((c) => c.kind === "number-changed");
    assert.ok(change);
    assert.equal(sourceTexts[change.source].slice(change.sourceSpan[0], change.sourceSpan[1]), "600");
  });

  test("a text/plain body and an HTML page (whose extracted text the report carries)", async () => {
    const plain = await call("POST", "/api/check?title=T", editedCopy(), { "content-type": "text/plain" });
    assert.equal(plain.status, 200);
    assert.equal((plain.json as unknown as Report).article.title, "T");
    const paras = editedCopy()
      .split("\n\n")
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("");
    const html = `<!DOCTYPE html><html><head><title>Frozen</title></head><body><nav><a href="/">Home</a></nav><article><h1>Frozen</h1>${paras}</article></body></html>`;
    const r = await call("POST", "/api/check", { html });
    assert.equal(r.status, 200);
    const report = r.json as unknown as Report;
    assert.ok(report.article.text, "the extracted text is in the report");
    assert.equal(report.sources[0]?.id, "sample-business-01");
    const change = report.changes.find((c) => c.kind === "number-changed");
    assert.ok(change);
    assert.equal(report.article.text?.slice(change.span[0], change.span[1]), "650");
  });

  test("bad requests are 4xx with a JSON body that says why", async () => {
    const missing = await call("POST", "/api/check", { title: "no text" });
    assert.equal(missing.status, 400);
    assert.match(String(missing.json.error), /text and html/);
    const both = await call("POST", "/api/check", { text: "a", html: "<p>a</p>" });
    assert.equal(both.status, 400);
    const unknown = await call("POST", "/api/check", { text: "a", colour: "red" });
    assert.equal(unknown.status, 400);
    assert.ok(Array.isArray(unknown.json.issues));
    const badDate = await call("POST", "/api/check", { text: "a", published: "yesterday" });
    assert.equal(badDate.status, 400);
    assert.match(String(badDate.json.error), /published/);
    const notJson = await call("POST", "/api/check", "{text:", { "content-type": "application/json" });
    assert.equal(notJson.status, 400);
    assert.match(String(notJson.json.error), /not valid JSON/);
    const type = await call("POST", "/api/check", "x", { "content-type": "image/png" });
    assert.equal(type.status, 415);
    const big = await call("POST", "/api/check", { text: "word ".repeat(20_000) });
    assert.equal(big.status, 413);
    assert.match(String(big.json.error), /limit/);
    const noPage = await call("POST", "/api/check", { html: "<html><body><nav>menu</nav></body></html>" });
    assert.equal(noPage.status, 422);
    const nowhere = await call("GET", "/api/nowhere");
    assert.equal(nowhere.status, 404);
    assert.ok(nowhere.json.error);
  });
});

describe("documents, search and stats", () => {
  test("writes need the bearer token; add, read, search, delete", async () => {
    const doc = {
      id: "test-doc-1",
      title: "Zebra crossing",
      text: "The council painted a new zebra crossing on Quill Street on Monday.",
    };
    const anonymous = await call("POST", "/api/documents", doc);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get("www-authenticate") ?? "", /Bearer/);
    const wrong = await call("POST", "/api/documents", doc, { authorization: "Bearer nope" });
    assert.equal(wrong.status, 401);
    const before = (await call("GET", "/api/stats")).json.documents as number;
    assert.equal(Array.isArray((await call("GET", "/api/search?q=zebra")).json.results), true);
    const added = await call("POST", "/api/documents", doc, { authorization: `Bearer ${TOKEN}` });
    assert.equal(added.status, 201);
    assert.equal(added.json.added, 1);
    assert.equal((await call("GET", "/api/stats")).json.documents, before + 1);
    const got = await call("GET", "/api/documents/test-doc-1");
    assert.equal(got.status, 200);
    assert.equal(got.json.text, doc.text);
    const found = await call("GET", "/api/search?q=zebra%20quill");
    assert.deepEqual(
      (found.json.results as { id: string }[]).map((h) => h.id),
      ["test-doc-1"],
    );
    const replaced = await call(
      "POST",
      "/api/documents",
      { documents: [{ ...doc, text: "Nothing about crossings here." }] },
      {
        authorization: `Bearer ${TOKEN}`,
      },
    );
    assert.equal(replaced.status, 200);
    assert.equal(replaced.json.replaced, 1);
    assert.deepEqual((await call("GET", "/api/search?q=zebra%20quill")).json.results, []);
    assert.equal((await call("DELETE", "/api/documents/test-doc-1")).status, 401);
    const removed = await call("DELETE", "/api/documents/test-doc-1", undefined, { authorization: `Bearer ${TOKEN}` });
    assert.equal(removed.status, 200);
    assert.equal((await call("GET", "/api/documents/test-doc-1")).status, 404);
    assert.equal(
      (await call("DELETE", "/api/documents/test-doc-1", undefined, { authorization: `Bearer ${TOKEN}` })).status,
      404,
    );
    const invalid = await call("POST", "/api/documents", { id: "x" }, { authorization: `Bearer ${TOKEN}` });
    assert.equal(invalid.status, 400);
  });

  test("search by words finds the sample story; FTS syntax in the query is only words", async () => {
    const r = await call("GET", "/api/search?q=Halvern%20freezing");
    assert.equal(r.status, 200);
    const hits = r.json.results as { id: string; snippet: string }[];
    assert.equal(hits[0].id, "sample-business-01");
    assert.match(hits[0].snippet, /Halvern/);
    assert.equal((await call("GET", "/api/search?q=%22)%20OR%20NEAR(*")).status, 200);
    assert.equal((await call("GET", "/api/search")).status, 400);
  });

  test("listing documents pages through the corpus", async () => {
    const r = await call("GET", "/api/documents?offset=1&limit=2");
    assert.equal(r.status, 200);
    const docs = r.json.documents as { id: string }[];
    assert.equal(docs.length, 2);
    assert.equal(docs[0].id, "sample-politics-02");
    assert.equal((await call("GET", "/api/documents?limit=0")).status, 400);
  });

  test("the OpenAPI document describes every endpoint", async () => {
    const r = await call("GET", "/api/openapi.json");
    assert.equal(r.status, 200);
    assert.equal(r.json.openapi, "3.1.0");
    const paths = Object.keys(r.json.paths as object);
    for (const p of ["/api/check", "/api/documents", "/api/documents/{id}", "/api/search", "/api/stats"])
      assert.ok(paths.includes(p), p);
  });

  test("the page is served with a CSP that allows only its own script and its own API", async () => {
    const r = await call("GET", "/");
    assert.equal(r.status, 200);
    const csp = r.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(r.text, /https?:\/\//, "no external URL in the page");
  });
});
