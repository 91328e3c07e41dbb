import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editorialKey } from "../../src/align/editorial-keys.js";
import { alignStory, nameContainment, tripleContainment, unitWordContainment } from "../../src/align/story.js";
import { kinshipOf, kinshipProbe, storySide } from "../../src/align/story-side.js";
import {
  DEFAULT_FINGERPRINT,
  DENSE_QUERY_WORDS,
  fingerprint,
  indexFingerprintText,
  nameKeys,
  queryFingerprint,
  shingles,
} from "../../src/fingerprint/shingles.js";
import { analyze } from "../../src/text/document.js";
import { tokenize, wordNorms } from "../../src/text/tokens.js";

// Written for this test.
const WIRE = [
  "A harbour crane collapsed onto a cargo ship in Falmouth today, injuring two dock workers.",
  "The 40-metre crane buckled in high winds shortly after 9am, the port authority said.",
  "Both men were taken to hospital in Truro with leg injuries.",
  'Harbour master Peter Lusk said: "We are checking every crane in the port before work resumes."',
  "The ship, the Nordic Tern, was carrying timber from Riga.",
].join(" ");

describe("editorial keys", () => {
  it("fold tense and the day of reporting, so a re-tensed sentence matches its source", () => {
    assert.equal(editorialKey("yesterday"), editorialKey("today"));
    assert.equal(editorialKey("said"), editorialKey("says"));
    assert.equal(editorialKey("was"), editorialKey("is"));
    assert.equal(editorialKey("told"), editorialKey("tells"));
    assert.notEqual(editorialKey("crane"), editorialKey("ship"));
  });
});

describe("alignStory", () => {
  it("matches each sentence of a re-ordered, re-tensed rewrite to its own source sentence", () => {
    const rewrite =
      "Two dock workers were hurt when a harbour crane collapsed onto a cargo ship in Falmouth yesterday. " +
      "The ship, the Nordic Tern, had been carrying timber from Riga. " +
      "The 40-metre crane buckled in high winds shortly after 9am, the port authority said.";
    const story = alignStory(storySide(analyze(rewrite)), [storySide(analyze(WIRE))]);
    assert.equal(story.units.length, 3);
    const source = analyze(WIRE);
    const matched = story.units.map((u) => source.text.slice(u.sourceSpan[0], u.sourceSpan[1]));
    assert.match(matched[0], /^A harbour crane collapsed/);
    assert.match(matched[1], /^The ship, the Nordic Tern/);
    assert.match(matched[2], /^The 40-metre crane buckled/);
    assert.equal(story.units[2].evidence.words, 1, "a verbatim sentence holds all its words");
    assert.ok(story.units[0].evidence.words > 0.6 && story.units[0].evidence.words < 1);
    assert.ok(story.sources[0].inStory);
    assert.ok(story.longestProseRun >= 12);
  });

  it("tells prose reuse from a shared quote: prose containment stays low when only the quote is shared", () => {
    const own =
      "Nobody in Falmouth had seen anything like it. " +
      'Harbour master Peter Lusk said: "We are checking every crane in the port before work resumes." ' +
      "Fishermen watched from the quay as firefighters cut through the twisted steel.";
    const story = alignStory(storySide(analyze(own)), [storySide(analyze(WIRE))]);
    const quote = story.units[1].evidence;
    assert.ok(quote.quoted > 0.5, "the quote unit is mostly quoted");
    assert.ok(quote.words > 0.8, "and matches its source closely");
    assert.ok(story.bestProseTrigrams < story.bestTrigrams / 2, "but little of the prose is shared");
  });

  it("says when a sentence keeps its words but not its numbers", () => {
    const next = "The 55-metre crane buckled in high winds shortly after 7am, the port authority said.";
    const story = alignStory(storySide(analyze(next)), [storySide(analyze(WIRE))]);
    assert.equal(story.units[0].evidence.numbers, 2);
    assert.equal(story.units[0].evidence.numbersMissing, 1);
  });

  it("measures a candidate's triples and names against the article", () => {
    const a = storySide(analyze("Peter Lusk of Falmouth said the Nordic Tern would sail on Friday."));
    const wire = storySide(analyze(WIRE));
    const other = storySide(analyze("Shares in Halvern Foods fell after the bakery chain cut its forecast."));
    assert.ok(nameContainment(a, wire) > 0.6);
    assert.equal(nameContainment(a, other), 0);
    assert.equal(tripleContainment(a, other), 0);
    assert.equal(unitWordContainment(a, 0, a), 1);
  });

  it("gives, from a candidate's words alone, the shares its side gives", () => {
    const a = storySide(analyze(`Peter Lusk said the Nordic Tern would sail today. ${WIRE.slice(0, 120)}`));
    const probe = kinshipProbe(a);
    for (const text of [WIRE, "Shares in Halvern Foods fell after the bakery chain cut its forecast.", "", "Lusk."]) {
      const doc = analyze(text);
      const side = storySide(doc);
      assert.deepEqual(kinshipOf(probe, wordNorms(text)), {
        trigrams: tripleContainment(a, side),
        names: nameContainment(a, side),
      });
    }
    assert.ok(kinshipOf(probe, wordNorms(WIRE)).trigrams > 0.3, "the wire holds the article's copied words");
  });
});

describe("name keys", () => {
  it("pair adjacent capitalised words, so that reports naming the same people meet whatever their wording", () => {
    const a = "Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.";
    const b = "Attention turned on Friday to Tara Reid, who entered the Promises Treatment Center in Malibu.";
    const keys = (t: string) => nameKeys(tokenize(t), t, 100, 12);
    const shared = keys(a).filter((k) => keys(b).includes(k));
    assert.equal(shared.length, 3, "tara reid, promises treatment, treatment center");
    assert.equal(keys("The council met on Monday. Nobody came.").length, 0, "no pair, no key");
    assert.equal(keys("Reid. Tara").length, 0, "punctuation parts them");
    assert.ok(keys(a).every((k) => Number.isSafeInteger(k) && k >= 0 && k < 2 ** 47));
  });

  it("are indexed from a document's lead, at most `names` of them", () => {
    const index = new Set(indexFingerprintText(WIRE));
    for (const k of nameKeys(tokenize(WIRE), WIRE, 100, 12)) assert.ok(index.has(k));
    // The same keys whether the text is read by the fast ASCII scanner or, with a curly quote, by the tokenizer.
    const curly = `${WIRE} “Fine,” said Peter Lusk.`;
    const fromTokens = nameKeys(tokenize(curly), curly, 100, 12);
    assert.deepEqual(
      fromTokens.filter((k) => indexFingerprintText(curly).includes(k)),
      fromTokens,
    );
    assert.deepEqual(fromTokens, nameKeys(tokenize(WIRE), WIRE, 100, 12), "Peter Lusk was named already");
    const many = Array.from({ length: 30 }, (_, i) => `Anna Name${String.fromCharCode(65 + i)} spoke.`).join(" ");
    const all = nameKeys(tokenize(many), many, 1000, 1000).length;
    const kept = indexFingerprintText(many).filter((h) => nameKeys(tokenize(many), many, 1000, 1000).includes(h));
    assert.ok(all > 12 && kept.length === 12);
  });
});

describe("the lead in the index", () => {
  const tokens = tokenize(WIRE);
  it("keeps every 3-gram of a document's first words beside the sample", () => {
    const index = new Set(indexFingerprintText(WIRE));
    const lead = shingles(tokens, { ...DEFAULT_FINGERPRINT, sampling: 1 }, (DEFAULT_FINGERPRINT.lede ?? 0) + 2);
    assert.ok(lead.length > 20);
    for (const s of lead) assert.ok(index.has(s.hash));
    for (const h of fingerprint(tokens)) assert.ok(index.has(h), "and the sample");
  });

  it("lets a short query look up all of its 3-grams, a long one its sample beyond its first words", () => {
    const short = tokenize("A harbour crane collapsed onto a cargo ship in Falmouth yesterday.");
    assert.equal(queryFingerprint(short, DEFAULT_FINGERPRINT, false).length, fingerprint(short).length);
    assert.equal(queryFingerprint(short, DEFAULT_FINGERPRINT, true).length, 9, "all nine 3-grams");
    const long = tokenize(Array.from({ length: 40 }, (_, i) => `Sentence number ${i} of a long text here.`).join(" "));
    const dense = queryFingerprint(long, DEFAULT_FINGERPRINT, true);
    assert.ok(dense.length > fingerprint(long).length);
    assert.ok(dense.length < shingles(long, { ...DEFAULT_FINGERPRINT, sampling: 1 }).length);
    assert.ok(DENSE_QUERY_WORDS < 320);
  });

  it("is absent from corpora made without it", () => {
    const old = { n: 3, sampling: 8, bits: 47, cap: 160 };
    assert.deepEqual(indexFingerprintText(WIRE, old), fingerprint(tokens, old));
    assert.deepEqual(queryFingerprint(tokens, old, true), fingerprint(tokens, old));
  });
});
