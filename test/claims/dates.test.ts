/** Dates in news text, resolved against the day of publication (claims/dates.ts). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDates, publicationDay } from "../../src/claims/dates.js";
import { extractClaims } from "../../src/claims/extract.js";
import { analyze } from "../../src/text/document.js";

/** Published on Thursday 5 March 2026. */
const PUBLISHED = "2026-03-05";
const dates = (text: string, published: string | null = PUBLISHED) =>
  parseDates(analyze(text), published ?? undefined).map((d) => {
    assert.equal(text.slice(d.span[0], d.span[1]), d.text, "the span is the words it read");
    return [d.text, d.value];
  });

describe("dates", () => {
  it("reads days relative to the day of publication, the way past-tense news means them", () => {
    assert.deepEqual(dates("The minister spoke yesterday. On Monday the talks broke down."), [
      ["yesterday", "2026-03-04"],
      ["On Monday", "2026-03-02"],
    ]);
    assert.deepEqual(dates("Two days ago the vote was held; next Friday morning they meet."), [
      ["Two days ago", "2026-03-03"],
      ["next Friday morning", "2026-03-06"],
    ]);
  });

  it("gives a week or a year as what it is, not as one day", () => {
    assert.deepEqual(dates("Last week the union met, and in 2019 a first plan failed."), [
      ["Last week", "2026-02-23/2026-03-01"],
      ["in 2019", "2019"],
    ]);
  });

  it("reads calendar dates with and without their year", () => {
    assert.deepEqual(dates("The deal was signed on March 3 and takes effect on 12 October 2025."), [
      ["March 3", "2026-03-03"],
      ["12 October 2025", "2025-10-12"],
    ]);
  });

  it("reads a day written as an ordinal, and a year after an abbreviated month", () => {
    assert.deepEqual(dates("They meet on 12th October 2025; they met on 3rd March."), [
      ["12th October 2025", "2025-10-12"],
      ["3rd March", "2026-03-03"],
    ]);
    assert.deepEqual(dates("The talks of 12 Oct. 2025 failed."), [["12 Oct. 2025", "2025-10-12"]]);
  });

  it("keeps what it cannot resolve without a day of publication, with TimeML's unresolved values", () => {
    assert.deepEqual(
      dates("It happened yesterday, on Sunday, after the attack of October 7; next week talks go on.", null),
      [
        ["yesterday", "PAST_REF"],
        ["on Sunday", "XXXX-WXX-7"],
        ["October 7", "XXXX-10-07"],
        ["next week", "FUTURE_REF"],
      ],
    );
    assert.deepEqual(dates("It was signed on 12 October 2025.", null), [["12 October 2025", "2025-10-12"]]);
    assert.equal(publicationDay(undefined), null);
    assert.equal(publicationDay("not a date"), null);
    assert.equal(publicationDay("2026-03-05T23:30:00Z")?.toISOString(), "2026-03-05T00:00:00.000Z");
  });
});

describe("numbers and dates", () => {
  it("a figure that is part of a date is no number of its own, dated or not", () => {
    const text = "The attack on October 7 killed 1,200 people; 40 officials met on 12 October 2025, two days ago.";
    for (const published of [undefined, PUBLISHED]) {
      const claims = extractClaims(analyze(text), { published });
      assert.deepEqual(
        claims.numbers.map((n) => n.text),
        ["1,200", "40"],
      );
    }
  });
});
