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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct";
    tokens.push({ start: m.index, end: m.index + m[0].length, kind, norm: normalizeToken(m[0]) });
  }
  return tokens;
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
