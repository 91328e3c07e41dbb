/**
 * Bodies the API must refuse with a reason: ids outside the one rule, too many documents, and text that is
 * not text (the same rules the command line applies to files).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type InProcessApp, sampleApp } from "./fixture.js";

let server: InProcessApp;
before(() => {
  server = sampleApp();
});
after(() => {
  server?.close();
});

async function post(path: string, body: string | Uint8Array, type: string) {
  const res = await server.request(path, { method: "POST", body, headers: { "content-type": type } });
  const text = await res.text();
  return { status: res.status, error: String((JSON.parse(text) as { error?: string }).error ?? "") };
}
const json = (path: string, value: unknown) => post(path, JSON.stringify(value), "application/json");

describe("the API refuses, and says why", () => {
  test("ids that break the rule: not a string, blank, over 500 characters, a control character", async () => {
    for (const [id, why] of [
      [{ k: 1 }, /string/],
      [7, /string/],
      ["", /empty/],
      ["   ", /empty/],
      ["x".repeat(501), /500 characters/],
      ["a\nb", /control/],
    ] as const) {
      const r = await json("/api/documents", { id, text: "A text that is long enough to store." });
      assert.equal(r.status, 400, `${JSON.stringify(id)}: ${r.error}`);
      assert.match(r.error, why);
      const c = await json("/api/check", { id, text: "A text to check." });
      assert.equal(c.status, 400);
    }
    const ok = await json("/api/documents", { id: "x".repeat(500), text: "A text that is long enough to store." });
    assert.equal(ok.status, 201, ok.error);
  });

  test("more documents than one request may add, by name, and an id given twice", async () => {
    const docs = Array.from({ length: 10_001 }, (_, i) => ({ id: `d${i}`, text: "Words." }));
    const many = await json("/api/documents", docs);
    assert.equal(many.status, 400);
    assert.match(many.error, /at most 10,000 documents in one request/);
    const wrapped = await json("/api/documents", { documents: docs });
    assert.match(wrapped.error, /at most 10,000/);
    const twice = await json("/api/documents", [
      { id: "twin", text: "One." },
      { id: "twin", text: "Two." },
    ]);
    assert.equal(twice.status, 400);
    assert.match(twice.error, /"twin" is given twice/);
  });

  test("a text/plain body that is binary or broken UTF-8, as the command line refuses such a file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const binary = await post("/api/check", png, "text/plain");
    assert.equal(binary.status, 400);
    assert.match(binary.error, /binary data \(a PNG image\)/);
    const latin1 = await post(
      "/api/check",
      new Uint8Array(Buffer.from("Caf\xe9 na\xefve r\xe9sum\xe9", "latin1")),
      "text/plain",
    );
    assert.equal(latin1.status, 400);
    assert.match(latin1.error, /not valid UTF-8/);
    const declared = await post(
      "/api/check",
      new Uint8Array(Buffer.from("Caf\xe9 society met on Monday.", "latin1")),
      "text/plain; charset=iso-8859-1",
    );
    assert.equal(declared.status, 200, "a declared charset is honoured");
    const badJson = await post("/api/check", new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0x22, 0x7d]), "application/json");
    assert.equal(badJson.status, 400);
    assert.match(badJson.error, /not valid UTF-8/);
  });
});
