// Direct quotes with the right speaker, over the annotated articles in fixtures/.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { analyze } from "../../src/text/document.js";
import { ARTICLES } from "./fixtures/index.js";

/** Each annotated quote: the speaker unspun gives it, or why it gave none. */
export function speakerResults() {
  const rows: { id: string; quote: string; want: string; got: string | null }[] = [];
  for (const a of ARTICLES) {
    const claims = extractClaims(analyze(a.text), { published: a.published });
    for (const q of a.quotes) {
      const at = a.text.indexOf(q.text);
      assert.ok(at >= 0, `${a.id}: quote not in text: ${q.text}`);
      const hit = claims.attributions.find((x) => x.direct && x.content[0] <= at && x.content[1] >= at + q.text.length);
      rows.push({ id: a.id, quote: q.text, want: q.speaker, got: hit ? (hit.sourceName ?? "(no speaker)") : null });
    }
  }
  return rows;
}

test("at least 30 annotated articles", () => {
  assert.ok(ARTICLES.length >= 30, `${ARTICLES.length} articles`);
});

test("direct quotes get the right speaker (>= 0.95)", () => {
  const rows = speakerResults();
  const ok = rows.filter((r) => r.got === r.want).length;
  const wrong = rows.filter((r) => r.got !== r.want);
  const share = ok / rows.length;
  const detail = wrong.map((r) => `${r.id}: "${r.quote}" want ${r.want}, got ${r.got ?? "(not found)"}`).join("\n");
  assert.ok(share >= 0.95, `share ${share.toFixed(3)} of ${rows.length}\n${detail}`);
  if (process.env.UNSPUN_VERBOSE) console.log(`quote speakers ${ok}/${rows.length} = ${share.toFixed(3)}\n${detail}`);
});
