/** The server as it runs: listening on a port, checks on worker threads that a time limit really stops. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Report } from "../../src/report/types.js";
import type { RunningServer } from "../../src/server/serve.js";
import { editedCopy, sampleServer } from "../server/fixture.js";

let server: RunningServer;
before(async () => {
  server = await sampleServer();
});
after(async () => {
  await server?.close();
});

const check = (url: string, text: string) =>
  fetch(`${url}/api/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });

describe("the running server", () => {
  test("listens on 127.0.0.1 and checks on its worker thread", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await check(server.url, editedCopy());
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as Report).sources[0].id, "sample-business-01");
  });

  test("a check over the time limit is stopped and answered 503; the server goes on", async () => {
    const slow = await sampleServer({ timeoutMs: 1, workers: 1 });
    try {
      const r = await check(slow.url, editedCopy().repeat(20));
      assert.equal(r.status, 503);
      assert.match(((await r.json()) as { error: string }).error, /limit/);
      const stats = await fetch(`${slow.url}/api/stats`);
      assert.equal(stats.status, 200);
    } finally {
      await slow.close();
    }
  });

  test("in-process checking (workers: 0) answers as the worker threads do", async () => {
    const inline = await sampleServer({ workers: 0 });
    try {
      const [a, b] = await Promise.all([check(inline.url, editedCopy()), check(server.url, editedCopy())]);
      assert.equal(a.status, 200);
      assert.deepEqual(await a.json(), await b.json());
    } finally {
      await inline.close();
    }
  });
});
