/**
 * A deterministic newspaper sub-editor with recorded ground truth, for tests and held-out evaluation sets of
 * editorial reuse (the METER kind: wire copy made into newspaper articles by people, not by spinners).
 *
 * What it does to a wire story, as journalists do (Bell 1991, "The Language of News Media"; Clough et al.
 * 2002, METER): keeps the lead and cuts from the bottom, re-tenses a story written on the day for the next
 * morning ("today" → "yesterday", "says" → "said", "is" → "was"), trims a sentence's last clause or an
 * aside between commas, moves a paragraph (usually a quote) up, swaps a verb of saying ("said" → "told
 * reporters"), and writes a sentence or two of its own. Names, numbers and quotes are left as they were.
 *
 * Every output sentence made from a source sentence is recorded as a reused piece (output span ↔ source span),
 * the way METER's annotators mark Verbatim and Rewrite text. Self-contained: it uses the test spinner's sentence
 * splitter and random numbers, not the project's tokenizer.
 */
import { createRng, type Piece, type Rng, type SourceDoc, type Span, splitSentences } from "./spinner.js";

export { createRng, type Rng };

export interface EditResult {
  text: string;
  /** Reused pieces: `text.slice(...span)` was made from `source`'s `sourceSpan`. */
  pieces: Piece[];
}

/** Word swaps of re-tensing, each applied outside quotes only. */
const RETENSE: [RegExp, string][] = [
  [/\btoday\b/g, "yesterday"],
  [/\bTODAY\b/g, "YESTERDAY"],
  [/\btonight\b/g, "last night"],
  [/\bthis morning\b/g, "yesterday morning"],
  [/\bthis afternoon\b/g, "yesterday afternoon"],
  [/\bsays\b/g, "said"],
  [/\bsay\b/g, "said"],
  [/\bis\b/g, "was"],
  [/\bare\b/g, "were"],
  [/\bhas been\b/g, "had been"],
  [/\bhave been\b/g, "had been"],
  [/\bwill\b/g, "would"],
];

/** Verbs of saying and what a sub-editor writes instead. */
const SAYING: [RegExp, string[]][] = [
  [/\bsaid\b/, ["told reporters", "added", "stated"]],
  [/\btold\b/, ["informed", "said to"]],
];

/** Applies `edit` to the parts of `s` outside double quotes. */
function outsideQuotes(s: string, edit: (part: string) => string): string {
  return s
    .split(/(["“][^"”]*["”])/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join("");
}

/** A sentence re-tensed for the next morning's paper. */
export function retense(sentence: string): string {
  return outsideQuotes(sentence, (part) => RETENSE.reduce((p, [re, by]) => p.replace(re, by), part));
}

/**
 * A sentence as a sub-editor leaves it: re-tensed, and with some chance its last clause cut (after a comma
 * before the final stop, outside quotes), an aside between commas dropped, or a verb of saying swapped.
 */
export function editSentence(sentence: string, rng: Rng, strength = 0.5): string {
  let s = retense(sentence);
  const quoted = /["“]/.test(s);
  if (!quoted && rng.chance(strength * 0.5)) {
    // Cut the last clause: "…, the court heard, after a row over money." → "…, the court heard."
    const m = /,\s[^,"“”]{12,80}([.!?])$/.exec(s);
    if (m && m.index > s.length / 2) s = `${s.slice(0, m.index)}${m[1]}`;
  }
  if (!quoted && rng.chance(strength * 0.4)) {
    // Drop an aside: "Smith, who has three children, denies…" → "Smith denies…"
    s = s.replace(/,\s(?:who|which|where)\s[^,"“”]{6,60},/, "");
  }
  if (rng.chance(strength * 0.5))
    s = outsideQuotes(s, (part) => {
      for (const [re, options] of SAYING) if (re.test(part)) return part.replace(re, rng.pick(options));
      return part;
    });
  return s;
}

interface Sentence {
  text: string;
  span: Span;
}

/** The sentences of a story, without an agency byline ("By … , Wire Service") or a dateline of its own. */
export function storySentences(source: SourceDoc): Sentence[] {
  return splitSentences(source.text)
    .map((span) => ({ text: source.text.slice(span[0], span[1]), span }))
    .filter(
      (s) => !/^By [A-Z]/.test(s.text) && s.text.split(/\s+/).length >= 5 && !/^\p{Lu}[\p{Lu}\s]+$/u.test(s.text),
    );
}

/** Joins sentences into paragraphs of one or two sentences, recording each sentence's piece. */
function assemble(parts: { text: string; source?: string; sourceSpan?: Span }[], rng: Rng): EditResult {
  let text = "";
  const pieces: Piece[] = [];
  parts.forEach((p, i) => {
    if (i > 0) text += rng.chance(0.5) ? " " : "\n\n";
    const start = text.length;
    text += p.text;
    if (p.source && p.sourceSpan)
      pieces.push({ span: [start, text.length], source: p.source, sourceSpan: p.sourceSpan });
  });
  return { text, pieces };
}

/** A capitalised first word, as papers print the start of a lead ("A FORMER treasurer…"), sometimes. */
function leadCase(s: string, rng: Rng): string {
  if (!rng.chance(0.4)) return s;
  return s.replace(/^(\p{L}+)/u, (w) => w.toUpperCase());
}

/** A news in brief: the story's first one or two sentences, re-tensed and trimmed. */
export function brief(source: SourceDoc, rng: Rng): EditResult {
  const sentences = storySentences(source).slice(0, rng.chance(0.6) ? 2 : 1);
  return assemble(
    sentences.map((s, i) => ({
      text: i === 0 ? leadCase(editSentence(s.text, rng, 0.8), rng) : editSentence(s.text, rng, 0.8),
      source: source.id,
      sourceSpan: s.span,
    })),
    rng,
  );
}

/**
 * A cut-down rewrite: the lead and a share `keep` of the rest (the top favoured), each sentence edited, a
 * quote paragraph sometimes moved up, and sometimes a sentence of the paper's own (`own`) at the end.
 */
export function rewrite(source: SourceDoc, rng: Rng, keep = 0.6, own: string[] = []): EditResult {
  const all = storySentences(source);
  const kept = all.filter((_, i) => i === 0 || rng.chance(keep * (1 - (0.5 * i) / all.length)));
  const parts: { text: string; source?: string; sourceSpan?: Span }[] = kept.map((s, i) => ({
    text: i === 0 ? leadCase(editSentence(s.text, rng), rng) : editSentence(s.text, rng),
    source: source.id,
    sourceSpan: s.span,
  }));
  const quote = parts.findIndex((p, i) => i > 2 && /["“]/.test(p.text));
  if (quote > 0 && rng.chance(0.6)) parts.splice(1, 0, ...parts.splice(quote, 1));
  if (own.length && rng.chance(0.5)) parts.push({ text: rng.pick(own) });
  return assemble(parts, rng);
}

/** An article from two takes of one story: the later take's lead, then sentences of both, each edited. */
export function merge(first: SourceDoc, later: SourceDoc, rng: Rng): EditResult {
  const a = storySentences(first);
  const b = storySentences(later);
  const parts = [
    { text: leadCase(editSentence(b[0].text, rng), rng), source: later.id, sourceSpan: b[0].span },
    ...b.slice(1, 3).map((s) => ({ text: editSentence(s.text, rng), source: later.id, sourceSpan: s.span })),
    ...a
      .slice(1)
      .filter(() => rng.chance(0.5))
      .slice(0, 4)
      .map((s) => ({ text: editSentence(s.text, rng), source: first.id, sourceSpan: s.span })),
  ];
  return assemble(parts, rng);
}

/**
 * Two takes of one story made from one article, as a wire service files them: the first take is its first
 * part; the later one opens with a new lead (the first sentence, moved on a day) and carries the rest.
 */
export function takes(source: SourceDoc, rng: Rng): [SourceDoc, SourceDoc] {
  const all = storySentences(source);
  const cut = Math.max(3, Math.ceil(all.length * (0.5 + 0.2 * rng.next())));
  const first = all.slice(0, cut).map((s) => s.text);
  const later = [retense(all[0].text), ...all.slice(2).map((s) => s.text)];
  return [
    { id: `${source.id}-take1`, text: first.join("\n\n") },
    { id: `${source.id}-take2`, text: later.join("\n\n") },
  ];
}

/**
 * A feature that uses a few of the story's sentences among its own paragraphs: `count` sentences from the
 * story (edited) inserted as one paragraph among `host` paragraphs.
 */
export function partial(source: SourceDoc, host: string[], rng: Rng, count = 2): EditResult {
  const all = storySentences(source);
  const from = rng.int(Math.max(1, all.length - count));
  const used = all.slice(from, from + count);
  const at = 1 + rng.int(Math.max(1, host.length - 1));
  const parts: { text: string; source?: string; sourceSpan?: Span }[] = host.map((text) => ({ text }));
  parts.splice(
    at,
    0,
    ...used.map((s) => ({ text: editSentence(s.text, rng, 0.4), source: source.id, sourceSpan: s.span })),
  );
  return assemble(parts, rng);
}
