/**
 * One check as the server runs it: the request (plain text or an HTML page) → the Article → the Report,
 * with the texts of its sources when the page asks for them (for the side-by-side view). Shared by the
 * worker threads and the in-process runner, so both answer alike.
 */
import { CheckJobError } from "../errors.js";
import { extractPage } from "../ingest/html.js";
import type { Checker } from "../match/check.js";
import { type CheckItem, checkOne } from "../match/check-one.js";
import type { Report } from "../report/types.js";
import type { CorpusReader } from "../store/store.js";

/** What `POST /api/check` takes (validated before it gets here): `text` or `html`, not both. */
export interface CheckRequest {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  published?: string;
}

export interface CheckResult {
  report: Report;
  /** The corpus text of each source of the report, by id: what `sourceSpan` indexes. */
  sourceTexts?: Record<string, string>;
}

export async function runCheck(
  checker: Checker,
  corpus: CorpusReader | null,
  request: CheckRequest,
  withSourceTexts: boolean,
): Promise<CheckResult> {
  const { id, title, url, published } = request;
  let item: CheckItem;
  if (request.html !== undefined) {
    const page = extractPage(request.html, { url });
    if (!page.ok) throw new CheckJobError(422, `no article in this HTML: ${page.message}`);
    const found = {
      title: title ?? page.title,
      url: url ?? page.url,
      published: published ?? page.published,
      updated: page.updated,
      byline: page.byline,
      site: page.site,
      language: page.language,
    };
    item = { article: { id, text: page.text, ...found }, origin: "request", extracted: true };
  } else {
    item = { article: { id, title, url, published, text: request.text ?? "" }, origin: "request" };
  }
  const outcome = await checkOne(checker, item);
  if ("error" in outcome) throw new Error(outcome.error);
  const { report } = outcome;
  if (!withSourceTexts || !corpus) return { report };
  const sourceTexts: Record<string, string> = {};
  for (const s of report.sources) {
    const doc = await corpus.get(s.id);
    if (doc) sourceTexts[s.id] = doc.text;
  }
  return { report, sourceTexts };
}
