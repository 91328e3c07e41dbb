/** Deterministic made-up news-like texts for the scale and cluster tests (never ../shared text). */

const WORDS = (
  "harbour council river valley budget school station market bridge festival court report mayor farmers " +
  "storm winter engineers museum rail contract hospital police union strike airport tunnel library ferry " +
  "election minister village factory harvest flood energy housing museum teachers nurses drivers league"
).split(" ");
const GLUE = "the of and in to a for on with at by from said would will has".split(" ");

import { rng } from "../../src/util/random.js";

export { rng };

/** One sentence of about 16 words, numbers included, from the seeded stream. */
export function sentence(next: () => number): string {
  const w: string[] = [];
  for (let i = 0; i < 14; i++)
    w.push(i % 3 === 1 ? GLUE[Math.floor(next() * GLUE.length)] : WORDS[Math.floor(next() * WORDS.length)]);
  w.splice(5, 0, String(Math.floor(next() * 100000)));
  w.splice(11, 0, `${String.fromCharCode(65 + Math.floor(next() * 26))}${Math.floor(next() * 1000)}`);
  const s = w.join(" ");
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** An article of `n` sentences. */
export function article(seed: number, n = 10): string {
  const next = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(next));
  return out.join(" ");
}

/** A reworded copy: one word in `every` replaced (a crude spinner), a sentence dropped, one added. */
export function reworded(text: string, seed: number, every = 6): string {
  const next = rng(seed);
  const sents = text.split(/(?<=\.) /);
  sents.splice(1 + Math.floor(next() * (sents.length - 2)), 1);
  sents.push(sentence(next));
  return sents
    .join(" ")
    .split(" ")
    .map((w, i) => (i % every === every - 1 && /^[a-z]+$/.test(w) ? `${w}ish` : w))
    .join(" ");
}
