/**
 * The words unspun's views use for the contract's kinds (src/report/types.ts): what each verdict means, what
 * each kind of change is called, which kinds change the meaning. One place for every face: the web page
 * gets them as JSON embedded in the page (`pageLabels`, written by html.ts) and writes none of its own.
 */
import { type ChangeKind, MEANING_KINDS, type Verdict } from "./types.js";

/**
 * What each verdict means, in lower case and without a full stop, as it reads inside a line ("spun-copy —
 * a spun copy: …"); the page shows it as a sentence of its own, capitalised and with a full stop.
 */
export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  copy: "a copy: most of this article comes from one source (or the takes of one story), copied or edited",
  "spun-copy": "a spun copy: most of this article is a reworded copy of one source",
  "partial-copy": "a partial copy: some passages are reused inside other text",
  "same-story": "same story: a corpus document reports the same event, but no text is reused",
  original: "original: no reused text found",
};

/** Each kind of change in words. */
export const CHANGE_KIND_TEXT: Readonly<Record<ChangeKind, string>> = {
  "quote-altered": "quote altered",
  "number-changed": "number changed",
  "name-changed": "name changed",
  "negation-changed": "negation changed",
  "attribution-dropped": "attribution dropped",
  substituted: "substituted",
  inserted: "inserted",
  deleted: "deleted",
};

/** What the web page is told. */
export interface PageLabels {
  verdicts: Readonly<Record<Verdict, string>>;
  changeKinds: Readonly<Record<ChangeKind, string>>;
  /** The kinds that change the meaning: listed first, marked apart. */
  meaningKinds: readonly ChangeKind[];
}

/** The labels as the page gets them (html.ts embeds them as the JSON of `#unspun-labels`). */
export function pageLabels(): PageLabels {
  return { verdicts: VERDICT_TEXT, changeKinds: CHANGE_KIND_TEXT, meaningKinds: MEANING_KINDS };
}
