import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeToken, tokenize } from "../../src/text/tokens.js";

/** The tokenizer's definition: every match of this expression is a token (src/text/tokens.ts TOKEN_RE). */
const TOKEN_RE = /(\p{N}+(?:[.,:]\p{N}+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

function byExpression(text: string) {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct",
    norm: normalizeToken(m[0]),
  }));
}

describe("tokenize, ASCII read by hand", () => {
  it("gives the expression's tokens where ASCII meets other characters", () => {
    const pieces = ["a", "Bc", "0", "9", "'", "’", ".", ",", ":", " ", "\t", "\n", "\u00a0", "\ufeff", "é", "e\u0301"];
    const more = ["\u0301", "²", "٣", "İ", "ﬁ", "😀", "\ud83d", "\u001c", "\u0000", "-", "—", "“", '"', "½", "中"];
    const alphabet = [...pieces, ...more];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 20000; k++) {
      let text = "";
      for (let i = 1 + Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      assert.deepEqual(tokenize(text), byExpression(text), JSON.stringify(text));
    }
  });

  it("reads numbers, inner apostrophes and separators as the expression does", () => {
    for (const text of ["1,400.5 a.m. 10:30, don't 'quoted' rock'n'roll 5. x,y Hamas’s 3’s 2.é 2.²"])
      assert.deepEqual(tokenize(text), byExpression(text));
  });
});
