/**
 * The one tokenizer. Tokens keep their offsets into the canonical text; `norm` is the normalised view
 * (NFKC, lower case, curly apostrophes folded) that every comparison uses.
 */

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Offset of the first UTF-16 code unit in the canonical text. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
  kind: TokenKind;
  /** Normalised form: NFKC, lower case, apostrophes and quotes folded. */
  norm: string;
}

// Numbers keep their inner separators ("1,400", "5.93", "10:30"); words keep inner apostrophes ("Hamas’s").
const TOKEN_RE = /(\p{N}+(?:[.,:]\p{N}+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

const FOLD: Record<string, string> = {
  "’": "'",
  "‘": "'",
  "`": "'",
  "´": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "−": "-",
};

/** The normalised form of one token's text. */
export function normalizeToken(raw: string): string {
  let s = raw;
  // NFKC only when needed: it is the slowest step and most news text is ASCII.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range test is the point
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize("NFKC");
    s = s.replace(/[’‘`´“”„«»–—‐‑−]/g, (c) => FOLD[c] ?? c);
  }
  return s.toLowerCase();
}

/**
 * The tokens of `text`: TOKEN_RE's matches. Plain ASCII tokens are read by hand (most news text is ASCII, and a
 * regular expression match costs an array and a substring a token); a token that starts at or runs into any
 * other character is left to TOKEN_RE itself, from its start: the tokens are the same either way.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, kind, norm) => {
    tokens.push({ start, end, kind, norm });
  });
  return tokens;
}

/**
 * The normalised forms of the word and number tokens of `text`, in order: what a measure over its words
 * needs, without a token object a word (a corpus document read only to be measured against an article).
 */
export function wordNorms(text: string): string[] {
  const norms: string[] = [];
  scanTokens(text, (_start, _end, kind, norm) => {
    if (kind !== "punct") norms.push(norm);
  });
  return norms;
}

/** `tokenize`'s reading: each token's parts, in order, to `emit`. */
function scanTokens(text: string, emit: (start: number, end: number, kind: TokenKind, norm: string) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const end = c < 128 ? asciiTokenEnd(text, i) : -1;
    if (end > 0) {
      const kind: TokenKind = isDigit(c) ? "number" : isLetter(c) ? "word" : "punct";
      // ASCII: NFKC and the folds change nothing, and only letters have a lower case.
      const raw = text.slice(i, end);
      emit(i, end, kind, kind === "word" ? raw.toLowerCase() : raw);
      i = end;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (m === null) break;
    const kind: TokenKind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct";
    emit(m.index, m.index + m[0].length, kind, normalizeToken(m[0]));
    i = m.index + m[0].length;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** 0 past the end of the text: no character to look at. */
const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : 0);

/**
 * Where the ASCII token at `i` (not white space) ends, as TOKEN_RE reads it; -1 when a character past the
 * ASCII range could change that (it may be a digit, a letter, a mark or a curly apostrophe in Unicode).
 */
function asciiTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const runOf = (inRun: (c: number) => boolean, from: number) => {
    let j = from;
    while (inRun(codeAt(text, j))) j++;
    return j;
  };
  if (isDigit(c)) {
    // \p{N}+(?:[.,:]\p{N}+)*
    let j = runOf(isDigit, i);
    for (;;) {
      const next = codeAt(text, j);
      if (next >= 128) return -1;
      if (next !== 46 && next !== 44 && next !== 58) return j;
      const after = codeAt(text, j + 1);
      if (after >= 128) return -1;
      if (!isDigit(after)) return j;
      j = runOf(isDigit, j + 1);
    }
  }
  if (isLetter(c)) {
    // [\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*
    let j = runOf(isLetter, i);
    for (;;) {
      const next = codeAt(text, j);
      if (next >= 128) return -1;
      if (next !== 39) return j;
      const after = codeAt(text, j + 1);
      if (after >= 128) return -1;
      if (!isLetter(after)) return j;
      j = runOf(isLetter, j + 1);
    }
  }
  // [^\s\p{L}\p{M}\p{N}]: one character
  return i + 1;
}

/** True when the token's text starts with a capital letter. */
export function isCapitalized(text: string, token: Token): boolean {
  const c = text.charCodeAt(token.start);
  const ch = text[token.start];
  return token.kind === "word" && (c >= 65 && c <= 90 ? true : ch !== ch.toLowerCase() && ch === ch.toUpperCase());
}

/** Index of the first token that ends after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
