// Focused checks of the claims stage: quote styles, speakers, sources, numbers and dates.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { numberValue, parseNumbers } from "../../src/claims/numbers.js";
import { sourcingSummary } from "../../src/report/sourcing.js";
import { spinScore } from "../../src/spin/score.js";
import { analyze } from "../../src/text/document.js";
import { holding } from "./holding.js";

function claims(text: string, published?: string) {
  return extractClaims(analyze(text), { published });
}

describe("quote styles", () => {
  const cases: [string, string][] = [
    ["straight", `"We will rebuild the bridge by spring," said Anna Berg.`],
    ["curly", `“We will rebuild the bridge by spring,” said Anna Berg.`],
    ["single", `‘We will rebuild the bridge by spring,’ said Anna Berg.`],
    ["two apostrophes", `''We will rebuild the bridge by spring,'' said Anna Berg.`],
    ["speaker first", `Anna Berg said: "We will rebuild the bridge by spring."`],
  ];
  for (const [name, text] of cases)
    test(name, () => {
      const a = holding(text, "We will rebuild");
      assert.equal(a.direct, true);
      assert.equal(a.sourceName, "Anna Berg");
      assert.equal(text.slice(a.content[0], a.content[0] + 7), "We will");
    });

  test("nested quotes stay inside the outer quote", () => {
    const text = `“He told me ‘never again,’ and I believed him,” said Omar Reyes.`;
    const c = claims(text);
    assert.equal(c.attributions.length, 1);
    assert.equal(c.attributions[0].sourceName, "Omar Reyes");
  });

  test("a quote split by its attribution is one claim of one speaker", () => {
    const text = `"We are not done," Lena Brix said, "and we will not stop until it is fixed."`;
    const c = claims(text).attributions.filter((a) => a.direct);
    assert.equal(c.length, 1);
    assert.equal(c[0].sourceName, "Lena Brix");
    assert.ok(text.slice(...c[0].content).endsWith("until it is fixed."));
  });

  test("a quote running over paragraphs keeps its speaker", () => {
    const text = `“The water rose in an hour,” said Karl Heine, a farmer.\n\n“We lost the barn.\n\n“We will rebuild it, but not this year.”`;
    assert.equal(holding(text, "We will rebuild it").sourceName, "Karl Heine");
  });

  test("scare quotes are no claims", () => {
    const c = claims(`The so-called "reform" passed the house on a voice vote.`);
    assert.equal(c.attributions.filter((a) => a.direct).length, 0);
  });
});

describe("speakers and sources", () => {
  const story = `Defense Secretary Lloyd J. Austin III met Prime Minister Ingrid Solberg on Monday.\n\nMr. Austin said the talks had gone well. "We made progress," he said.\n\nMs. Solberg was more careful. "We will see," she said.`;

  test("a title is kept apart from the name", () => {
    const c = claims(story);
    const austin = c.entities.find((e) => e.name === "Lloyd J. Austin III");
    assert.ok(austin, JSON.stringify(c.entities));
    assert.equal(austin.type, "person");
    assert.equal(austin.mentions.length, 2);
  });

  test("Mr. Austin resolves to the fullest name", () => {
    assert.equal(holding(story, "the talks had gone well").sourceName, "Lloyd J. Austin III");
  });

  test("pronouns resolve to the nearest fitting person", () => {
    assert.equal(holding(story, "We made progress").sourceName, "Lloyd J. Austin III");
    assert.equal(holding(story, "We will see").sourceName, "Ingrid Solberg");
  });

  test("unnamed sources are anonymous", () => {
    for (const src of [
      "U.S. officials",
      "One U.S. official",
      "Several U.N. diplomats",
      "Two Israeli officials",
      "A person familiar with the talks",
      "Officials with knowledge of the matter",
    ]) {
      const text = `${src} said the ceasefire would hold through the weekend.`;
      const a = holding(text, "the ceasefire would hold");
      assert.equal(a.anonymous, true, src);
      assert.equal(a.direct, false);
    }
    const tail = holding("The ceasefire would hold through the weekend, officials said.", "The ceasefire would hold");
    assert.equal(tail.anonymous, true);
  });

  test("initialisms are whole names: U.S., U.N., U.S. Army", () => {
    const c = claims("One U.S. official said the U.S. Army and the U.N. would help. Later, George W. Bush spoke.");
    const names = c.entities.map((e) => `${e.name}:${e.type}`);
    for (const n of ["U.S. Army:organization", "U.N.:organization", "George W. Bush:person"])
      assert.ok(names.includes(n), n);
    assert.ok(!names.some((n) => /^(?:One U|S\. Army)/.test(n)), names.join(", "));
    assert.equal(
      holding("One U.S. official said the talks had stalled.", "the talks had stalled").sourceName,
      "One U.S. official",
    );
  });

  test("reported speech: according to, told, warned", () => {
    const t1 = "According to the ministry, 40 people were hurt in the blast.";
    assert.equal(holding(t1, "40 people were hurt").sourceName, "the ministry");
    const t2 = "Maria Okonkwo told reporters that the strike would go on.";
    assert.equal(holding(t2, "the strike would go on").sourceName, "Maria Okonkwo");
    const t3 = "Henrik Vass warned that rates could rise again.";
    assert.equal(holding(t3, "rates could rise again").sourceName, "Henrik Vass");
  });

  test("sourcing summary counts named and anonymous claims", () => {
    const text = `"We will see," said Ingrid Solberg.\n\nTwo officials said the deal was close. Diplomats said talks would go on.`;
    const s = sourcingSummary(claims(text));
    assert.equal(s.named, 1);
    assert.equal(s.anonymous, 2);
    assert.equal(s.direct, 1);
  });

  test("a relative pronoun is as anonymous as the phrase it stands for", () => {
    const text = "An adviser to the board, who asked not to be named, said the sale had been rushed.";
    for (const a of claims(text).attributions) {
      assert.equal(a.sourceName, "An adviser to the board", JSON.stringify(a));
      assert.equal(a.anonymous, true, JSON.stringify(a));
    }
  });

  test("what a relative clause says ends at its comma, and 'not' opens it rather than naming a hearer", () => {
    const t1 = "A trader, who requested anonymity, said the shares were oversold.";
    const what = claims(t1).attributions.map((a) => t1.slice(...a.content));
    assert.deepEqual(what.sort(), ["anonymity", "the shares were oversold"]);
    const t2 = "A nurse at the clinic, who asked not to be named, said staff had not been paid.";
    assert.ok(
      claims(t2).attributions.some((a) => t2.slice(...a.content) === "not to be named"),
      JSON.stringify(claims(t2).attributions),
    );
  });

  test("a role's 'to' (and 'close to') is part of the source, and a speaker named beside a role is not the person it serves", () => {
    const t1 = "An aide to the governor said the budget would pass.";
    const a1 = holding(t1, "the budget would pass");
    assert.equal(t1.slice(...(a1.source ?? [0, 0])), "An aide to the governor");
    const t3 = "Two people close to the mayor said the house would be sold.";
    const a3 = holding(t3, "the house would be sold");
    assert.equal(t3.slice(...(a3.source ?? [0, 0])), "Two people close to the mayor");
    assert.equal(a3.anonymous, true);
    const t2 = "A lawyer for Ruth Kessel, Tom Avery, said the appeal would be filed on Monday.";
    assert.equal(holding(t2, "the appeal would be filed").sourceName, "Tom Avery");
  });

  test("a source read back to a name's middle takes the whole name", () => {
    const text = "The Tin and Allied Trades union said the offer was an insult to its members.";
    const a = holding(text, "the offer was an insult");
    assert.equal(a.sourceName, "Tin and Allied Trades");
    assert.equal(text.slice(...(a.source ?? [0, 0])), "Tin and Allied Trades union");
  });

  test("a plural's possessive stays in the source, and a role named in apposition is not anonymous", () => {
    const t1 = "Marlow Airways' chief pilot, Ruth Ambler, told analysts that the fleet would be grounded.";
    const a1 = holding(t1, "the fleet would be grounded");
    assert.equal(t1.slice(...(a1.source ?? [0, 0])), "Marlow Airways' chief pilot");
    assert.equal(a1.sourceName, "Ruth Ambler");
    assert.equal(a1.anonymous, false);
  });

  test("a person before a comma is no apposition of the source unless a comma closes it", () => {
    const text = "After meeting Ruth Kessel, officials said the plan was dead.";
    const a = holding(text, "the plan was dead");
    assert.equal(a.sourceName, "officials");
    assert.equal(a.anonymous, true);
  });

  test("what a cue says ends at the comma before a source and cue that close the sentence", () => {
    const text = "Traders believe the krona will weaken, analysts at Holm Bank wrote on Friday.";
    const believe = claims(text).attributions.find((a) => a.cue && text.slice(...a.cue) === "believe");
    assert.equal(text.slice(...(believe?.content ?? [0, 0])), "the krona will weaken");
  });

  test("the 'it' of a passive cue names no source: it was announced that …", () => {
    const text = "It was announced on Friday that the regatta would be called off.";
    const a = holding(text, "the regatta would be called off");
    assert.equal(text.slice(...(a.cue ?? [0, 0])), "announced");
    assert.equal(a.source, null);
    assert.equal(a.sourceName, null);
  });

  test("an interjected 'however' after the cue is no part of what is said", () => {
    const text = "Wardens said, however, that the ridge path would stay closed.";
    assert.equal(text.slice(...holding(text, "the ridge path").content), "that the ridge path would stay closed");
  });

  test("a quote's cue after its speaker's relative clause is the quote's, not the clause's own cue", () => {
    const text = "“The till is empty,” the club treasurer, who asked not to be named, said.";
    const a = holding(text, "The till is empty");
    assert.equal(a.direct, true);
    assert.equal(text.slice(...(a.cue ?? [0, 0])), "said");
    assert.equal(text.slice(...(a.source ?? [0, 0])), "the club treasurer");
  });

  test("'according to' passes over its source's apposition, not over the subject of what is said", () => {
    const t1 = "According to Dr. Lena Farr, a virologist at Ostby University, the vaccine is safe.";
    assert.equal(t1.slice(...holding(t1, "the vaccine is safe").content), "the vaccine is safe");
    const t2 = "According to police, the driver, a local man, was arrested.";
    assert.equal(t2.slice(...holding(t2, "was arrested").content), "the driver, a local man, was arrested");
  });

  test("a participle's 'by' after the head noun belongs to the source phrase", () => {
    const text = "Analysts surveyed by the Kessel Institute said rents would rise.";
    const a = holding(text, "rents would rise");
    assert.equal(text.slice(...(a.source ?? [0, 0])), "Analysts surveyed by the Kessel Institute");
  });

  test("'said in a statement that' is one attribution: the statement is where it was said", () => {
    const text = "The harbour authority said in a statement that the pier would close.";
    const c = claims(text).attributions;
    assert.equal(c.length, 1);
    assert.equal(text.slice(...(c[0].cue ?? [0, 0])), "said");
  });

  test("a thing that speaks keeps its 'which' clause between commas: the memo, which …, said", () => {
    const text = "The audit, which was seen by the Pellham Gazette, said the fund had lost $4 million.";
    const a = holding(text, "the fund had lost");
    assert.equal(text.slice(...(a.source ?? [0, 0])), "The audit");
  });

  test("a relative clause with no commas belongs to the source, and what its own cue says ends with it", () => {
    const t1 = "A person who asked not to be named said the harbour board had voted to sell the ferry.";
    const a1 = holding(t1, "the harbour board had voted");
    assert.equal(t1.slice(...(a1.source ?? [0, 0])), "A person who asked not to be named");
    assert.equal(a1.anonymous, true);
    const asked = holding(t1, "not to be named");
    assert.equal(t1.slice(...asked.content), "not to be named");
    const t2 = "A clerk who was at the counter said the safe had been left open.";
    assert.equal(t2.slice(...(holding(t2, "the safe had been").source ?? [0, 0])), "A clerk who was at the counter");
    const t3 = "Those who oppose the quarry say it will poison the creek.";
    assert.equal(t3.slice(...(holding(t3, "it will poison").source ?? [0, 0])), "Those who oppose the quarry");
  });

  test("a word in -ly after a determiner is a noun that may speak: the family, an ally", () => {
    const text = "A cousin who is close to the family said the service would be private.";
    const a = holding(text, "the service would be private");
    assert.equal(text.slice(...(a.source ?? [0, 0])), "A cousin who is close to the family");
  });

  test("an abbreviated title's period goes on to the name, before or after the cue; a firm's 'Inc.' ends it", () => {
    const t1 = "“We are checking the cameras,” said Sgt. Maya Linde of the Orlund police.";
    assert.equal(holding(t1, "We are checking").sourceName, "Maya Linde");
    const t2 = "“Stay indoors,” Capt. Rhea Mott told residents of the valley.";
    assert.equal(holding(t2, "Stay indoors").sourceName, "Rhea Mott");
    const t3 = "“We will appeal,” said a lawyer for Brandt Inc. The firm lost the case in March.";
    assert.equal(t3.slice(...(holding(t3, "We will appeal").source ?? [0, 0])), "a lawyer for Brandt Inc");
  });
});

describe("numbers", () => {
  test("spellings of one value are equal", () => {
    for (const s of ["1,400", "1400", "1.4 thousand", "fourteen hundred", "approximately 1,400"])
      assert.equal(numberValue(s)?.value, 1400, s);
    assert.equal(numberValue("eight")?.value, 8);
    assert.equal(numberValue("two")?.value, 2);
    assert.equal(numberValue("twenty-five")?.value, 25);
  });
  test("money and percentages carry units", () => {
    assert.deepEqual(numberValue("$2.5bn"), { value: 2.5e9, unit: "$" });
    assert.deepEqual(numberValue("$2.5 billion"), { value: 2.5e9, unit: "$" });
    assert.deepEqual(numberValue("$14 billion"), { value: 1.4e10, unit: "$" });
    assert.deepEqual(numberValue("12%"), { value: 12, unit: "%" });
    assert.deepEqual(numberValue("12 percent"), { value: 12, unit: "%" });
    assert.equal(numberValue("the plan"), null);
  });
  test("parseNumbers finds values in text, not years", () => {
    const text = "About 1,400 people, two buses and $14 billion in aid arrived under a Level 4 alert in 2023.";
    const got = parseNumbers(analyze(text)).map((n) => [n.text, n.value, n.unit ?? ""]);
    assert.deepEqual(got, [
      ["1,400", 1400, ""],
      ["two", 2, ""],
      ["$14 billion", 1.4e10, "$"],
      ["Level 4", 4, ""],
    ]);
  });
  test("one as a pronoun is not a number", () => {
    assert.equal(parseNumbers(analyze("No one came, but each one of them called.")).length, 0);
  });
});

describe("dates against the publication day", () => {
  // 2023-10-22 is a Sunday.
  const pub = "2023-10-22";
  const date = (text: string) => claims(text, pub).dates.map((d) => [d.text, d.value]);
  test("a weekday in past-tense news is the most recent past one", () => {
    assert.deepEqual(date("Officials met on Monday."), [["Monday", "2023-10-16"]]);
    assert.deepEqual(date("Officials met on Sunday."), [["Sunday", "2023-10-22"]]);
    assert.deepEqual(date("The talks will resume on Tuesday."), [["Tuesday", "2023-10-24"]]);
  });
  test("last week is a range", () => {
    assert.deepEqual(date("The order was signed last week."), [["last week", "2023-10-09/2023-10-15"]]);
  });
  test("a month and day take the year of publication", () => {
    assert.deepEqual(date("The attack of Oct. 7 shocked the country."), [["Oct. 7", "2023-10-07"]]);
    assert.deepEqual(date("It began on March 3, 2021."), [["March 3, 2021", "2021-03-03"]]);
  });
  test("relative dates need a publication day to be resolved; without one they keep an unresolved value", () => {
    assert.deepEqual(
      claims("Officials met on Monday.").dates.map((d) => [d.text, d.value]),
      [["Monday", "XXXX-WXX-1"]],
    );
  });
});

describe("spin debris is no name", () => {
  test("the capitalised word after a spinner's stray 'to' makes no entity; without the marks the tagger takes it", () => {
    for (const [text, debris, names] of [
      ["Officials said they were ready to Cooperate with Jordan.", "Cooperate", ["Jordan"]],
      ["The minister asked the board to Review the plan with Ottawa Holdings.", "Review", ["Ottawa Holdings"]],
    ] as const) {
      const doc = analyze(text);
      const entities = (spin?: ReturnType<typeof spinScore>["signals"]) =>
        extractClaims(doc, { spin }).entities.map((e) => e.name);
      assert.deepEqual(entities(spinScore(doc).signals), names);
      assert.ok(entities().includes(debris), `without the spin marks the tagger takes "${debris}" for a name`);
    }
  });
});

describe("an acronym and the name it stands for", () => {
  test("are one entity when the text spells the name out; two names with the same initials keep theirs", () => {
    const names = (text: string) =>
      extractClaims(analyze(text)).entities.map((e) => [e.name, e.type, e.mentions.length] as const);
    const one = names(
      "The United States sent aid. Officials in Washington said the U.S. would send more, and U.S. ships sailed.",
    );
    assert.ok(
      one.some(([n, , k]) => n === "United States" && k === 3),
      JSON.stringify(one),
    );
    assert.ok(!one.some(([n]) => n === "U.S."), JSON.stringify(one));
    assert.deepEqual(names("The United Nations met. Officials at the UN said the United Nations would act."), [
      ["United Nations", "organization", 3],
    ]);
    const two = names("Ulster Savings and the United States both said the U.S. rate would rise.");
    assert.ok(
      two.some(([n]) => n === "U.S."),
      `ambiguous initials stay apart: ${JSON.stringify(two)}`,
    );
  });
});

describe("a title that stands for a person", () => {
  test("'the minister said' names the person the text gave that title, before the name or in apposition", () => {
    const text =
      "Israel's defense minister, Yoav Gallant, spoke with Defense Secretary Lloyd J. Austin III on Sunday. " +
      "The defense secretary said the talks were useful. Later, the minister told reporters that the army was ready. " +
      "The governor said nothing.";
    assert.equal(holding(text, "the talks were useful").sourceName, "Lloyd J. Austin III");
    assert.equal(holding(text, "the army was ready").sourceName, "Yoav Gallant");
    // No one was called governor: the phrase stays as written.
    assert.equal(holding(text, "nothing").sourceName, "The governor");
  });
});

describe("a description that stands for a firm", () => {
  test("the company is the firm named before it", () => {
    const text = "Corvane Motors said on Tuesday it would recall 40,000 cars. The company said no one had been hurt.";
    assert.equal(holding(text, "no one had been hurt").sourceName, "Corvane Motors");
  });
  test("not a news agency it told", () => {
    const text = "Prices will fall, the chief executive told Reuters on Monday. The company said demand had fallen.";
    assert.equal(holding(text, "demand had fallen").sourceName, "The company");
  });
  test("with no firm named before, the description stays", () => {
    const text = "The company said it would appeal against the ruling.";
    assert.equal(holding(text, "it would appeal").sourceName, "The company");
  });
});

describe("a firm named by its first word", () => {
  test("is the firm the text names in full, and a possessive firm is not the speaker a pronoun stands for", () => {
    const text =
      "Lumina Systems agreed to buy Ostrava Labs. Ostrava's founder, Tomas Dvorak, will join Lumina's board. " +
      '"We were not looking to sell," he said.';
    const c = claims(text);
    const lumina = c.entities.find((e) => e.name === "Lumina Systems");
    assert.ok(lumina, JSON.stringify(c.entities));
    assert.equal(lumina.type, "organization");
    assert.equal(lumina.mentions.length, 2, JSON.stringify(c.entities));
    assert.equal(holding(text, "We were not looking to sell").sourceName, "Tomas Dvorak");
  });
  test("a name ending in a firm's word is a firm, and so is its first word alone", () => {
    const text =
      "Brenmoor Foods, a maker of pies, said on Monday it would close a bakery in Wexcombe. " +
      "Brenmoor said the bakery had lost money for years. Shares in Brenmoor fell 4 percent.";
    const c = claims(text);
    const firm = c.entities.find((e) => e.name === "Brenmoor Foods");
    assert.ok(firm, JSON.stringify(c.entities));
    assert.equal(firm.type, "organization");
    assert.equal(firm.mentions.length, 3, JSON.stringify(c.entities));
  });
  test("a firm's word inside a name is not its end", () => {
    const text = "Gordon Holdsworth-Motors, a retired teacher, said the road was unsafe.";
    const c = claims(text);
    assert.equal(
      c.entities.find((e) => e.name === "Gordon Holdsworth-Motors")?.type,
      "person",
      JSON.stringify(c.entities),
    );
  });
});

describe("names joined by and", () => {
  test("a body whose name joins two words with and is one organisation, under its full name", () => {
    const text =
      "The Tin and Allied Trades union said it would ballot its members. " +
      "The Harbour and Coastal Survey Office said the charts were out of date.";
    const names = claims(text).entities.map((e) => `${e.type}: ${e.name}`);
    assert.ok(names.includes("organization: Tin and Allied Trades"), JSON.stringify(names));
    assert.ok(names.includes("organization: Harbour and Coastal Survey Office"), JSON.stringify(names));
  });
  test("two names joined by and stay two when no body's word ends them", () => {
    const text = "Critics at the Clarion and The Evening Ledger said the plan was rushed.";
    const names = claims(text).entities.map((e) => e.name);
    assert.ok(!names.some((n) => n.includes(" and ")), JSON.stringify(names));
  });
  test("after a preposition of place, a town paired with a place is a place", () => {
    const towns = [
      ["The depots in Ashby and Kettlegate will close by June, the company said.", "Kettlegate"],
      ["The warehouses in Dunmore and Fellgate will shut by May, the retailer said.", "Fellgate"],
      ["Its mills in Redvale and Norrington will stay open.", "Redvale"],
    ];
    for (const [text, town] of towns) {
      const c = claims(text);
      assert.equal(c.entities.find((e) => e.name === town)?.type, "place", JSON.stringify(c.entities));
    }
  });
  test("a pair that is not after a preposition of place keeps its types", () => {
    const text = "Talks between Norway and Petrovane Energy ended on Friday.";
    const c = claims(text);
    assert.notEqual(c.entities.find((e) => e.name.startsWith("Petrovane"))?.type, "place", JSON.stringify(c.entities));
  });
});

describe("groups of people are no entities", () => {
  test("a people named by nation, however capitalised before it, is no entity", () => {
    const text = "The ministry said Young Kenyans were leaving the farms. Both West Germans and East Germans crossed.";
    const names = claims(text).entities.map((e) => e.name);
    assert.ok(!names.some((n) => /Kenyans|Germans/.test(n)), JSON.stringify(names));
  });
  test("a place's officials are the place's people: the name is the place", () => {
    const text =
      "Talks in Geneva stalled on Monday. Geneva Officials said the venue would stay open. Some U.S. Officials disagreed.";
    const c = claims(text);
    const names = c.entities.map((e) => e.name);
    assert.ok(!names.some((n) => /Officials/.test(n)), JSON.stringify(names));
    assert.equal(c.entities.find((e) => e.name === "Geneva")?.mentions.length, 2, JSON.stringify(c.entities));
  });
  test("a body named with a role word after 'of' keeps its name", () => {
    const text = "The Council of Ministers will meet in Brussels on Friday.";
    const names = claims(text).entities.map((e) => e.name);
    assert.ok(names.includes("Council of Ministers"), JSON.stringify(names));
  });
});

describe("cue words that are no one's speech act", () => {
  test("a cue word that is the object of a verb is a noun ('had weekly phone calls with')", () => {
    const text = "The minister had nearly weekly phone calls with his counterpart, Anne Morel.";
    assert.deepEqual(claims(text).attributions, []);
  });
  test("in the passive, the agent after 'by' is the source and the subject what is said", () => {
    const t1 = "The merger was first reported by the Ledger on Monday.";
    const a = holding(t1, "The merger");
    assert.equal(t1.slice(...(a.source ?? [0, 0])), "the Ledger");
    const t2 = "Voters were told that the polls would close at eight.";
    assert.equal(holding(t2, "the polls would close").source, null);
    assert.deepEqual(claims("She was assured of winning at least 100 delegates.").attributions, []);
    assert.deepEqual(claims("Their families were told at breakfast.").attributions, []);
  });
  test("initials inside a source after 'according to' do not end it", () => {
    const text = "The deal is close, according to several U.S. officials familiar with the talks.";
    assert.equal(holding(text, "The deal is close").sourceName, "several U.S. officials familiar with the talks");
  });
  test("a group is in apposition to no one person ('He met Mr. Okafor, aides said')", () => {
    const text = "He met Mr. Okafor on Friday, aides said.";
    const a = holding(text, "He met Mr. Okafor");
    assert.equal(a.sourceName, "aides");
    assert.equal(a.anonymous, true);
  });
});

describe("'they' as a source", () => {
  test("is the speaker whose words hold it, or the group that spoke before it in the paragraph", () => {
    const t1 = "Officials in Brussels say that they hope the vote is delayed.";
    assert.equal(holding(t1, "the vote is delayed").sourceName, "Officials in Brussels");
    const t2 = "Two aides confirmed the meeting. They said it lasted an hour.";
    const a = holding(t2, "it lasted an hour");
    assert.equal(a.sourceName, "Two aides");
    assert.equal(a.anonymous, true);
  });
  test("is no one person", () => {
    const text = "Maria Lind spoke first. They said the plan was dead.";
    assert.equal(holding(text, "the plan was dead").sourceName, null);
  });
});

describe("a person and the body named after them", () => {
  test("'Mr. Halloran' and 'Halloran' are the person, not the Halloran Administration", () => {
    const text =
      "Officials in the Halloran Administration said the talks would resume. Mr. Halloran met the cabinet on " +
      "Monday. Halloran spoke to reporters afterwards.";
    const c = claims(text);
    const person = c.entities.find((e) => e.name === "Halloran");
    assert.equal(person?.type, "person", JSON.stringify(c.entities));
    assert.equal(person?.mentions.length, 2, JSON.stringify(c.entities));
    assert.equal(c.entities.find((e) => e.name === "Halloran Administration")?.mentions.length, 1);
  });
});

describe("a source the text will not name", () => {
  test("a role kept unnamed on purpose is anonymous, a named person is not", () => {
    const t1 = "The treasurer, who asked not to be named, said the books were balanced.";
    assert.equal(holding(t1, "the books were balanced").anonymous, true);
    const t2 = "The mayor's aide, speaking on condition of anonymity, said the vote was close.";
    assert.equal(holding(t2, "the vote was close").anonymous, true);
    const t3 = "Jane Roe, who asked not to be named, said the vote was close.";
    assert.equal(holding(t3, "the vote was close").anonymous, false);
    const t4 = "The minister said that sources who spoke anonymously had lied.";
    assert.equal(holding(t4, "sources who spoke").anonymous, false);
  });
});

describe("a name that modifies the speaker", () => {
  test("is not the speaker: the phrase is, unless the words after it speak for the name", () => {
    const name = (text: string, words: string) => holding(text, words).sourceName;
    assert.equal(name("The Orlund police said the road was closed.", "the road"), "The Orlund police");
    assert.equal(name("The Kessel campaign said the ad was false.", "the ad"), "The Kessel campaign");
    assert.equal(name("A Halvern Foods spokesman said the plant would close.", "the plant"), "Halvern Foods");
    assert.equal(name("The Tin and Allied Trades union said the offer was low.", "the offer"), "Tin and Allied Trades");
  });
});
