/**
 * `unspun serve` on either store, run as a user runs it: the command in its own process, check worker
 * threads opening the corpus themselves, the word index built through the store interface.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { describe, it } from "node:test";
import type { Report } from "../../src/report/types.js";
import { openStore } from "../../src/store/open.js";
import { editedCopy, sampleDocs } from "../server/fixture.js";
import { unspunAsync } from "../support/cli.js";
import { STORES } from "../support/stores.js";

const TOKEN = "store-test-token";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field
const json = async (path: string): Promise<any> => (await fetch(path)).json();

/** Starts `unspun serve` and waits for the line that gives its address. */
async function serve(db: string) {
  const child = unspunAsync(["serve", "--db", db, "--port", "0", "--workers", "1", "--token", TOKEN]);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      const m = /at (http:\/\/\S+?)\/ \(API/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
  const stop = async () => {
    child.kill("SIGTERM");
    if (child.exitCode === null) await once(child, "exit");
  };
  return { url, stop, stderr: () => stderr };
}

for (const store of STORES)
  describe(`unspun serve (${store.name})`, { skip: store.skip }, () => {
    it("checks against the corpus, searches, lists, adds and removes", async () => {
      const db = store.fresh();
      const corpus = await openStore(db, "write");
      await corpus.add(sampleDocs());
      await corpus.close();
      const server = await serve(db);
      try {
        const post = (path: string, body: unknown) =>
          fetch(server.url + path, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
            body: JSON.stringify(body),
          });
        const check = await post("/api/check", { text: editedCopy() });
        assert.equal(check.status, 200);
        const report = (await check.json()) as Report;
        assert.equal(report.sources[0]?.id, "sample-business-01");
        assert.ok(report.changes.some((c) => c.kind === "number-changed"));

        const found = await json(`${server.url}/api/search?q=jobs`);
        assert.ok(found.results.some((h: { id: string }) => h.id === "sample-business-01"));

        const list = await json(`${server.url}/api/documents?limit=2&offset=1`);
        assert.equal(list.total, sampleDocs().length);
        assert.deepEqual(
          list.documents.map((d: { id: string }) => d.id),
          sampleDocs()
            .slice(1, 3)
            .map((d) => d.id),
        );

        const added = await post("/api/documents", [{ id: "new-1", text: "Quokka numbers on the island rose." }]);
        assert.equal(added.status, 201);
        const hit = await json(`${server.url}/api/search?q=quokka`);
        assert.deepEqual(
          hit.results.map((h: { id: string }) => h.id),
          ["new-1"],
        );
        const removed = await fetch(`${server.url}/api/documents/new-1`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        assert.equal(removed.status, 200);
        assert.equal((await fetch(`${server.url}/api/documents/new-1`)).status, 404);
        const stats = await json(`${server.url}/api/stats`);
        assert.equal(stats.documents, sampleDocs().length);
      } finally {
        await server.stop();
      }
      assert.doesNotMatch(server.stderr(), /Error|at .*\.js:\d+/);
    });
  });
