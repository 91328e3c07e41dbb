/** Dates in news text, resolved against the day of publication (claims/dates/). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DATE_RE } from "../../src/claims/dates/patterns.js";
import { dateMatches } from "../../src/claims/dates/scan.js";
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
      ["Monday", "2026-03-02"],
    ]);
    assert.deepEqual(dates("Two days ago the vote was held; next Friday morning they meet."), [
      ["Two days ago", "2026-03-03"],
      ["next Friday morning", "2026-03-06"],
    ]);
  });

  it("reads a weekday forward when the clause speaks of what will happen, back when it reports", () => {
    assert.deepEqual(dates("The committee will vote on Tuesday."), [["Tuesday", "2026-03-10"]]);
    assert.deepEqual(dates("He said Friday that the talks had failed."), [["Friday", "2026-02-27"]]);
    assert.deepEqual(dates("On Saturday, February 28, the court ruled."), [["Saturday, February 28", "2026-02-28"]]);
  });

  it("gives a week, a month or a year as what it is, not as one day", () => {
    assert.deepEqual(dates("Last week the union met, and in 2019 a first plan failed."), [
      ["Last week", "2026-02-23/2026-03-01"],
      ["2019", "2019"],
    ]);
    assert.deepEqual(dates("He said earlier this week that this month is hard."), [
      ["this week", "2026-03-02/2026-03-08"],
      ["this month", "2026-03-01/2026-03-31"],
    ]);
  });

  it("reads calendar dates with and without their year", () => {
    assert.deepEqual(dates("The deal was signed on March 3 and takes effect on 12 October 2025."), [
      ["March 3", "2026-03-03"],
      ["12 October 2025", "2025-10-12"],
    ]);
  });

  it("gives a date without its year the year that puts it nearest, looking ahead when the clause does", () => {
    const autumn = "2025-11-20";
    assert.deepEqual(dates("The dividend is payable Jan. 15.", autumn), [["Jan. 15", "2026-01-15"]]);
    assert.deepEqual(dates("The record was set on Aug. 6.", autumn), [["Aug. 6", "2025-08-06"]]);
  });

  it("reads a day written as an ordinal, and a year after an abbreviated month", () => {
    assert.deepEqual(dates("They meet on 12th October 2025; they met on 3rd March."), [
      ["12th October 2025", "2025-10-12"],
      ["3rd March", "2026-03-03"],
    ]);
    assert.deepEqual(dates("The talks of 12 Oct. 2025 failed."), [["12 Oct. 2025", "2025-10-12"]]);
  });

  it("reads a month alone, with its modifier, and a month of last year", () => {
    assert.deepEqual(dates("Prices rose in January and will fall in May. The plant closed last October."), [
      ["January", "2026-01-01/2026-01-31"],
      ["May", "2026-05-01/2026-05-31"],
      ["last October", "2025-10-01/2025-10-31"],
    ]);
    assert.deepEqual(dates("It grew in July last year and in early December."), [
      ["July last year", "2025-07-01/2025-07-31"],
      ["early December", "2025-12-01/2025-12-31"],
    ]);
    assert.deepEqual(dates("The strike may end soon, and they march on."), [], "verbs are no months");
  });

  it("reads years, decades and fiscal years, and a year is no count", () => {
    assert.deepEqual(dates("Since 1998 the firm has grown; in the 1990s it was small. In early 2024 it moved."), [
      ["1998", "1998"],
      ["1990s", "1990-01-01/1999-12-31"],
      ["early 2024", "2024"],
    ]);
    assert.deepEqual(dates("Fiscal 2024 ended in a loss; 2,000 people and 1999 workers stayed."), [
      ["Fiscal 2024", "2024"],
    ]);
    assert.deepEqual(dates("It was a hit in nineteen ninety-six."), [["nineteen ninety-six", "1996"]]);
  });

  it("reads quarters as business news means them: the one reported on, and the same one a year back", () => {
    const october = "2025-10-28";
    assert.deepEqual(
      dates(
        "Acme said third-quarter profit rose. In the year-ago quarter it lost money. Sales rose from a year earlier.",
        october,
      ),
      [
        ["third-quarter", "2025-07-01/2025-09-30"],
        ["the year-ago quarter", "2024-07-01/2024-09-30"],
        ["a year earlier", "2024-07-01/2024-09-30"],
      ],
    );
    assert.deepEqual(dates("It had a loss in the fourth quarter of 2024.", october), [
      ["the fourth quarter of 2024", "2024-10-01/2024-12-31"],
    ]);
    assert.deepEqual(dates("In March it expects a third-quarter loss."), [
      ["March", "2026-03-01/2026-03-31"],
      ["third-quarter", "2026-07-01/2026-09-30"],
    ]);
    assert.deepEqual(dates("A quarter of the staff left."), [], "a fraction is no period");
    assert.deepEqual(
      dates("It earned $5 million in the fiscal first quarter, ended Sept. 30, up from a year earlier.", october),
      [
        ["the fiscal first quarter", "2025-01-01/2025-03-31"],
        ["Sept. 30", "2025-09-30"],
        ["a year earlier", "2024-01-01/2024-03-31"],
      ],
      "once a quarter is named, a year earlier is that quarter a year back",
    );
  });

  it("reads the year of results and the year-end, and takes no march for a month", () => {
    assert.deepEqual(dates("Sales for the year rose, though shares fell since year-end.", "2025-10-28"), [
      ["the year", "2025"],
      ["year-end", "2024-12-31"],
    ]);
    assert.deepEqual(dates("They joined the March for Life in the rain."), []);
  });

  it("reads holidays, counts back, and dates counted from the one named last", () => {
    assert.deepEqual(dates("Sales fell after Thanksgiving and rose before Christmas."), [
      ["Thanksgiving", "2025-11-27"],
      ["Christmas", "2025-12-25"],
    ]);
    assert.deepEqual(dates("The plant opened in 2019. The following year it closed; a few years ago it was sold."), [
      ["2019", "2019"],
      ["The following year", "2020"],
      ["a few years ago", "2023"],
    ]);
  });

  it("keeps what it cannot resolve without a day of publication, with TimeML's unresolved values", () => {
    assert.deepEqual(
      dates("It happened yesterday, on Sunday, after the attack of October 7; next week talks go on.", null),
      [
        ["yesterday", "PAST_REF"],
        ["Sunday", "XXXX-WXX-7"],
        ["October 7", "XXXX-10-07"],
        ["next week", "FUTURE_REF"],
      ],
    );
    assert.deepEqual(dates("In the third quarter, in October and last month it lost money.", null), [
      ["the third quarter", "XXXX-Q3"],
      ["October", "XXXX-10"],
      ["last month", "PAST_REF"],
    ]);
    assert.deepEqual(dates("It was signed on 12 October 2025.", null), [["12 October 2025", "2025-10-12"]]);
    assert.equal(publicationDay(undefined), null);
    assert.equal(publicationDay("not a date"), null);
    assert.equal(publicationDay("2026-03-05T23:30:00Z")?.toISOString(), "2026-03-05T00:00:00.000Z");
  });
});

describe("the anchored scan", () => {
  it("finds what a scan at every character finds", () => {
    const text = [
      "On Saturday, February 28, shares fell 3% in the third quarter of 2025, then rose in the year-ago period.",
      "The 1990s ended; fiscal 2024 began; two years ago, on Christmas Eve, the firm's 1,998 workers left.",
      "Next week, late November or the end of the year? Tomorrow, tonight, or nineteen ninety-nine, maybe.",
    ].join(" ");
    const all: string[] = [];
    DATE_RE.lastIndex = 0;
    for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) all.push(`${m.index}:${m[0]}`);
    assert.deepEqual(
      [...dateMatches(text)].map((m) => `${m.index}:${m[0]}`),
      all,
    );
    assert.ok(all.length >= 12, all.join(" | "));
  });
});

describe("numbers and dates", () => {
  it("a figure that is part of a date is no number of its own, dated or not", () => {
    const text =
      "The attack on October 7 killed 1,200 people; 40 officials met on 12 October 2025, two days ago. In 2019, 15 firms closed.";
    for (const published of [undefined, PUBLISHED]) {
      const claims = extractClaims(analyze(text), { published });
      assert.deepEqual(
        claims.numbers.map((n) => n.text),
        ["1,200", "40", "15"],
      );
    }
  });
});
