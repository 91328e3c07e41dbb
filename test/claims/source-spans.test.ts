// Which words a reported attribution's source spans: the phrase before the cue, past what stands between
// them, and the clause's subject where the words before the cue are no noun phrase.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import type { Attribution } from "../../src/report/types.js";
import { analyze } from "../../src/text/document.js";
import { holding } from "./holding.js";

const sourceOf = (text: string, a: Attribution) => (a.source ? text.slice(a.source[0], a.source[1]) : null);

describe("the source phrase before a cue", () => {
  test("is read past a negated auxiliary", () => {
    const text = "Mara Lind didn't want the council to raise the fares again.";
    assert.equal(sourceOf(text, holding(text, "the council to raise")), "Mara Lind");
  });
  test("is read past a floating quantifier", () => {
    const text = "The two mayors both insisted that the bridge must reopen by May.";
    assert.equal(sourceOf(text, holding(text, "the bridge must reopen")), "The two mayors");
  });
  test("is the quantifier where nothing before it could be the subject", () => {
    const text = "The clubs met twice this spring, and both argued that the league was unfair to them.";
    assert.equal(sourceOf(text, holding(text, "the league was unfair")), "both");
  });
  test("never ends on a determiner: a cue word after one is a noun held by the subject", () => {
    const text = "Ilse Marr made no mention of the audit during her long speech to the board.";
    assert.equal(sourceOf(text, holding(text, "the audit")), "Ilse Marr");
  });
});

describe("a predicate read back from a cue", () => {
  test("a verb and its object: the verb's subject speaks", () => {
    const text = "Councillor Ada Brenn issued a statement saying the depot would close in June.";
    assert.equal(sourceOf(text, holding(text, "the depot would close")), "Councillor Ada Brenn");
  });
  test("a verb after an auxiliary: the subject before the auxiliary", () => {
    const text = "Rumours have emerged describing a secret deal between the two firms.";
    assert.equal(sourceOf(text, holding(text, "a secret deal")), "Rumours");
  });
  test("an owned cue word keeps its possessor", () => {
    const text = "The clerk took his own life hoping the farm would stay with his family.";
    assert.notEqual(sourceOf(text, holding(text, "the farm would stay")), "The clerk");
  });
});

describe("the subject past an opening phrase", () => {
  test("an opening participle phrase", () => {
    const text = "Speaking at a town hall, Rosa Quill praised the nurses, calling them the town's backbone.";
    assert.equal(holding(text, "them the town's backbone").sourceName, "Rosa Quill");
  });
  test("the place and date the opening phrase goes on with", () => {
    const text =
      "At a diner in Dover, Delaware, on Sunday, Rosa Quill thanked the cooks, saying they had fed her campaign.";
    assert.equal(holding(text, "they had fed her campaign").sourceName, "Rosa Quill");
  });
  test("a participle phrase ending on a place, between commas", () => {
    const text = "Rosa Quill, speaking at a rally in Dover, Del., warned that the mill would close.";
    assert.equal(sourceOf(text, holding(text, "the mill would close")), "Rosa Quill");
  });
});

describe("a direct quote after a participle", () => {
  test("is the sentence subject's, not the hearer's after the participle", () => {
    const text = "Ada Brenn defended the plan on Monday, telling reporters, “We will not wait for the state to act.”";
    const a = holding(text, "We will not wait");
    assert.equal(sourceOf(text, a), "Ada Brenn");
    assert.equal(a.direct, true);
  });
  test("is the speaker of the cue before it in the sentence", () => {
    const text =
      "“The budget is fair,” Ada Brenn said. Her deputy stayed silent as Tom Lusk said, adding, “It is also late.”";
    assert.equal(sourceOf(text, holding(text, "It is also late")), "Tom Lusk");
  });
});

describe("the subject past what interrupts it", () => {
  test("a relative clause between dashes holds no main verb", () => {
    const text = "The mayor — who has been in office since 2009 — said the tram would run by spring.";
    assert.equal(holding(text, "the tram would run").sourceName, "The mayor");
  });
  test("a phrase of time between the source and its cue", () => {
    const text = "Ada Brenn has in the past argued that the depot was too costly.";
    assert.equal(sourceOf(text, holding(text, "the depot was too costly")), "Ada Brenn");
  });
  test("a verb whose object a quantifier opens", () => {
    const text = "The senator spent much of his speech attacking the new tariffs on steel.";
    assert.equal(sourceOf(text, holding(text, "the new tariffs")), "The senator");
  });
});

describe("what a cue of judgement takes", () => {
  test("ends before a second verb of the same subject", () => {
    const text = "Councillor Ada Brenn blasted the tram plan and defended the bus cuts in a radio interview.";
    const a = holding(text, "the tram plan");
    assert.equal(text.slice(a.content[0], a.content[1]), "the tram plan");
  });
  test("keeps a coordinated object", () => {
    const text = "Councillor Ada Brenn praised the nurses and the porters for their work in the storm.";
    const a = holding(text, "the nurses");
    assert.equal(text.slice(a.content[0], a.content[1]), "the nurses and the porters for their work in the storm");
  });
});

describe("the sentence's subject", () => {
  test("past an opening conjunction", () => {
    const text = "But the growers are convinced that the frost will spare the orchards.";
    assert.equal(sourceOf(text, holding(text, "the frost will spare")), "the growers");
  });
  test("before a verb in the past whose form tells nothing", () => {
    const text = "Ada Brenn came to the mill town of Dover on Friday and recounted how the strike had ended.";
    assert.equal(holding(text, "how the strike had ended").sourceName, "Ada Brenn");
  });
  test("not a phrase after a preposition of time", () => {
    const text = "Ada Brenn, in an interview on Friday, barely touched on the vote, saying the count was fair.";
    assert.equal(holding(text, "the count was fair").sourceName, "Ada Brenn");
  });
  test("a quantifier after a bracket floats", () => {
    const text = "Tom Lusk and Ada Brenn (D-Del.) both condemned the closure of the clinic.";
    assert.notEqual(sourceOf(text, holding(text, "the closure of the clinic")), "both");
  });
});

describe("a quote opening a paragraph after a colon", () => {
  test("is spoken by the speaker the colon's paragraph names", () => {
    const text =
      "The storm closed the harbour for a week.\n\nAda Brenn, the harbour master, then added:\n\n“We will rebuild the pier before the summer comes.”";
    const a = holding(text, "We will rebuild the pier");
    assert.equal(a.direct, true);
    assert.equal(a.sourceName, "Ada Brenn");
  });
});

describe("a wire dateline", () => {
  test("is no part of the sentence's subject", () => {
    const text = "DOVER, Del. (Wire) - Ada Brenn visits the flooded streets today, saying the state would pay.";
    assert.equal(holding(text, "the state would pay").sourceName, "Ada Brenn");
  });
});

describe("more subjects read back from a cue", () => {
  test("past a verb of phase before an -ing cue", () => {
    const text = "The mayor began dismissing the idea that the tram was too costly.";
    assert.equal(sourceOf(text, holding(text, "the idea that the tram")), "The mayor");
  });
  test("the relative pronoun of an organisation", () => {
    const text = "The ruling was welcomed by the Dover Growers League, which argued that the levy was unlawful.";
    const a = holding(text, "the levy was unlawful");
    assert.equal(sourceOf(text, a), "which");
    assert.ok(a.sourceName?.includes("Dover Growers League"), String(a.sourceName));
  });
});

describe("a speaker after a quote", () => {
  test("past a state's abbreviation, whose period ends no sentence", () => {
    const text = "“We will not wait for anyone to fix the dam,” Senate leader Tom Lusk, R-Del., said on Monday.";
    const a = holding(text, "We will not wait");
    assert.equal(a.direct, true);
    assert.equal(a.sourceName, "Tom Lusk");
  });
  test("past a long apposition", () => {
    const text =
      "“We will not wait for anyone,” Tom Lusk, the former Dover mayor and a candidate for governor, told reporters.";
    assert.equal(holding(text, "We will not wait").sourceName, "Tom Lusk");
  });
});

describe("an apposition holding a possessive", () => {
  test("is stepped over to the name before it", () => {
    const text = "“We raised more than our goal,” Tom Lusk, the Hollands’ campaign manager, said in a statement.";
    assert.equal(holding(text, "We raised more").sourceName, "Tom Lusk");
  });
});

describe("a source after a cue", () => {
  test("never opens with a preposition", () => {
    const text = "The budget will be cut by a tenth, said in a statement the office of the mayor.";
    const c = extractClaims(analyze(text));
    assert.ok(c.attributions.every((a) => !a.source || !text.slice(a.source[0], a.source[1]).startsWith("in ")));
  });
});

describe("a participle's speaker", () => {
  test("is not the speaker of a clause inside what is said", () => {
    const text = "Ada Brenn said he saw no reason to wait, telling reporters that the vote would go ahead.";
    assert.equal(sourceOf(text, holding(text, "the vote would go ahead")), "Ada Brenn");
  });
});

describe("a stance word owned by a pronoun", () => {
  test("after a verb is held by that verb's subject", () => {
    const text = "The senator has toned down his criticism of the new tariffs on steel.";
    assert.equal(sourceOf(text, holding(text, "the new tariffs")), "The senator");
  });
  test("after a preposition is held by its possessor", () => {
    const text = "The answer was contained in his criticism of the new tariffs on steel.";
    assert.equal(sourceOf(text, holding(text, "the new tariffs")), "his");
  });
});

describe("according to a document", () => {
  test("the source goes on to the document's author", () => {
    const text = "Turnout fell by a tenth, according to an analysis by the Dover Civic Trust.";
    assert.ok(sourceOf(text, holding(text, "Turnout fell"))?.endsWith("Dover Civic Trust"));
  });
});

describe("an opening phrase of time", () => {
  test("is no subject", () => {
    const text = "Hours later, Ada Brenn reversed herself again, telling the council that the depot would stay.";
    assert.equal(holding(text, "the depot would stay").sourceName, "Ada Brenn");
  });
});

describe("a participle after the object of a preposition", () => {
  test("is spoken by the sentence's subject", () => {
    const text = "Councillor Ada Brenn is making a pitch to Dover voters saying the levy would fund the clinic.";
    assert.equal(sourceOf(text, holding(text, "the levy would fund")), "Councillor Ada Brenn");
  });
  test('but after "with" by that object', () => {
    const text = "Gloom was deep in Dover, with half of the voters saying the town was in decline.";
    assert.equal(sourceOf(text, holding(text, "the town was in decline")), "half of the voters");
  });
});

describe("a second verb inside a relative clause", () => {
  test("has the relative pronoun for its subject", () => {
    const text =
      "“It was fair,” said Ada Brenn, a lawyer who worked with the board for years and called the vote honest.";
    assert.equal(sourceOf(text, holding(text, "the vote honest")), "who");
  });
  test("but not a question's pronoun after a preposition", () => {
    const text = "The clerk refused questions on who would win but said the count would end by noon.";
    assert.equal(sourceOf(text, holding(text, "the count would end")), "The clerk");
  });
});
