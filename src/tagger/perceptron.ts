/**
 * A linear sequence tagger: each token's features vote for each tag, a transition weight links
 * neighbouring tags, and Viterbi finds the best tag sequence under BIO rules (an I- tag continues a name of
 * its own type). The weights come from an averaged structured perceptron (Collins 2002), trained by
 * `train/names.ts`; the model file is small, loads in milliseconds and needs nothing outside Node.
 */

import { brotliCompressSync, brotliDecompressSync } from "node:zlib";

export interface TaggerModel {
  /** Tag names: "O", "B-PER", "I-PER", … */
  tags: string[];
  /** Each row's feature name (`template=value`), in the order of the rows of `weights`. */
  names: string[];
  /** The same, by template and then value, for lookups without building names. */
  byTemplate: Map<string, Map<string, number>>;
  /** One row of `tags.length` weights per feature. */
  weights: Float32Array;
  /** Weight of tag b after tag a at [a * T + b]; the last row (a = T) is the sentence's start. */
  transitions: Float32Array;
  /**
   * The tag dictionary: for words seen often in training, the tags they took there (a bit per tag). A word
   * never seen inside a name in thousands of uses ("the") is not put inside one.
   */
  tagsOf: Map<string, number>;
  /** Word lists the features consult, learned with the weights (the first names of people, say). */
  lists: Record<string, string[]>;
  /** What the model was trained on, for the record. */
  about: Record<string, unknown>;
}

/** Whether tag `b` may follow tag `a` (`a` = -1 at a sentence's start): "I-X" only after "B-X" or "I-X". */
export function allowedAfter(tags: string[], a: number, b: number): boolean {
  const tb = tags[b];
  if (!tb.startsWith("I-")) return true;
  if (a < 0) return false;
  const ta = tags[a];
  return ta.slice(2) === tb.slice(2) && ta !== "O";
}

/** The feature's name for flat pairs [template, value, …] at `k`. */
export const featureName = (pairs: string[], k: number) => `${pairs[k]}=${pairs[k + 1]}`;

/** Rows by template and value, from the rows' names. */
export function byTemplate(names: string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (let row = 0; row < names.length; row++) {
    const name = names[row];
    const cut = name.indexOf("=");
    const template = name.slice(0, cut);
    let values = out.get(template);
    if (!values) {
      values = new Map();
      out.set(template, values);
    }
    values.set(name.slice(cut + 1), row);
  }
  return out;
}

const allowedMatrices = new WeakMap<string[], Uint8Array>();

/** allowedAfter for every pair of tags, made once per tag list. */
function allowedMatrix(tags: string[]): Uint8Array {
  let m = allowedMatrices.get(tags);
  if (!m) {
    const T = tags.length;
    m = new Uint8Array(T * T);
    for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) m[a * T + b] = allowedAfter(tags, a, b) ? 1 : 0;
    allowedMatrices.set(tags, m);
  }
  return m;
}

/** Add the rows of features given as flat [template, value] pairs into `into` at `at`. */
export function addRows(model: TaggerModel, pairs: string[], into: Float32Array, at: number): void {
  const T = model.tags.length;
  const { weights } = model;
  for (let k = 0; k < pairs.length; k += 2) {
    const row = model.byTemplate.get(pairs[k])?.get(pairs[k + 1]);
    if (row === undefined) continue;
    for (let t = 0, w = row * T; t < T; t++) into[at + t] += weights[w + t];
  }
}

/**
 * The best tag sequence. `allowed[i]`, where given, holds the tags token i may take as bits (bit t for tag
 * t): from the tag dictionary, and where the caller knows better (a spinner's debris is no name; the word
 * after "Mr." starts a person's).
 */
export function viterbi(
  tags: string[],
  scores: ArrayLike<number>,
  transitions: ArrayLike<number>,
  n: number,
  allowed?: Uint32Array,
): number[] {
  const T = tags.length;
  if (n === 0) return [];
  const best = new Float64Array(n * T).fill(Number.NEGATIVE_INFINITY);
  const back = new Int32Array(n * T);
  const any = (1 << T) - 1;
  const follows = allowedMatrix(tags);
  const first = allowed === undefined ? any : allowed[0];
  for (let t = 0; t < T; t++)
    if ((first >>> t) & 1 && allowedAfter(tags, -1, t)) best[t] = scores[t] + transitions[T * T + t];
  for (let i = 1; i < n; i++) {
    const may = allowed === undefined ? any : allowed[i];
    const from = (i - 1) * T;
    for (let b = 0; b < T; b++) {
      if (((may >>> b) & 1) === 0) continue;
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let a = 0; a < T; a++) {
        const prev = best[from + a];
        if (prev === Number.NEGATIVE_INFINITY || follows[a * T + b] === 0) continue;
        const s = prev + transitions[a * T + b];
        if (s > top) {
          top = s;
          arg = a;
        }
      }
      best[i * T + b] = top + scores[i * T + b];
      back[i * T + b] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Tag one sentence from its tokens' scores (emissions, token by token, `tags.length` each). */
export function tagSentence(model: TaggerModel, scores: Float32Array, allowed?: Uint32Array): string[] {
  const n = scores.length / model.tags.length;
  return viterbi(model.tags, scores, model.transitions, n, allowed).map((t) => model.tags[t]);
}

const MAGIC = "unspun-tagger-2";

/**
 * The model file: a JSON header (tags, scale, tag dictionary, word lists, provenance), the feature names as
 * lines, the weights as 16-bit integers and the transitions as 32-bit floats, all compressed with Brotli.
 */
export function encodeModel(model: TaggerModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? 32767 / max : 1;
  const names = Buffer.from(model.names.join("\n"));
  const header = Buffer.from(
    JSON.stringify({
      magic: MAGIC,
      tags: model.tags,
      scale,
      about: model.about,
      tagsOf: Object.fromEntries(model.tagsOf),
      lists: model.lists,
      rows: model.names.length,
      namesBytes: names.length,
    }),
  );
  const weights = new Int16Array(model.weights.length);
  model.weights.forEach((w, i) => {
    weights[i] = Math.round(w * scale);
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const raw = Buffer.concat([
    length,
    header,
    names,
    Buffer.from(weights.buffer),
    Buffer.from(new Float32Array(model.transitions).buffer),
  ]);
  return brotliCompressSync(raw);
}

export function decodeModel(file: Buffer): TaggerModel {
  const raw = brotliDecompressSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString("utf8")) as {
    magic: string;
    tags: string[];
    scale: number;
    about: Record<string, unknown>;
    tagsOf: Record<string, number>;
    lists: Record<string, string[]>;
    rows: number;
    namesBytes: number;
  };
  if (header.magic !== MAGIC) throw new Error("not an unspun tagger model");
  const T = header.tags.length;
  const n = header.rows;
  let at = 4 + headerLength;
  // The names are one block of lines: far faster to split than to parse as JSON.
  const names =
    n > 0
      ? raw
          .subarray(at, at + header.namesBytes)
          .toString("utf8")
          .split("\n")
      : [];
  at += header.namesBytes;
  // Copied out: the typed arrays need aligned buffers.
  const quantised = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + n * T * 2));
  at += n * T * 2;
  const transitions = new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + (T + 1) * T * 4));
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i] / header.scale;
  return {
    tags: header.tags,
    names,
    byTemplate: byTemplate(names),
    weights,
    transitions,
    tagsOf: new Map(Object.entries(header.tagsOf)),
    lists: header.lists,
    about: header.about,
  };
}

/** Typed spans from BIO tags over tokens: [first token, last token + 1, type]. */
export function tagRuns(tags: string[]): Array<{ from: number; to: number; type: string }> {
  const out: Array<{ from: number; to: number; type: string }> = [];
  let open: { from: number; to: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    if (open && tag === `I-${open.type}`) {
      open.to = i + 1;
      return;
    }
    open = tag === "O" ? null : { from: i, to: i + 1, type: tag.slice(2) };
    if (open) out.push(open);
  });
  return out;
}
