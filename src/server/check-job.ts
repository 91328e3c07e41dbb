/**
 * One check as the server runs it: the request (plain text or an HTML page) → the Article → the Report,
 * with the texts of its sources when the page asks for them (for the side-by-side view). Shared by the
 * worker threads and the in-process runner, so both answer alike.
 */
import { extractPage } from "../ingest/html.js";
import type { Checker } from "../match/check.js";
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

/** A check that cannot be done for a reason the client can fix (or a limit it hit): an HTTP status. */
export class CheckJobError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export async function runCheck(
  checker: Checker,
  corpus: CorpusReader | null,
  request: CheckRequest,
  withSourceTexts: boolean,
): Promise<CheckResult> {
  let report: Report;
  if (request.html !== undefined) {
    const page = extractPage(request.html, { url: request.url });
    if (!page.ok) throw new CheckJobError(422, `no article in this HTML: ${page.message}`);
    const title = request.title ?? page.title;
    const url = request.url ?? page.url;
    const published = request.published ?? page.published;
    report = await checker.check(
      { id: request.id, text: page.text, title, url, published },
      { ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}), text: page.text },
    );
  } else {
    const { html: _html, ...article } = request;
    report = await checker.check({ ...article, text: request.text ?? "" });
  }
  if (!withSourceTexts || !corpus) return { report };
  const sourceTexts: Record<string, string> = {};
  for (const s of report.sources) {
    const doc = await corpus.get(s.id);
    if (doc) sourceTexts[s.id] = doc.text;
  }
  return { report, sourceTexts };
}
