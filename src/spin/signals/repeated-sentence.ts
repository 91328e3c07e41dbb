/** `repeated-sentence`: a sentence said again nearly word for word, or retold around many of the same names. */
import { isStopword } from "../../lexicon/stopwords.js";
import type { TextDoc } from "../../text/document.js";
import type { Span } from "../../text/span.js";
import type { Weighted } from "../signal.js";

function contentSet(doc: TextDoc, from: number, to: number): Set<string> {
  const s = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.kind !== "punct" && !isStopword(t.norm)) s.add(t.norm);
  }
  return s;
}

/** Content words that a retelling of the sentence before shares with it. */
const RETOLD_SHARED = 10;

/** The first words of a span, for a note: "When Mr. Biden met the Israeli war…". */
function opening(text: string, [a, b]: Span, words = 6): string {
  const all = text.slice(a, b).split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" ");
}

export function repeatedSentences(doc: TextDoc, out: Weighted[]): void {
  const sets = doc.sentences.map((s) => contentSet(doc, s.tokenStart, s.tokenEnd));
  for (let i = 1; i < sets.length; i++) {
    if (sets[i].size < 5) continue;
    // A spinner's second take follows the first closely; a lead restated at the end is ordinary news style.
    // A first line said again is a headline and its lead, not a spinner's double.
    for (let j = Math.max(1, i - 2); j < i; j++) {
      if (sets[j].size < 5) continue;
      let shared = 0;
      for (const w of sets[i]) if (sets[j].has(w)) shared++;
      const overlap = shared / Math.min(sets[i].size, sets[j].size);
      // A spinner's double keeps three words in four; a writer's restatement ("The December surplus was
      // revised…" after "a December surplus") shares fewer.
      // Or the sentence just before, said again in other words around many of the same names and terms
      // ("… in Tel Aviv last week, the president avoided asking Mr. Netanyahu …" / "In Tel Aviv last week, he
      // avoided making requests of Mr. Netanyahu …").
      const retold = j === i - 1 && shared >= RETOLD_SHARED && overlap >= 0.5;
      if ((overlap >= 0.75 && shared >= 4) || retold) {
        const [a, b] = doc.sentences[i].span;
        out.push({
          kind: "repeated-sentence",
          span: [a, b],
          note: `says again "${opening(doc.text, doc.sentences[j].span)}" (${Math.round(overlap * 100)}% of its words)`,
          weight: 1.5,
        });
        break;
      }
    }
  }
}
