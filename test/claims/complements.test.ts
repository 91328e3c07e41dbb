// Focused checks of the rule families for stance nouns and adjectives, polls, shares of those polled, "that"
// kept in what is said, and entity names free of spinner debris and site furniture.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { analyze } from "../../src/text/document.js";
import { holding } from "./holding.js";

const slice = (text: string, s: [number, number] | null) => (s ? text.slice(s[0], s[1]) : null);

describe("stance nouns and adjectives with a complement", () => {
  test("a possessor's claim that", () => {
    const text = "Voters shrugged at Ilse Marr's claim that the harbour tax would pay for itself.";
    const a = holding(text, "the harbour tax would pay");
    assert.equal(slice(text, a.cue), "claim");
    assert.equal(slice(text, a.content), "that the harbour tax would pay for itself");
    assert.equal(a.sourceName, "Ilse Marr");
  });
  test("his plan to", () => {
    const text = "The mayor defended his plan to close two depots before the winter.";
    const a = extractClaims(analyze(text)).attributions.find((x) => slice(text, x.cue) === "plan");
    assert.ok(a);
    assert.equal(slice(text, a.content), "to close two depots before the winter");
  });
  test("made clear that", () => {
    const text = "Jonas Pell made clear that the clinic would not move.";
    const a = holding(text, "the clinic would not move");
    assert.equal(slice(text, a.cue), "clear");
    assert.equal(a.sourceName, "Jonas Pell");
  });
  test("is eager to", () => {
    const text = "Ruth Alder is eager to put the budget behind her.";
    assert.equal(holding(text, "to put the budget").sourceName, "Ruth Alder");
  });
  test("likelihood adjectives and action nouns take no complement", () => {
    const text = "The bill is sure to pass after an effort to delay it failed.";
    const cues = extractClaims(analyze(text)).attributions.map((a) => slice(text, a.cue));
    assert.ok(!cues.includes("sure") && !cues.includes("effort"), JSON.stringify(cues));
  });
});

describe("polls and shares of those polled", () => {
  test("a poll phrase closing the clause", () => {
    const text = "Ilse Marr leads the mayor by nine points in the latest Harbour Courier poll.";
    const a = holding(text, "Ilse Marr leads the mayor");
    assert.equal(slice(text, a.cue), "in");
    assert.equal(slice(text, a.source), "the latest Harbour Courier poll");
    assert.equal(slice(text, a.content), "Ilse Marr leads the mayor by nine points");
  });
  test("a poll phrase opening the sentence", () => {
    const text = "In a survey released Monday, most residents backed the new ferry line.";
    const a = holding(text, "most residents backed");
    assert.equal(slice(text, a.source), "a survey");
  });
  test("going to the polls is no poll", () => {
    const text = "Voters in three towns going to the polls on Tuesday face long queues.";
    assert.equal(extractClaims(analyze(text)).attributions.length, 0);
  });
  test("six in 10 say", () => {
    const text = "About six in 10 say the ferry should run at night.";
    const a = holding(text, "the ferry should run");
    assert.equal(slice(text, a.source), "About six in 10");
  });
  test("a percentage that said so", () => {
    const text = "Asked about the ferry, 55 percent said yes.";
    assert.equal(slice(text, holding(text, "yes").source), "55 percent");
  });
});

test("what is said keeps its 'that'", () => {
  const text = "Mara Lind said that the plan would fail.";
  assert.equal(slice(text, holding(text, "the plan would fail").content), "that the plan would fail");
});

describe("entity names in spun and scraped text", () => {
  const text =
    "Latest Updates\n\nShares slid in New York Said dealers on Friday. The NYSE closed lower. Most major brokerage houses in New York said the slide would go on. Marta Kiel of The Harbour Times said trading was thin.";
  const claims = extractClaims(analyze(text));
  const names = claims.entities.map((e) => e.name);
  test("a capitalised verb glued after a name is not part of it", () => {
    assert.ok(!names.some((n) => /\bSaid\b/.test(n)), JSON.stringify(names));
    assert.ok(names.includes("New York"), JSON.stringify(names));
  });
  test("a capitalised article that opens the sentence is not part of a name", () => {
    assert.ok(!names.includes("The NYSE"), JSON.stringify(names));
    assert.ok(names.includes("NYSE"), JSON.stringify(names));
  });
  test("site furniture is no name", () => {
    assert.ok(!names.includes("Latest Updates"), JSON.stringify(names));
  });
  test("a place inside a speaker phrase is not the speaker", () => {
    const a = holding(text, "the slide would go on");
    assert.notEqual(a.sourceName, "New York");
    assert.equal(holding(text, "trading was thin").sourceName, "Marta Kiel");
  });
});

describe("asked about, whether, if", () => {
  test("a sentence-initial question with no asker", () => {
    const text = "Asked about the harbour tax, Ilse Marr said she had not read the bill.";
    const a = extractClaims(analyze(text)).attributions.find((x) => slice(text, x.cue) === "Asked");
    assert.ok(a);
    assert.equal(slice(text, a.content), "the harbour tax");
    assert.equal(a.source, null);
  });
  test("an asker before the cue", () => {
    const text = "Jonas Pell asked whether the clinic would move before the winter.";
    const a = holding(text, "the clinic would move");
    assert.equal(slice(text, a.cue), "asked");
    assert.equal(slice(text, a.content), "whether the clinic would move before the winter");
    assert.equal(a.sourceName, "Jonas Pell");
  });
});
