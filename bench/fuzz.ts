/**
 * The long fuzz run (`node dist/bench/fuzz.js [--minutes 10]`): the properties of test/fuzz/fuzz.test.ts with
 * fresh seeds until the time is up, in a worker thread watched from here — an input that holds the worker
 * 30 s is a hang: the worker is ended and a new one goes on. Prints the inputs tried by property, and each
 * failure (a crash, a span outside its text, an error of many lines, a hang) with the seed and path that
 * replay it: UNSPUN_FUZZ_SEED=… in the test, or fc's `seed`/`path`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import fc from "fast-check";
import { extractPage } from "../src/ingest/html.js";
import { Checker } from "../src/match/check.js";
import { Corpus } from "../src/store/sqlite.js";
import { anyText, checkHolds, htmlText, readerHolds, readerInput } from "../test/support/fuzz.js";

type Message =
  | { type: "tick"; property: string }
  | { type: "found"; property: string; seed: number; path?: string; error: string; input: string };

const HANG_MS = 30_000;

if (isMainThread) {
  const { values } = parseArgs({ options: { minutes: { type: "string" } } });
  const minutes = Number(values.minutes ?? 10);
  const until = Date.now() + minutes * 60_000;
  const tried = new Map<string, number>();
  const found: Message[] = [];
  let hangs = 0;
  let current = "";
  const start = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { until } });
      let last = Date.now();
      const watch = setInterval(() => {
        if (Date.now() - last > HANG_MS) {
          hangs++;
          console.log(`hang: ${current} held the worker ${HANG_MS / 1000} s`);
          void worker.terminate();
        }
      }, 1000);
      worker.on("message", (m: Message) => {
        last = Date.now();
        current = m.property;
        if (m.type === "tick") tried.set(m.property, (tried.get(m.property) ?? 0) + 1);
        else {
          found.push(m);
          console.log(`found (${m.property}, seed ${m.seed}, path ${m.path}): ${m.error}\n  input: ${m.input}`);
        }
      });
      worker.on("exit", () => {
        clearInterval(watch);
        resolve();
      });
      worker.on("error", (e) => console.log(`worker error: ${e.message}`));
    });
  while (Date.now() < until) await start();
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`\nfuzzed ${minutes} min: ${total} inputs`);
  for (const [p, n] of tried) console.log(`  ${p}: ${n}`);
  const spans = found.filter((f) => f.type === "found" && /outside a text/.test(f.error)).length;
  console.log(`crashes ${found.length - spans}, spans outside the text ${spans}, hangs ${hangs}`);
  process.exitCode = found.length + hangs > 0 ? 1 : 0;
} else {
  const { until } = workerData as { until: number };
  const dir = mkdtempSync(join(tmpdir(), "unspun-fuzz-"));
  const corpus = Corpus.open(join(dir, "c.db"), { create: true });
  corpus.add(
    Array.from({ length: 8 }, (_, i) => ({
      id: `doc-${i}`,
      text: `Officials said on Monday that the minister, Mr Lloyd Austin, told reporters "We will not wait". ${"The United States said talks would go on last week. ".repeat(i + 1)}`,
    })),
  );
  const checker = new Checker(corpus);
  const post = (m: Message) => parentPort?.postMessage(m);
  const properties: [string, fc.IAsyncPropertyWithHooks<[unknown]>][] = [
    [
      "readers",
      fc.asyncProperty(readerInput, async (input) => {
        post({ type: "tick", property: "readers" });
        await readerHolds(dir, input);
      }) as unknown as fc.IAsyncPropertyWithHooks<[unknown]>,
    ],
    [
      "check",
      fc.asyncProperty(anyText, async (text) => {
        post({ type: "tick", property: "check" });
        await checkHolds(checker, text);
      }) as unknown as fc.IAsyncPropertyWithHooks<[unknown]>,
    ],
    [
      "page",
      fc.asyncProperty(htmlText, async (html) => {
        post({ type: "tick", property: "page" });
        const page = extractPage(html, { minArticleChars: 0 });
        if (page.ok) await checkHolds(checker, page.text);
        else if (page.message.includes("\n")) throw new Error(`a message of many lines: ${page.message}`);
      }) as unknown as fc.IAsyncPropertyWithHooks<[unknown]>,
    ],
  ];
  try {
    while (Date.now() < until) {
      for (const [name, property] of properties) {
        const seed = Math.floor(Math.random() * 2 ** 31);
        const result = await fc.check(property, { seed, numRuns: 100 });
        if (result.failed)
          post({
            type: "found",
            property: name,
            seed,
            path: result.counterexamplePath ?? undefined,
            error: String((result.errorInstance as Error)?.message ?? result.errorInstance).split("\n")[0],
            input: JSON.stringify(result.counterexample).slice(0, 400),
          });
      }
    }
  } finally {
    corpus.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
