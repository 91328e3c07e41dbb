// The attribution of a text that holds some words in what it says: what the claims tests look up.
import assert from "node:assert/strict";
import { extractClaims } from "../../src/claims/extract.js";
import type { Attribution } from "../../src/report/types.js";
import { analyze } from "../../src/text/document.js";

export function holding(text: string, words: string, published?: string): Attribution {
  const c = extractClaims(analyze(text), { published });
  const at = text.indexOf(words);
  const a = c.attributions.find((x) => x.content[0] <= at && x.content[1] >= at + words.length);
  assert.ok(a, `no attribution holds "${words}": ${JSON.stringify(c.attributions)}`);
  return a;
}
