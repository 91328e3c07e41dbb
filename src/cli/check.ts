/** `unspun check`: one article or a JSONL batch, as a report for a person or as JSON. */
import { readDocuments, readTextFile } from "../ingest/read.js";
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
    if (options.file !== undefined) {
      const item = await readTextFile(options.file);
      if (!item.ok) throw new InputError(`unspun check: ${item.origin}: ${item.message}`);
      const { id: _path, ...article } = item.article; // a file's path is no query id
      const report = await checker.check(article);
      await writeOut(show(report, item.article.text));
      return 0;
    }
    let failed = 0;
    for await (const item of readDocuments([options.jsonl as string])) {
      if (!item.ok) {
        failed++;
        process.stderr.write(`unspun check: ${item.origin}: ${item.message}\n`);
        const id = item.id ?? item.origin;
        await writeOut(options.json ? `${JSON.stringify({ id, error: `${item.origin}: ${item.message}` })}\n` : "");
        continue;
      }
      let report: Report;
      try {
        report = await checker.check(item.article);
      } catch (err) {
        // One query that breaks the checker must not stop the batch.
        failed++;
        const message = `${item.origin}: ${(err as Error).message}`;
        process.stderr.write(`unspun check: ${message}\n`);
        await writeOut(options.json ? `${JSON.stringify({ id: item.article.id, error: message })}\n` : "");
        continue;
      }
      await writeOut(show(report, item.article.text));
    }
    return failed ? 1 : 0;
  } finally {
    corpus?.close();
  }
}
