/**
 * `unspun check`: one file (a text, a page, or every item of a feed or web archive) or a JSONL batch, as
 * a report for a person or as JSON, one report a line. Bad items in a batch become `{"id", "error"}`.
 */
import { DEFAULT_READ_OPTIONS, type ReadItem, type ReadOptions, readDocuments } from "../ingest/read.js";
import { Checker } from "../match/check.js";
import { renderTerminal } from "../report/terminal.js";
import type { Report } from "../report/types.js";
import { Corpus } from "../store/corpus.js";
import { InputError } from "./errors.js";
import { writeOut } from "./output.js";

export interface CheckCommandOptions {
  db?: string;
  file?: string;
  jsonl?: string;
  json: boolean;
  /** undefined: colour when standard output is a terminal. */
  color?: boolean;
  read?: Partial<ReadOptions>;
}

export async function checkCommand(options: CheckCommandOptions): Promise<number> {
  const corpus = options.db ? Corpus.open(options.db, { readonly: true }) : null;
  try {
    const checker = new Checker(corpus);
    const color = options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    const show = (report: Report, text: string) =>
      options.json
        ? `${JSON.stringify(report)}\n`
        : renderTerminal(report, text, {
            color,
            width: process.stdout.columns || 120,
            sourceText: (id) => corpus?.get(id)?.text,
          });
    const single = options.file !== undefined;
    const items = readDocuments([single ? (options.file as string) : (options.jsonl as string)], readOptions(options));
    let failed = 0;
    let seen = 0;
    for await (const item of items) {
      seen++;
      const outcome = await checkItem(checker, item, single);
      if ("error" in outcome) {
        failed++;
        // A single file that cannot be read is the whole command failing: one line, non-zero exit.
        if (single && seen === 1 && !item.ok && item.origin === options.file)
          throw new InputError(`unspun check: ${outcome.error}`);
        process.stderr.write(`unspun check: ${outcome.error}\n`);
        if (options.json) await writeOut(`${JSON.stringify({ id: outcome.id, error: outcome.error })}\n`);
        continue;
      }
      await writeOut(show(outcome.report, outcome.text));
    }
    return failed ? 1 : 0;
  } finally {
    corpus?.close();
  }
}

function readOptions(options: CheckCommandOptions): ReadOptions {
  return { ...DEFAULT_READ_OPTIONS, ...options.read };
}

/** One read item to one report, or to the error that stands in for it. */
async function checkItem(
  checker: Checker,
  item: ReadItem,
  single: boolean,
): Promise<{ report: Report; text: string } | { id: string; error: string }> {
  if (!item.ok) return { id: item.id ?? item.origin, error: `${item.origin}: ${item.message}` };
  const article = item.article;
  try {
    if (item.extracted) {
      // Offsets index the extracted text, so the report carries it (CONTRACT.md, Offsets).
      const report = await checker.check(article, { text: article.text });
      return { report, text: article.text };
    }
    // A plain file's path is no query id; a JSONL line's id is.
    const { id, ...rest } = article;
    const report = await checker.check(single ? rest : article);
    return { report, text: article.text };
  } catch (err) {
    // One query that breaks the checker must not stop the batch.
    return { id: article.id, error: `${item.origin}: ${(err as Error).message}` };
  }
}
