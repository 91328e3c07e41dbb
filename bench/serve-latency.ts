/**
 * `POST /api/check` latency under load: 8 concurrent clients (fetch on loopback) against `unspun serve`
 * on a corpus, each sending the dev queries in turn; prints p50 / p99.
 *
 *   node bin/unspun.js add --db /tmp/unspun-serve.db ../shared/corpora/*.jsonl
 *   node dist/bench/serve-latency.js [--db /tmp/unspun-serve.db] [--queries ../shared/eval/dev/queries.jsonl]
 *        [--clients 8] [--requests 800] [--seconds 60] [--workers N] [--url http://127.0.0.1:8080]
 *
 * Without --url it starts a server itself (in this process, on a random port of 127.0.0.1). A warm-up
 * pass of 2 requests a client comes first and is not counted.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startServer } from "../src/server/serve.js";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "/tmp/unspun-serve.db" },
    queries: { type: "string", default: "../shared/eval/dev/queries.jsonl" },
    clients: { type: "string", default: "8" },
    requests: { type: "string", default: "800" },
    seconds: { type: "string", default: "60" },
    workers: { type: "string" },
    url: { type: "string" },
  },
});

const queries = readFileSync(values.queries as string, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const clients = Number(values.clients);
const total = Number(values.requests);
const deadline = Date.now() + Number(values.seconds) * 1000;

const server = values.url
  ? null
  : await startServer({
      db: values.db as string,
      port: 0,
      host: "127.0.0.1",
      workers: values.workers !== undefined ? Number(values.workers) : undefined,
    });
const base = values.url ?? (server?.url as string);

async function one(text: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - t0;
}

let next = 0;
const pick = () => queries[next++ % queries.length];
await Promise.all(Array.from({ length: clients }, () => one(pick()).then(() => one(pick()))));

const times: number[] = [];
let sent = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (sent < total && Date.now() < deadline) {
      sent++;
      times.push(await one(pick()));
    }
  }),
);
const wall = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const words = queries.reduce((n, t) => n + t.split(/\s+/).length, 0) / queries.length;
console.log(
  `POST /api/check: ${times.length} requests, ${clients} clients, ${queries.length} queries (mean ${Math.round(words)} words), ${(times.length / wall).toFixed(1)} req/s`,
);
console.log(
  `latency ms: p50 ${q(0.5).toFixed(1)}  p90 ${q(0.9).toFixed(1)}  p99 ${q(0.99).toFixed(1)}  max ${times[times.length - 1].toFixed(1)}`,
);
await server?.close();
