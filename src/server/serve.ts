/**
 * Starting and stopping the server: opens the corpus (created when missing), the check runner and the
 * word search, and listens — on 127.0.0.1 unless told otherwise.
 */
import { availableParallelism } from "node:os";
import { type ServerType, serve } from "@hono/node-server";
import { Corpus } from "../store/corpus.js";
import { createApp } from "./app.js";
import { type CheckRunner, InlineRunner, WorkerPool } from "./runner.js";
import { WordSearch } from "./search.js";

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
  /** Check worker threads; 0 checks on the main thread. Default: the number of cores, at most 4. */
  workers?: number;
  /** Longest a check may take, in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Largest request body, in bytes (default 5 MB). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const corpus = Corpus.open(options.db, { create: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const runnerOptions = { timeoutMs, maxQueue: 256 };
  const runner: CheckRunner =
    workers > 0 ? new WorkerPool(options.db, workers, runnerOptions) : new InlineRunner(corpus, runnerOptions);
  const search = new WordSearch(options.db);
  const app = createApp({
    corpus,
    runner,
    search,
    token: options.token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => resolve(info.port));
    server.once("error", reject);
  });
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await runner.close();
      search.close();
      corpus.close();
    },
  };
}
