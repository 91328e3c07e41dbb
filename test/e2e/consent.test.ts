/**
 * Writes need consent, and the server answers only for its own names: what a web page on another site, or
 * one that rebinds its own name to this address, can and cannot do to a server run without a token.
 */
import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, test } from "node:test";
import { type RunningServer, servedNames } from "../../src/server/serve.js";
import { sampleServer } from "../server/fixture.js";

let server: RunningServer;
before(async () => {
  server = await sampleServer({ workers: 0 });
});
after(async () => {
  await server?.close();
});

/** A raw HTTP request, so that the Host header can be anything. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const doc = (text: string) => JSON.stringify({ id: "sample-business-01", title: "Replaced", text });
const host = () => `127.0.0.1:${server.port}`;
const stored = async () => JSON.parse((await raw("GET", "/api/documents/sample-business-01", { host: host() })).body);

describe("a server without a token", () => {
  test("refuses a write sent as text/plain or as a form, which any page may send to any site", async () => {
    const before = (await stored()).text;
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const r = await raw("POST", "/api/documents", { host: host(), "content-type": type }, doc("Hijacked."));
      assert.equal(r.status, 415, `${type}: ${r.body}`);
      assert.match(JSON.parse(r.body).error, /application\/json/);
    }
    assert.equal((await stored()).text, before, "the document is untouched");
  });

  test("refuses a write whose page comes from another site, even as JSON", async () => {
    const r = await raw(
      "POST",
      "/api/documents",
      { host: host(), "content-type": "application/json", origin: "http://evil.example" },
      doc("Hijacked."),
    );
    assert.equal(r.status, 403);
    const gone = await raw("DELETE", "/api/documents/sample-business-01", {
      host: host(),
      origin: "http://evil.example",
    });
    assert.equal(gone.status, 403);
    assert.equal((await stored()).title, "Halvern Foods to cut 600 jobs as it closes two plants");
  });

  test("answers no request for another host name (DNS rebinding): no read, no write", async () => {
    for (const [method, path] of [
      ["GET", "/api/documents/sample-business-01"],
      ["GET", "/api/stats"],
      ["GET", "/"],
      ["DELETE", "/api/documents/sample-business-01"],
    ]) {
      const r = await raw(method, path, { host: `attacker.example:${server.port}` });
      assert.equal(r.status, 421, `${method} ${path}`);
    }
    assert.equal((await raw("GET", "/api/stats", { host: `localhost:${server.port}` })).status, 200, "its own names");
  });

  test("takes a JSON write from its own page, or from a client that names no page", async () => {
    const own = await raw(
      "POST",
      "/api/documents",
      { host: host(), "content-type": "application/json", origin: `http://${host()}` },
      JSON.stringify({ id: "consent-1", text: "The harbour opened a second ferry berth on Tuesday." }),
    );
    assert.equal(own.status, 201, own.body);
    const cli = await raw("DELETE", "/api/documents/consent-1", { host: host() });
    assert.equal(cli.status, 200, cli.body);
  });
});

describe("the names a server answers for", () => {
  test("bound to loopback: every loopback name at its port", () => {
    assert.deepEqual(servedNames("127.0.0.1", 8080).hosts, ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"]);
    assert.deepEqual(servedNames("::1", 9).origins, ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"]);
  });
  test("bound to one address: that one; bound to every address: it cannot know (no check)", () => {
    assert.deepEqual(servedNames("10.0.0.5", 80).hosts, ["10.0.0.5:80"]);
    assert.deepEqual(servedNames("0.0.0.0", 80), {});
  });
});
