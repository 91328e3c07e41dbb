/**
 * `negation-changed`: the negators and antonyms that flip what a sentence says, and whether an edit flips it.
 */
import type { Span } from "../text/span.js";
import type { EditContext } from "./edit.js";

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "nowhere",
  "neither",
  "nor",
  "cannot",
  "non",
  "without",
]);

const NEGATING_PREFIXES = ["un", "in", "im", "il", "ir", "dis", "non"];
/** "in-"/"im-" make antonyms of adjectives ("incorrect", "impossible"), not of verbs ("implanted"). */
const ADJECTIVE_END = /(?:able|ible|ent|ant|ive|al|ete|ect|ure|ate|ite|le|ic|ous|ar)$/;

/** Words whose swap for a negator flips polarity ("always" ↔ "never", "some" ↔ "no"). */
const POLAR_WORDS = new Set(
  "always ever some any all every yes sometimes often still already somebody something someone anywhere everywhere".split(
    " ",
  ),
);

/** A negating word ("not", "never", "nobody", …) or a contraction ending in "n't". */
function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** Whether one word is the other with a negating prefix ("likely" / "unlikely"). */
export function isPrefixAntonym(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  for (const p of NEGATING_PREFIXES) {
    if (long !== p + short && long !== `${p}-${short}`) continue;
    if ((p === "in" || p === "im") && !ADJECTIVE_END.test(short)) continue;
    return true;
  }
  return false;
}

/**
 * How an edit of source words `sWords` into article words `aWords` bears on polarity: whether it `flips`
 * (the count of negators changes parity, or a word meets its antonym), and whether it is `pure` (nothing
 * but the negation changed).
 */
export function polarity(sWords: string[], aWords: string[]): { flips: boolean; pure: boolean } {
  const sNeg = sWords.filter(isNegator).length;
  const aNeg = aWords.filter(isNegator).length;
  const antonym = sWords.length === 1 && aWords.length === 1 && isPrefixAntonym(sWords[0], aWords[0]);
  const flips = (sNeg - aNeg) % 2 !== 0 || antonym;
  const pure =
    antonym ||
    sWords.filter((w) => !isNegator(w)).join(" ") === aWords.filter((w) => !isNegator(w)).join(" ") ||
    (sWords.length <= 1 &&
      aWords.length <= 1 &&
      [...sWords, ...aWords].every((w) => isNegator(w) || POLAR_WORDS.has(w))); // "never" ↔ "always"
  return { flips, pure };
}

/** Where a negation change is shown: at its article words (undefined), or for a negator removed, its word. */
export function negationSpan(ctx: EditContext, ai: [number, number]): Span | undefined {
  const aTok = ctx.article.tokens;
  if (ai[1] > ai[0]) return undefined;
  // A negator removed: point at the word whose polarity flipped (the one before, else after).
  const k = ai[0] > ctx.a[0] ? ai[0] - 1 : ai[0] < ctx.a[1] ? ai[0] : -1;
  return k >= 0 ? [aTok[k].start, aTok[k].end] : undefined;
}
