/** A corpus with copy families planted in it, for the cluster tests (either store). */
import { openStore } from "../../src/store/open.js";
import { article, reworded } from "../scale/texts.js";

/** 120 unrelated originals; families planted on originals 0, 10, 20, 30, 40 (verbatim, edited, reworded). */
export async function corpusWithFamilies(spec: string) {
  const corpus = await openStore(spec, "write");
  const docs: { id: string; text: string; published?: string }[] = [];
  for (let i = 0; i < 120; i++)
    docs.push({ id: `o${i}`, text: article(i, 8 + (i % 7)), published: `2024-02-${10 + (i % 9)}` });
  const planted: string[][] = [];
  for (let f = 0; f < 5; f++) {
    const o = docs[f * 10];
    const fam = [o.id];
    docs.push({ id: `${o.id}-verbatim`, text: o.text, published: "2024-03-01" });
    docs.push({ id: `${o.id}-edited`, text: `Breaking. ${o.text.slice(0, Math.floor(o.text.length * 0.8))}` });
    docs.push({ id: `${o.id}-spun`, text: reworded(o.text, f), published: "2024-03-02" });
    fam.push(`${o.id}-verbatim`, `${o.id}-edited`, `${o.id}-spun`);
    planted.push(fam);
  }
  await corpus.add(docs);
  return { corpus, planted };
}
