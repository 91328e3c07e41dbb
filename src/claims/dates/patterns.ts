/**
 * The shapes of dates that TimeML annotates as DATE in news, as one regular expression read in one pass.
 * Alternatives run most specific first; named groups say which kind matched. The prepositions before a date
 * ("on Monday", "in 2019") stay outside its span, as in TimeML.
 */

const MONTH =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
// A month standing alone: full names only ("Jan" alone is too often a name).
const MONTH_WORD = "January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.";
const WEEKDAY = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";
const YEAR = "(?:1[89]|20)\\d\\d";
const ORD = "first|second|third|fourth|1st|2nd|3rd|4th";
const COUNT =
  "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|a\\s+couple\\s+of";
// Words that may stand before "quarter" and make it a period of the calendar rather than a fraction.
const QUARTER_WORDS = `the|its|this|that|last|next|a|(?:last|this|next)\\s+year's|${YEAR}'s|latest|current|recent|most|previous|prior|year-ago|year-earlier|comparable|same|corresponding|fiscal|calendar|${YEAR}|flat|strong|weak|${ORD}`;
const EDGE = "early|mid|late";

export const DATE_RE = new RegExp(
  [
    String.raw`(?<iso>\b\d{4}-\d\d-\d\d\b)`,
    String.raw`(?<md>\b(?:(?:${WEEKDAY}),?\s+)?(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent\b|[.,:]\d))(?:,?\s+(?<mdy>${YEAR})\b)?)`,
    String.raw`(?<dm>\b(?:(?:${WEEKDAY}),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})(?:\b|(?<=\.))(?:,?\s+(?<dmy>${YEAR})\b)?)`,
    String.raw`(?<mrel>\b(?:${MONTH_WORD})\s+(?<mrelw>last|this|next)\s+year\b)`,
    String.raw`(?<my>\b(?:(?:${EDGE})[\s-]+)?(?:${MONTH})(?:\s+of)?,?\s+(?<myy>${YEAR})\b)`,
    String.raw`(?<qtr>\b(?<qpre>(?:(?:${QUARTER_WORDS})[\s-]+)+)quarter\b(?![\s-](?:point|mile|century|of\s+(?:a|an|the|its|all)\b))(?:\s+of\s+(?:fiscal\s+)?(?<qofy>${YEAR})\b)?)`,
    String.raw`(?<per>\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier|latest|${YEAR})\s+period\b|\bthe\s+(?:same|corresponding|comparable)\s+period\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b)`,
    String.raw`(?<dec>\b(?:the\s+)?(?:(?:${EDGE})[\s-]+)?(?<decy>1[89]\d0|20[0-9]0)['’]?s\b)`,
    String.raw`(?<fy>\bfiscal(?:\s+year)?\s+(?<fyy>${YEAR})\b)`,
    String.raw`(?<yr>(?<![$£€#.,/\d-]|\d[.,])\b(?:(?:${EDGE})[\s-]+)?(?<yry>${YEAR})\b(?!\s*%|[.,]\d|-\d|\s+percent\b))`,
    String.raw`(?<hol>\b(?:(?<holmod>last|this|next)\s+)?(?<holw>Thanksgiving|Christmas(?:\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Election\s+Day|Independence\s+Day|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Valentine's\s+Day|Halloween)(?:\s+Day)?\b)`,
    String.raw`(?<yend>\b(?:around\s+)?(?:year[- ]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b)`,
    String.raw`(?<fyear>\bthe\s+(?:full|fiscal|current\s+fiscal|latest\s+fiscal)\s+year\b|(?<=\b(?:for|in|during)\s+)the\s+year\b(?!\s+(?:before|after|that|when|of|in|to|earlier|later|ago|\d)))`,
    String.raw`(?<ana>\b(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+(?:following|next|previous|same))\s+(?<anau>day|month|year)\b)`,
    String.raw`(?<spy>\b(?:the\s+year\s+two\s+thousand|nineteen\s+(?<spyd>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?<spyu>one|two|three|four|five|six|seven|eight|nine))?)\b)`,
    String.raw`(?<wd>\b(?:(?<wdmod>last|this|next|early|late|the\s+previous|the\s+following|this\s+coming|this\s+past)\s+)?(?:${WEEKDAY})\b(?:\s+(?<wdpart>morning|afternoon|evening|night))?)`,
    String.raw`(?<rel>\b(?:yesterday|today|tomorrow|tonight)\b)`,
    String.raw`(?<period>\b(?:(?:early|earlier|late|later|mid)[\s-]+)?(?:the\s+)?(?<pw>last|this|next|past|coming|current|previous)\s+(?:fiscal\s+)?(?<unit>week|month|year|weekend)\b)`,
    String.raw`(?<ago>\b(?:(?:about|nearly|almost|some|more\s+than|less\s+than|just|only|over)\s+)?(?<n>${COUNT})\s+(?<agounit>day|week|month|year|decade)s?\s+(?<agow>ago|earlier|later)\b)`,
    String.raw`(?<yago>\byear-(?:ago|earlier)\b)`,
    String.raw`(?<mon>\b(?:(?<monmod>last|this|next|early|mid|late|the\s+(?:middle|beginning|end|start)\s+of|this\s+past)[\s-]+)?(?<monw>${MONTH_WORD})(?:\b|(?<=\.)))`,
  ].join("|"),
  "gi",
);
