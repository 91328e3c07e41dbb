/**
 * Starting and stopping the server: opens the corpus (created when missing), the check runner and the
 * word search, and listens — on 127.0.0.1 unless told otherwise.
 */
import { availableParallelism } from "node:os";
import { type ServerType, serve } from "@hono/node-server";
import { openStore } from "../store/open.js";
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

/** Loopback addresses and their names: a server bound to one answers to all of them. */
const LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"];

/**
 * The Host headers and page origins a server bound to `host` on `port` answers to. Bound to every address
 * (0.0.0.0, ::), it cannot know the names it is reached by: no Host check then (run it with a token).
 */
export function servedNames(host: string, port: number): { hosts?: string[]; origins?: string[] } {
  const h = host.toLowerCase();
  if (h === "0.0.0.0" || h === "::" || h === "[::]" || h === "") return {};
  const bracket = (x: string) => (x.includes(":") && !x.startsWith("[") ? `[${x}]` : x);
  const names = LOOPBACK.includes(h) ? ["127.0.0.1", "localhost", "[::1]"] : [bracket(h)];
  const hosts = names.map((n) => `${n}:${port}`);
  return { hosts, origins: hosts.map((x) => `http://${x}`) };
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const corpus = await openStore(options.db, "write");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const runnerOptions = { timeoutMs, maxQueue: 256 };
  const runner: CheckRunner =
    workers > 0 ? new WorkerPool(options.db, workers, runnerOptions) : new InlineRunner(corpus, runnerOptions);
  const search = new WordSearch(corpus);
  // The names the server answers to are known once it listens (the port may be chosen by the system).
  const names: { hosts?: string[]; origins?: string[] } = {};
  const app = createApp({
    corpus,
    runner,
    search,
    token: options.token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    get hosts() {
      return names.hosts;
    },
    get origins() {
      return names.origins;
    },
  });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => resolve(info.port));
    server.once("error", reject);
  });
  Object.assign(names, servedNames(options.host, port));
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
      await corpus.close();
    },
  };
}
