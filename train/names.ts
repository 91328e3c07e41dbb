/**
 * Trains the name tagger (people, organisations, places; MISC is learned so that it is not mistaken for the
 * others, and never reported) with an averaged structured perceptron on CoNLL-2003's training half, and
 * measures it on the development half after each pass.
 *
 *   node dist/train/names.js [--data ../shared/ner] [--epochs 10] [--seed 7] [--prune 1] [--out data/models/names.bin]
 *
 * The passes visit sentences in an order drawn from a seeded generator, so a run is reproducible (training:
 * ./perceptron.ts). Training is not part of `npm test`; the model it writes ships with the package.
 */

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { allFeatures, sentenceFeatures, type WordList } from "../src/tagger/name-features.js";
import { encodeModel, tagRuns } from "../src/tagger/perceptron.js";
import { readConll, type TaggedDocument, taggedDocument } from "./conll.js";
import { type Sequence, Trainer, tagDictionary } from "./perceptron.js";

const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

/** A first name must open a person's name in this many training documents to be listed. */
const FIRST_NAME_DOCUMENTS = 2;

/** The documents in which each word opens a person's name of two words or more. */
function firstNameDocuments(docs: TaggedDocument[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  docs.forEach((doc, d) => {
    doc.tags.forEach((tags, s) => {
      tags.forEach((tag, i) => {
        if (tag !== "B-PER" || tags[i + 1] !== "I-PER") return;
        const w = doc.sentences[s][i].text.toLowerCase();
        if (!/^\p{L}{2,}$/u.test(w)) return;
        let set = out.get(w);
        if (!set) {
          set = new Set();
          out.set(w, set);
        }
        set.add(d);
      });
    });
  });
  return out;
}

/**
 * The list each training document sees: first names from the other documents only, so that the weight the
 * list earns is what it is worth on text the list was not made from (a name from this document alone would
 * make the feature look surer than it is).
 */
function heldOutList(counts: Map<string, Set<number>>, d: number): WordList {
  return {
    has: (w) => {
      const s = counts.get(w);
      return s !== undefined && s.size - (s.has(d) ? 1 : 0) >= FIRST_NAME_DOCUMENTS;
    },
  };
}

function sequences(
  docs: TaggedDocument[],
  trainer: Trainer,
  grow: boolean,
  lists: (d: number) => WordList,
): Sequence[] {
  const out: Sequence[] = [];
  for (const [d, doc] of docs.entries()) {
    const firstNames = lists(d);
    sentenceFeatures(doc.sentences).forEach((sentence, s) => {
      out.push({
        rows: sentence.words.map((_, i) => trainer.rowsOf(allFeatures(sentence, i, firstNames), grow)),
        gold: doc.tags[s].map((t) => TAGS.indexOf(t)),
        words: sentence.words,
      });
    });
  }
  return out;
}

/** Exact-span F1 over PER, ORG and LOC; predictions overlapping a gold MISC are not counted (as the scorer). */
function spanF1(seqs: Sequence[], predict: (s: Sequence) => number[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const seq of seqs) {
    const key = (x: { from: number; to: number; type: string }) => `${x.from}:${x.to}:${x.type}`;
    const gold = tagRuns(seq.gold.map((t) => TAGS[t]));
    const pred = tagRuns(predict(seq).map((t) => TAGS[t]));
    const misc = gold.filter((g) => g.type === "MISC");
    const goldKeys = new Set(gold.filter((g) => g.type !== "MISC").map(key));
    for (const p of pred) {
      if (p.type === "MISC" || misc.some((m) => p.from < m.to && m.from < p.to)) continue;
      if (goldKeys.delete(key(p))) tp++;
      else fp++;
    }
    fn += goldKeys.size;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "../shared/ner" },
      epochs: { type: "string", default: "10" },
      seed: { type: "string", default: "7" },
      out: { type: "string", default: "data/models/names.bin" },
      prune: { type: "string", default: "1" },
    },
  });
  const epochs = Number(values.epochs);
  const trainer = new Trainer(TAGS);
  const trainDocs = readConll(join(values.data, "train.txt")).map(taggedDocument);
  const counts = firstNameDocuments(trainDocs);
  const firstNames = [...counts]
    .filter(([, s]) => s.size >= FIRST_NAME_DOCUMENTS)
    .map(([w]) => w)
    .sort();
  const train = sequences(trainDocs, trainer, true, (d) => heldOutList(counts, d));
  const fullList = new Set(firstNames);
  const dev = sequences(readConll(join(values.data, "valid.txt")).map(taggedDocument), trainer, false, () => fullList);
  trainer.tagsOf = tagDictionary(TAGS.length, train);
  console.error(`first names: ${firstNames.length}`);
  console.error(`train: ${train.length} sentences, ${trainer.index.size} features; dev: ${dev.length} sentences`);
  trainer.train(train, epochs, Number(values.seed), (e) => {
    const score = spanF1(dev, (s) => trainer.decode(s, true));
    console.error(`pass ${e}: dev P ${score.p.toFixed(3)} R ${score.r.toFixed(3)} F1 ${score.f1.toFixed(4)}`);
  });
  const about = {
    data: "CoNLL-2003 English, training half (eng.train), Tjong Kim Sang & De Meulder 2003; Reuters RCV1",
    passes: epochs,
    seed: Number(values.seed),
  };
  const model = trainer.model(about, { firstNames }, Number(values.prune));
  const file = encodeModel(model);
  writeFileSync(values.out, file);
  console.error(`wrote ${values.out}: ${model.names.length} features, ${(file.length / 1e6).toFixed(2)} MB`);
}

main();
