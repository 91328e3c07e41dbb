/** A server on the bundled sample corpus, on a random free port of 127.0.0.1, for tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../../src/server/app.js";
import { InlineRunner } from "../../src/server/runner.js";
import { WordSearch } from "../../src/server/search.js";
import { DEFAULT_MAX_BODY_BYTES, type RunningServer, type ServeOptions, startServer } from "../../src/server/serve.js";
import { Corpus } from "../../src/store/sqlite.js";
import { ROOT } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

export const SAMPLE = join(ROOT, "data", "sample");

export interface SampleDoc {
  id: string;
  title?: string;
  text: string;
}

export function sampleDocs(): SampleDoc[] {
  return readFileSync(join(SAMPLE, "corpus.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as SampleDoc);
}

/** A copy of sample-business-01 with one number changed (600 → 650), one word swapped and a new ending. */
export function editedCopy(): string {
  const doc = sampleDocs().find((d) => d.id === "sample-business-01") as SampleDoc;
  const text = doc.text.replace("cut about 600 jobs", "cut about 650 jobs").replace("falling sales", "declining sales");
  return `${text}\n\nUnions said they would fight the closures.`;
}

export function sampleDb(): string {
  const db = join(tempDir(), "sample.db");
  const corpus = Corpus.open(db, { create: true });
  corpus.add(sampleDocs());
  corpus.close();
  return db;
}

export async function sampleServer(options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return startServer({ db: sampleDb(), port: 0, host: "127.0.0.1", workers: 1, ...options });
}

/** The API over the sample corpus, called in process (no port, no threads): `request` answers as the server would. */
export interface InProcessApp {
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): void;
}

export function sampleApp(options: { token?: string; maxBodyBytes?: number } = {}): InProcessApp {
  const corpus = Corpus.open(sampleDb());
  const search = new WordSearch(corpus);
  const app = createApp({
    corpus,
    runner: new InlineRunner(corpus, { timeoutMs: 60_000, maxQueue: 256 }),
    search,
    token: options.token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  return {
    request: async (path, init) => app.request(path, init),
    close: () => {
      search.close();
      corpus.close();
    },
  };
}

/** An article that tries everything: markup, event handlers, javascript: links, odd Unicode. */
export const HOSTILE = [
  "Breaking: </script><script>window.__pwned = 1</script> officials said.",
  '<img src=x onerror="window.__pwned = 2"> and <a href="javascript:window.__pwned = 3">click</a>.',
  "<!-- <script> --> An odd line\u2028separator\u2029and \u202Eevil override\u202C and \u0000 NUL.",
  '"We will not stop," said <b onclick="window.__pwned = 4">the minister</b> on Monday.',
].join("\n\n");
