/**
 * unspun as a library.
 *
 *   import { Corpus, check } from "unspun";
 *   const corpus = Corpus.open("news.db", { create: true });
 *   corpus.add([{ id: "a1", text: "…" }]);
 *   const report = check({ text: "…" }, { corpus });
 */
import { Checker, type CheckInput, type CheckOptions } from "./match/check.js";
import type { Report } from "./report/types.js";
import { openStore } from "./store/open.js";
import type { CorpusReader } from "./store/store.js";

export { CheckJobError, CorpusError, HttpError, InputError, UsageError } from "./errors.js";
export type { Article } from "./ingest/article.js";
export { Checker, type CheckInput, type CheckOptions } from "./match/check.js";
export { renderTerminal } from "./report/terminal.js";
export * from "./report/types.js";
export { type OpenMode, openStore } from "./store/open.js";
export { Corpus } from "./store/sqlite.js";
export type {
  Candidate,
  ClusterLedger,
  CorpusReader,
  CorpusStats,
  CorpusStore,
  StoredDocument,
} from "./store/store.js";
export { analyze, type TextDoc } from "./text/document.js";

/**
 * Checks one article. With a corpus (an open store, an SQLite file's path or a postgres:// spec) the report says where the
 * article came from and what was changed; without one, only what needs no corpus (spin, claims).
 * For many articles, make one `Checker` and call its `check`: it caches analysed sources.
 */
export async function check(
  input: CheckInput | string,
  options: { corpus?: CorpusReader | string } & Partial<CheckOptions> = {},
): Promise<Report> {
  const { corpus, ...rest } = options;
  const article = typeof input === "string" ? { text: input } : input;
  if (typeof corpus === "string") {
    const opened = await openStore(corpus, "read");
    try {
      return await new Checker(opened, rest).check(article);
    } finally {
      await opened.close();
    }
  }
  return new Checker(corpus ?? null, rest).check(article);
}
