// Focused checks of the reported-speech rule families added for PolNeAR recall: clause ends, participle and
// second-verb cues, bracketed party tags, goal and stance verbs, colon leads and expectations.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import type { Attribution } from "../../src/report/types.js";
import { analyze } from "../../src/text/document.js";
import { holding } from "./holding.js";

const said = (text: string, a: Attribution) => text.slice(a.content[0], a.content[1]);

describe("what is said stops at the writer's own clause", () => {
  test("a comma and but", () => {
    const text = "Mara Lind said the plan would fail, but the board approved it anyway.";
    assert.equal(said(text, holding(text, "the plan would fail")), "the plan would fail");
  });
  test("a second verb of the same speaker", () => {
    const text = "Mara Lind said the plan would fail and added that nobody had read it.";
    const a = holding(text, "the plan would fail");
    assert.equal(said(text, a), "the plan would fail");
  });
  test("a quoted comma does not end it", () => {
    const text = 'Mara Lind said the plan was "late, but fine" for the town.';
    assert.ok(said(text, holding(text, "the plan was")).endsWith("for the town"));
  });
});

describe("cues whose speaker is the sentence's subject", () => {
  test("a participle after a comma", () => {
    const text = "Jonas Pell defended the budget on Monday, saying the cuts were needed to keep the clinics open.";
    const a = holding(text, "the cuts were needed");
    assert.equal(said(text, a), "the cuts were needed to keep the clinics open");
    assert.equal(a.sourceName, "Jonas Pell");
  });
  test("a participle after an opening phrase", () => {
    const text = "After the vote, Jonas Pell left the hall, arguing that the count had been rushed.";
    const a = holding(text, "the count had been rushed");
    assert.equal(a.sourceName, "Jonas Pell");
  });
  test("a participle after a direct quote takes the quote's speaker", () => {
    const text = '"We had no choice," said Jonas Pell, adding that the clinics would stay open.';
    const a = holding(text, "the clinics would stay open");
    assert.equal(a.sourceName, "Jonas Pell");
    assert.equal(a.direct, false);
  });
  test("a second verb after and", () => {
    const text = "Ilse Marr toured the plant and said the line would reopen in May.";
    const a = holding(text, "the line would reopen");
    assert.equal(a.sourceName, "Ilse Marr");
  });
  test("a speech verb with no phrase before it", () => {
    const text = "Tomas Brandt — a teacher from Dover — says he voted early this year.";
    const a = holding(text, "he voted early");
    assert.ok(a.sourceName?.includes("Tomas Brandt"), String(a.sourceName));
  });
});

describe("sources and cues", () => {
  test("a bracketed party tag between name and cue", () => {
    const text = "Sen. Ruth Alder (D-Ore.) said the vote would be close.";
    assert.equal(holding(text, "the vote would be close").sourceName, "Ruth Alder");
  });
  test("goal and stance verbs", () => {
    const t1 = "The council sought to delay the vote until the autumn session.";
    assert.ok(said(t1, holding(t1, "to delay the vote")).startsWith("to delay"));
    const t2 = "Ilse Marr questioned whether the new line could be staffed.";
    assert.equal(holding(t2, "whether the new line").sourceName, "Ilse Marr");
  });
  test("a many-word cue: called for", () => {
    const text = "Ilse Marr called for an inquiry into the contract awards.";
    assert.ok(said(text, holding(text, "an inquiry into")).startsWith("an inquiry"));
  });
});

describe("colon leads and expectations", () => {
  test("a headline with the speaker's name and a colon", () => {
    const text = "Ruth Alder: Budget Vote Will Be Close\n\nThe senator spoke to reporters on Monday.";
    const a = holding(text, "Budget Vote Will Be Close");
    assert.equal(a.sourceName, "Ruth Alder");
  });
  test("a transcript line", () => {
    const text = "HOST: Will it pass?\n\nALDER: I think it will pass by a few votes in the end.";
    assert.equal(said(text, holding(text, "I think it will pass")), "I think it will pass by a few votes in the end");
  });
  test("labels, times and short leads are no speakers", () => {
    const text = "Note: Figures for the last quarter are provisional.\n\nThe meeting starts at 10:30 a.m. on Friday.";
    assert.equal(extractClaims(analyze(text)).attributions.length, 0);
  });
  test("an expectation with nobody named", () => {
    const text = "The bridge is expected to reopen next spring, officials at the port confirmed later.";
    const a = extractClaims(analyze(text)).attributions.find((x) => x.cue && text.slice(...x.cue) === "is expected");
    assert.ok(a);
    assert.equal(a.source, null);
    assert.ok(said(text, a).startsWith("The bridge is expected to reopen next spring"));
  });
});

describe("a speaker described between commas", () => {
  test("a relative clause between the name and the cue", () => {
    const text =
      "Dora Venn, who ran the county office for a decade before she moved to the state board, said the ballots were counted twice.";
    const a = holding(text, "the ballots were counted twice");
    assert.equal(said(text, a), "the ballots were counted twice");
    assert.equal(a.sourceName, "Dora Venn");
  });
  test("an age and an apposition", () => {
    const text = "Pim Okafor, 34, a nurse from Dayton, said she would vote for the levy.";
    const a = holding(text, "she would vote for the levy");
    assert.equal(a.sourceName, "Pim Okafor");
  });
  test("a participle phrase is not what is said after the cue", () => {
    const text = "Lars Emde, citing the new budget figures, said the school would close in June.";
    assert.equal(said(text, holding(text, "the school would close")), "the school would close in June");
    assert.equal(said(text, holding(text, "the new budget figures")), "the new budget figures");
  });
  test("a clause of the writer's between commas is no apposition", () => {
    const text = "The mill is still running, but it is losing money every month, said the owner, Ada Brook.";
    const a = holding(text, "The mill is still running");
    assert.equal(a.sourceName, "Ada Brook");
  });
  test("a phrase after the cue that opens a clause is no speaker", () => {
    const text = "Ilse Marr, who chairs the panel, said local farmers are worried about the drought.";
    const a = holding(text, "local farmers are worried");
    assert.equal(a.sourceName, "Ilse Marr");
  });
});

describe("a source and cue that close or interrupt the sentence", () => {
  test("adjuncts after the cue, then the writer's clause", () => {
    const text = "The tariffs are a mistake, Ruth Alder said Tuesday in Lisbon, noting the drop in exports.";
    const a = holding(text, "The tariffs are a mistake");
    assert.equal(said(text, a), "The tariffs are a mistake");
    assert.equal(a.sourceName, "Ruth Alder");
  });
  test("source and cue in the middle of the sentence", () => {
    const text = "The new line, Ruth Alder said on Friday, will not open before the spring.";
    assert.equal(
      said(text, holding(text, "will not open")),
      "The new line, Ruth Alder said on Friday, will not open before the spring",
    );
  });
});

describe("cues that need a preposition", () => {
  test("a verb and its preposition", () => {
    const t1 = "Ilse Marr spoke about the cost of the new bridge.";
    const a = holding(t1, "the cost of the new bridge");
    assert.equal(said(t1, a), "the cost of the new bridge");
    assert.equal(a.sourceName, "Ilse Marr");
    const t2 = "Senator Hal Ames voted against the harbor bill.";
    assert.equal(said(t2, holding(t2, "the harbor bill")), "the harbor bill");
  });
  test("a noun with a possessor", () => {
    const text = "The mayor read Ruth Alder’s criticism of the tram contract.";
    const a = extractClaims(analyze(text)).attributions.find((x) => x.cue && text.slice(...x.cue) === "criticism of");
    assert.ok(a);
    assert.equal(said(text, a), "the tram contract");
    assert.ok(a.sourceName?.includes("Ruth Alder"), String(a.sourceName));
  });
  test("an adjective of stance", () => {
    const text = "Ilse Marr is skeptical of the rail plan.";
    assert.equal(holding(text, "the rail plan").sourceName, "Ilse Marr");
  });
  test("a cue verb with the preposition it takes", () => {
    const text = "Ilse Marr warned of higher fares next year.";
    assert.equal(said(text, holding(text, "higher fares")), "higher fares next year");
  });
  test("a word without its preposition is no cue", () => {
    const text = "Ilse Marr spoke on Tuesday at the harbor.";
    assert.equal(extractClaims(analyze(text)).attributions.length, 0);
  });
});

describe("verbs of saying in all their forms", () => {
  test("an inflection the first list lacked", () => {
    const text = "Ilse Marr reiterates that the plant will stay open.";
    assert.equal(holding(text, "the plant will stay open").sourceName, "Ilse Marr");
  });
  test("a cue verb followed by only where and when is no attribution of what follows", () => {
    const text = "The plan is sound, Ilse Marr said in an interview after the vote.";
    const c = extractClaims(analyze(text));
    assert.ok(!c.attributions.some((a) => text.slice(...a.content).startsWith("after the vote")));
    assert.equal(said(text, holding(text, "The plan is sound")), "The plan is sound");
  });
});

describe("attributions inside what someone else says", () => {
  test("a quoted phrase inside reported speech is part of it", () => {
    const text = "Ilse Marr said the council would “fight for every job” in the valley.";
    const c = extractClaims(analyze(text));
    assert.equal(c.attributions.length, 1);
    assert.equal(said(text, c.attributions[0]), "the council would “fight for every job” in the valley");
  });
  test("a stance word inside reported speech is no attribution of its own", () => {
    const text = "Ilse Marr said their criticism of the levy was fading.";
    const c = extractClaims(analyze(text));
    assert.equal(c.attributions.length, 1);
    assert.equal(c.attributions[0].sourceName, "Ilse Marr");
  });
  test("a verb of saying inside reported speech stays an attribution", () => {
    const text = "Ilse Marr said the mayor told her the plant would close.";
    const c = extractClaims(analyze(text));
    assert.ok(c.attributions.some((a) => a.cue && text.slice(...a.cue) === "told"));
  });
  test("an interrupting source with an including-phrase after it", () => {
    const text = "The files covered many topics, Ilse Marr said, including the harbor budget.";
    assert.equal(
      said(text, holding(text, "The files covered")),
      "The files covered many topics, Ilse Marr said, including the harbor budget",
    );
  });
});

describe("a quote that opens partway into its sentence", () => {
  test("the words before the quote belong to what is said", () => {
    const text = "Raising the fares “would be a disaster for the valley,” Ilse Marr said.";
    const a = holding(text, "would be a disaster");
    assert.ok(said(text, a).startsWith("Raising the fares"), said(text, a));
    assert.equal(a.sourceName, "Ilse Marr");
  });
  test("a quote after its cue keeps its own span", () => {
    const text = "Ilse Marr said on Monday: “The fares will not rise this year.”";
    const a = holding(text, "The fares will not rise");
    assert.equal(said(text, a), "The fares will not rise this year.");
  });
});

describe("cue nouns with a that-clause", () => {
  test("a report that", () => {
    const text = "The agency released a report that the river had flooded twice since May.";
    const a = extractClaims(analyze(text)).attributions.find((x) => x.cue && text.slice(...x.cue) === "report");
    assert.ok(a);
    assert.equal(said(text, a), "that the river had flooded twice since May");
  });
});

describe("quote runs whose second quote inherits its speaker", () => {
  test('"…," X said, referring to …. "…" is one run', () => {
    const text =
      'The mayor defended the budget. "The parks come first," Ada Brill said, referring to the new playgrounds. "Everything else can wait."';
    const a = holding(text, "The parks come first");
    assert.ok(said(text, a).includes("Everything else can wait"), said(text, a));
    assert.equal(a.sourceName, "Ada Brill");
  });
  test("another speaker's quote stays apart", () => {
    const text = '"The parks come first," Ada Brill said. "Everything else can wait," Tomas Reed replied.';
    const a = holding(text, "The parks come first");
    assert.ok(!said(text, a).includes("Everything else"), said(text, a));
  });
});

describe("a stance word inside reported speech is no rival attribution", () => {
  const text =
    "Ada Brill said that most voters across the county who had once cheered the mayor now oppose the stadium.";
  test("the short stance attribution inside goes", () => {
    const c = extractClaims(analyze(text));
    assert.equal(c.attributions.length, 1, JSON.stringify(c.attributions));
    assert.equal(c.attributions[0].sourceName, "Ada Brill");
  });
  test("a verb of saying inside stays", () => {
    const t = "Ada Brill said that most voters across the county who had once cheered the mayor now say it is a waste.";
    assert.equal(extractClaims(analyze(t)).attributions.length, 2);
  });
  test("a stance word in a sentence of its own stays", () => {
    const t = "Ada Brill opposes the stadium, and her rivals said the plan was sound.";
    assert.ok(said(t, holding(t, "the stadium")) === "the stadium");
  });
});

describe("a short quotation a noun phrase or preposition opens is a title", () => {
  test("a show's name before the speaker is no quote; the reported speech after it is kept", () => {
    const text = "Appearing on Channel Nine’s “Morning Table,” Rep. Ada Lind said the harbor plan was far too costly.";
    const a = holding(text, "the harbor plan");
    assert.equal(said(text, a), "the harbor plan was far too costly");
    assert.equal(a.direct, false);
    assert.equal(a.sourceName, "Ada Lind");
    assert.ok(!extractClaims(analyze(text)).attributions.some((x) => said(text, x).includes("Morning Table")));
  });
  test("with a cue before it, such a quotation stays what is said", () => {
    const text = "The minister warned of a “harbor disaster.”";
    assert.ok(extractClaims(analyze(text)).attributions.some((x) => said(text, x).includes("harbor disaster")));
  });
});

describe("a quote after the clause naming the last quote's speaker", () => {
  test("keeps that speaker, not one in a relative clause about them", () => {
    const text =
      "The sale drew fire. “There is a greater goal here,” said Ada Lind, who sent a letter to Mr. Castro criticizing the sale. “The homes are worth more.”";
    const a = holding(text, "The homes are worth more");
    assert.equal(a.sourceName, "Ada Lind");
    assert.ok(said(text, a).includes("There is a greater goal here"), said(text, a));
  });
  test("a reported speaker in a sentence of their own still passes on", () => {
    const text =
      "“The sale is fine,” said Ada Lind. Mr. Castro said that the homes were worth more. “It is a scandal.”";
    assert.equal(holding(text, "It is a scandal").sourceName, "Castro");
  });
});

describe("a short quote right after a quote's attribution", () => {
  test("runs on with that quote", () => {
    const text = "Ada Lind defended the suits. “They sue,” she said. “Everybody sues.”";
    const a = holding(text, "They sue");
    assert.ok(said(text, a).includes("Everybody sues"), said(text, a));
  });
  test("a short quotation further on is still a scare quote", () => {
    const text =
      "“They sue,” Ada Lind said. The firm then filed what its lawyers called a routine motion about “fair play.”";
    assert.ok(!extractClaims(analyze(text)).attributions.some((x) => x.direct && said(text, x).includes("fair play")));
  });
});

describe("a colon lead names a speaker only in capitalised words", () => {
  test("a name and a title", () => {
    const text = "Former Mayor Ada Lind of Dover: The harbor plan is a scandal and must be stopped.";
    const a = holding(text, "The harbor plan is a scandal");
    assert.equal(a.source && text.slice(...a.source), "Former Mayor Ada Lind of Dover");
  });
  test("a clause before a colon is the writer's", () => {
    const text = "Here is a devilish hunch: the harbor plan will pass before the spring.";
    assert.equal(extractClaims(analyze(text)).attributions.length, 0);
  });
});
