/**
 * `unspun check`: one file (a text, a page, or every item of a feed or web archive) or a JSONL batch, as
 * a report for a person or as JSON, one report a line. Bad items in a batch become `{"id", "error"}`.
 */

import { writeFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { DEFAULT_READ_OPTIONS, type ReadOptions, readDocuments } from "../ingest/read.js";
import type { ReadItem } from "../ingest/read-item.js";
import { Checker } from "../match/check.js";
import { type CheckOutcome, checkOne } from "../match/check-one.js";
import { renderReportPage } from "../report/html.js";
import { renderTerminal } from "../report/terminal.js";
import type { Report } from "../report/types.js";
import { openStore } from "../store/open.js";
import type { CorpusReader, CorpusStore } from "../store/store.js";
import { type PoolLimits, ThreadPool } from "../util/thread-pool.js";
import { writeOut } from "./output.js";

export interface CheckCommandOptions {
  db?: string;
  file?: string;
  jsonl?: string;
  json: boolean;
  /** undefined: colour when standard output is a terminal. */
  color?: boolean;
  read?: Partial<ReadOptions>;
  /** Also write the (first) report as a self-contained HTML page to this file. */
  html?: string;
  /**
   * Threads for a batch's checks (default 0: all on this thread). On two cores they do not pay: one check
   * thread already keeps about 1.4 cores busy (V8 compiles and collects on the other), and each thread
   * warms its own compiler and caches.
   */
  workers?: number;
  /** Per article: longest check (ms) and largest heap (MB); over either, that article's one-line error. */
  limits?: PoolLimits;
  /**
   * What the user says of the one FILE's article (`--title`, `--url`, `--published`): a plain text cannot say
   * when it was published, and relative dates ("yesterday", "on Sunday") are resolved against this.
   */
  about?: { title?: string; url?: string; published?: string };
}

/** The read items, with what the user says of the article put over what the file says of itself. */
async function* described(items: AsyncIterable<ReadItem>, about: CheckCommandOptions["about"]) {
  for await (const item of items) yield item.ok && about ? { ...item, article: { ...item.article, ...about } } : item;
}

export async function checkCommand(options: CheckCommandOptions): Promise<number> {
  const corpus = options.db ? await openStore(options.db, "read") : null;
  try {
    const checker = new Checker(corpus);
    const color = options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    const show = async (report: Report, text: string) => {
      if (options.json) return `${JSON.stringify(report)}\n`;
      const texts = await sourceTexts(report, corpus);
      return renderTerminal(report, text, {
        color,
        width: process.stdout.columns || 120,
        sourceText: (id) => texts[id],
      });
    };
    const single = options.file !== undefined;
    const read = readDocuments([single ? (options.file as string) : (options.jsonl as string)], readOptions(options));
    const items = described(read, options.about);
    const threads = new CheckThreads(options.db ?? null, single ? 0 : (options.workers ?? 0), options.limits ?? {});
    let failed = 0;
    let seen = 0;
    let wroteHtml = false;
    for await (const { item, outcome } of threads.inOrder(items, single, (item) =>
      checkOne(checker, item, { anonymous: single }),
    )) {
      seen++;
      if ("error" in outcome) {
        failed++;
        // A single file that cannot be read is the whole command failing: one line, non-zero exit.
        if (single && seen === 1 && !item.ok && item.origin === options.file)
          throw new InputError(`unspun check: ${outcome.error}`);
        process.stderr.write(`unspun check: ${outcome.error}\n`);
        if (options.json) await writeOut(`${JSON.stringify({ id: outcome.id, error: outcome.error })}\n`);
        continue;
      }
      await writeOut(await show(outcome.report, outcome.text));
      if (options.html !== undefined && !wroteHtml) {
        wroteHtml = true;
        writeHtmlReport(options.html, outcome.report, outcome.text, await sourceTexts(outcome.report, corpus));
      }
    }
    return failed ? 1 : 0;
  } finally {
    await corpus?.close();
  }
}

type Outcome = CheckOutcome;

/** What a check thread is given: the item, and whether it is the command's one file (check-worker.ts). */
export interface CheckJob {
  item: ReadItem;
  single: boolean;
}

/**
 * A batch's checks on worker threads (`--workers N`): reports are the same whichever thread makes them
 * (check-worker.ts runs `checkOne` too) and come out in input order. The threads start with the batch's
 * second item, so a one-article check never pays for them; with 0 or 1, every check runs here — unless a
 * time or memory limit is set: only a thread can be stopped, so then every check runs on one.
 */
class CheckThreads {
  private pool: ThreadPool<CheckJob, Outcome> | null = null;
  private readonly limited: boolean;

  constructor(
    private readonly db: string | null,
    private readonly workers: number,
    private readonly limits: PoolLimits,
  ) {
    this.limited = limits.timeoutMs !== undefined || limits.maxMemoryMb !== undefined;
  }

  async *inOrder(
    items: AsyncIterable<ReadItem>,
    single: boolean,
    inline: (item: ReadItem) => Promise<Outcome>,
  ): AsyncGenerator<{ item: ReadItem; outcome: Outcome }> {
    const pending: { item: ReadItem; outcome: Promise<Outcome> }[] = [];
    let seen = 0;
    try {
      for await (const item of items) {
        seen++;
        if (!this.pool && (this.limited || (seen === 2 && this.workers > 1)))
          this.pool = new ThreadPool(
            new URL("./check-worker.js", import.meta.url),
            { db: this.db },
            Math.max(1, this.workers),
            this.limits,
          );
        pending.push({ item, outcome: this.pool ? this.onThread({ item, single }) : inline(item) });
        // A few items ahead of the one written: enough to keep every thread busy, few enough to bound memory.
        while (pending.length > (this.pool ? 4 * this.pool.size : 0)) {
          const next = pending.shift() as (typeof pending)[number];
          yield { item: next.item, outcome: await next.outcome };
        }
      }
      for (const next of pending) yield { item: next.item, outcome: await next.outcome };
    } finally {
      await this.pool?.close();
    }
  }

  private onThread(job: CheckJob): Promise<Outcome> {
    const { item } = job;
    return (this.pool as ThreadPool<CheckJob, Outcome>).run(job).catch((err: Error) => ({
      id: (item.ok ? item.article.id : item.id) ?? item.origin,
      error: `${item.origin}: not checked: ${err.message}`,
    }));
  }
}

/** The texts of a report's sources (the store may be asynchronous: fetched before rendering). */
async function sourceTexts(report: Report, corpus: CorpusReader | CorpusStore | null): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const s of report.sources) {
    const t = (await corpus?.get(s.id))?.text;
    if (t !== undefined) texts[s.id] = t;
  }
  return texts;
}

/** The report as one HTML page, with the texts of its sources for the side-by-side view. */
function writeHtmlReport(file: string, report: Report, text: string, sourceTexts: Record<string, string>): void {
  try {
    writeFileSync(file, renderReportPage({ report, text, sourceTexts }));
  } catch (err) {
    throw new InputError(`unspun check: cannot write ${file}: ${(err as Error).message}`);
  }
}

function readOptions(options: CheckCommandOptions): ReadOptions {
  return { ...DEFAULT_READ_OPTIONS, ...options.read };
}
