/**
 * The name tagger on our own held-out set (test/tagger/fixtures/names.ts: news sentences written for this
 * project, never trained on): exact-span precision, recall and F1 of the report's entity mentions, typed.
 *   node dist/bench/names-own.js
 */
import { extractClaims } from "../src/claims/extract.js";
import { analyze } from "../src/text/document.js";
import { MARKED_TEXTS, unmark } from "../test/tagger/fixtures/names.js";

const counts = new Map<string, { tp: number; pred: number; gold: number }>();
const count = (type: string) => {
  let c = counts.get(type);
  if (!c) {
    c = { tp: 0, pred: 0, gold: 0 };
    counts.set(type, c);
  }
  return c;
};
for (const marked of MARKED_TEXTS) {
  const { text, names } = unmark(marked);
  const want = new Set(names.map((n) => `${n.start}:${n.end}:${n.type}`));
  for (const n of names) {
    count(n.type).gold++;
    count("all").gold++;
  }
  for (const e of extractClaims(analyze(text)).entities)
    for (const [s, t] of e.mentions) {
      const hit = want.has(`${s}:${t}:${e.type}`) ? 1 : 0;
      for (const c of [count(e.type), count("all")]) {
        c.pred++;
        c.tp += hit;
      }
      if (!hit) console.log(`  wrong: ${text.slice(s, t)} as ${e.type}`);
    }
}
for (const [type, c] of counts) {
  const p = c.tp / (c.pred || 1);
  const r = c.tp / (c.gold || 1);
  console.log(`${type.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
}
