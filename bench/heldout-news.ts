/**
 * Template news for the held-out set: short fictional articles that are in no corpus, used as "original"
 * negatives and as the unrelated text that partial and multi-source copies are embedded in; and "same-story"
 * reports that retell an event with the facts (names, numbers, a short quote) of corpus documents in new words.
 * Every name, place and company in the fill lists is made up.
 */
import type { Rng } from "../test/support/spinner.js";

const FIRST = [
  "Alina",
  "Bram",
  "Cecilia",
  "Dario",
  "Edith",
  "Farouk",
  "Greta",
  "Hamid",
  "Ilse",
  "Jonah",
  "Katya",
  "Lorenzo",
  "Maren",
  "Nikhil",
  "Odette",
  "Pavel",
  "Quinn",
  "Rosalind",
  "Soren",
  "Thandiwe",
  "Ulrich",
  "Vesna",
  "Wendell",
  "Yara",
];
const LAST = [
  "Abernathy",
  "Brightmore",
  "Castellan",
  "Drummond",
  "Esterhazy",
  "Fairclough",
  "Galloway",
  "Hollingsworth",
  "Ingersoll",
  "Jessop",
  "Kettering",
  "Lindqvist",
  "Marchbank",
  "Nettleton",
  "Oyelowo",
  "Pemberton",
  "Quarrie",
  "Rasmussen",
  "Sutcliffe",
  "Thorvaldsen",
  "Underhill",
  "Vantongeren",
  "Whitlock",
  "Zabinski",
];
const TOWNS = [
  "Elmsworth",
  "Greyhaven",
  "Kilbride Falls",
  "Marlow Cross",
  "Northby",
  "Oakridge Vale",
  "Pellham",
  "Redwater",
  "Saltmarsh",
  "Thornbury Heath",
  "Wexcombe",
  "Ashgrove",
];
const ORGS = [
  "Corvane Industries",
  "Bellweather Mutual",
  "Stonegate Logistics",
  "Lumenfield Labs",
  "Harrowgate Dairies",
  "Ferrox Metals",
  "Quayside Media",
  "Tidemark Shipping",
  "Orchard Valley Foods",
  "Kestrel Aerospace",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ROLES = ["chief executive", "council leader", "spokesperson", "director", "chair", "head of operations"];

interface Fill {
  p1: string;
  p2: string;
  p3: string;
  town: string;
  town2: string;
  org: string;
  day: string;
  role: string;
  n1: number;
  n2: number;
  n3: number;
  pct: number;
  year: number;
}

function fill(rng: Rng): Fill {
  const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  return {
    p1: person(),
    p2: person(),
    p3: person(),
    town: rng.pick(TOWNS),
    town2: rng.pick(TOWNS),
    org: rng.pick(ORGS),
    day: rng.pick(DAYS),
    role: rng.pick(ROLES),
    n1: 2 + rng.int(98),
    n2: 100 + rng.int(9900),
    n3: 1 + rng.int(40),
    pct: 2 + rng.int(60),
    year: 2026 + rng.int(4),
  };
}

const last = (p: string) => p.split(" ")[1];

/** Each template: a title and paragraphs; each paragraph offers variants, one is chosen. */
const TEMPLATES: ((f: Fill) => { title: string; paras: string[][] })[] = [
  (f) => ({
    title: `${f.town} opens new community pool after ${f.n3}-year campaign`,
    paras: [
      [
        `A new public swimming pool opened in ${f.town} on ${f.day}, the result of a campaign by residents that began ${f.n3} years ago.`,
        `Residents of ${f.town} swam in their own public pool for the first time on ${f.day}, after a ${f.n3}-year fundraising effort.`,
      ],
      [
        `The pool cost ${f.n2} thousand pounds, about a third of which was raised through bake sales, sponsored walks and a village auction.`,
      ],
      [
        `"People said we were dreaming, and for a while they were right," said ${f.p1}, who chaired the campaign group. "Today the children of ${f.town} can learn to swim without a bus ride."`,
      ],
      [
        `The local council contributed the land and will cover running costs for the first ${(f.n3 % 5) + 2} years. Lessons for primary school pupils start next month.`,
      ],
    ],
  }),
  (f) => ({
    title: `${f.org} to open research centre in ${f.town}`,
    paras: [
      [
        `${f.org} said on ${f.day} it would open a research centre in ${f.town}, creating about ${f.n1 * 3} jobs over the next three years.`,
        `About ${f.n1 * 3} jobs will be created in ${f.town} after ${f.org} chose the town for its new research centre, the company said on ${f.day}.`,
      ],
      [
        `The centre will focus on materials testing and will sit on a former railway yard that has been empty since ${f.year - 30}.`,
      ],
      [
        `"We looked at ${(f.n3 % 9) + 3} sites, and ${f.town} had the people, the space and the ambition," ${f.role} ${f.p1} said.`,
      ],
      [
        `Local officials welcomed the decision. ${f.p2}, who leads the regional development agency, said the investment was "a vote of confidence in the whole valley."`,
      ],
      [`Building work is due to begin in the spring, with the first staff moving in by ${f.year + 1}.`],
    ],
  }),
  (f) => ({
    title: `Police appeal for witnesses after ${f.town} warehouse break-in`,
    paras: [
      [
        `Police in ${f.town} are appealing for witnesses after thieves broke into a warehouse on the edge of the town overnight on ${f.day} and took electrical goods worth about ${f.n2} pounds.`,
      ],
      [
        `Officers believe at least ${(f.n3 % 4) + 2} people were involved and that a white van was used. A security guard was tied up but not seriously hurt.`,
      ],
      [
        `"This was a planned and frightening raid, and we want to hear from anyone who saw vehicles in the area after midnight," said Detective Inspector ${f.p1}.`,
      ],
      [`Anyone with information is asked to call the local station, quoting reference ${f.n2}/${f.n1}.`],
    ],
  }),
  (f) => ({
    title: `${f.town} school wins national robotics prize`,
    paras: [
      [
        `A team of ${(f.n3 % 8) + 4} pupils from ${f.town} Academy has won the national schools robotics championship with a machine that sorts library books.`,
      ],
      [`The team beat ${f.n1} other schools in the final, held over two days in ${f.town2}.`],
      [
        `"We built it because our librarian kept complaining about the returns trolley," said ${f.p1}, 15, the team captain. "We did not expect to win anything."`,
      ],
      [
        `Their teacher, ${f.p2}, said the pupils had spent most of their lunch breaks since September on the project. The school will receive ${f.n3 * 500} pounds for new equipment.`,
      ],
    ],
  }),
  (f) => ({
    title: `Ferry services cut as ${f.org} reviews timetable`,
    paras: [
      [
        `Ferry crossings between ${f.town} and ${f.town2} will be reduced from ${(f.n3 % 6) + 6} to ${(f.n3 % 3) + 2} a day from next month, the operator said on ${f.day}.`,
      ],
      [`The company blamed rising fuel costs and a fall of ${f.pct} percent in passenger numbers since ${f.year - 5}.`],
      [
        `Island residents said the change would leave them cut off. "For many of us this is not a tourist trip, it is how we get to hospital," said ${f.p1}, who runs a shop near the pier.`,
      ],
      [`${f.p2}, a spokesperson for the operator, said the timetable would be reviewed again in the autumn.`],
    ],
  }),
  (f) => ({
    title: `Orchestra marks ${f.n1}th season with free concert`,
    paras: [
      [
        `The ${f.town} Philharmonic will open its ${f.n1}th season with a free open-air concert in the market square on ${f.day} evening.`,
      ],
      [
        `The programme includes music by local composer ${f.p1}, whose new piece was written for the orchestra and a choir of ${f.n3 * 10} schoolchildren.`,
      ],
      [`"Music belongs to everyone in this town, not just to people who can afford a ticket," said conductor ${f.p2}.`],
      [`Organisers expect about ${f.n2} people to attend. Roads around the square will be closed from 4 p.m.`],
    ],
  }),
  (f) => ({
    title: `Farmers in ${f.town} count cost of late frost`,
    paras: [
      [
        `Fruit growers around ${f.town} say a late frost last week destroyed up to ${f.pct} percent of this year's apple blossom, the worst damage in more than a decade.`,
      ],
      [
        `Temperatures fell to minus ${(f.n3 % 5) + 2} degrees on ${f.day} night, weeks after trees had begun to flower.`,
      ],
      [
        `"You can do everything right for a whole year and lose it in one night," said ${f.p1}, who farms ${f.n1 * 2} hectares north of the town.`,
      ],
      [
        `The regional farmers' union has asked for emergency support and said it would publish a full estimate of the losses next month.`,
      ],
    ],
  }),
  (f) => ({
    title: `${f.org} names ${f.p1} as new chief executive`,
    paras: [
      [
        `${f.org} has appointed ${f.p1} as chief executive, the company said on ${f.day}, ending a four-month search after the sudden departure of ${f.p2}.`,
      ],
      [
        `${last(f.p1)}, who has run the company's overseas division since ${f.year - 8}, will take up the post next month.`,
      ],
      [
        `"I know this business from the warehouse floor up, and I know what it can do," ${last(f.p1)} said in a statement.`,
      ],
      [
        `Shares in the company rose ${f.n3 % 7}.${f.n1 % 10} percent after the announcement. Analysts said the choice signalled continuity rather than change.`,
      ],
    ],
  }),
  (f) => ({
    title: `Residents oppose plan for ${(f.n2 % 900) + 100} homes on ${f.town} fields`,
    paras: [
      [
        `More than ${f.n2} people have signed a petition against plans to build ${(f.n2 % 900) + 100} homes on farmland to the south of ${f.town}.`,
      ],
      [
        `The developer says the scheme would include a school, a doctor's surgery and ${f.pct} percent affordable housing.`,
      ],
      [
        `"Nobody here is against new homes, but these fields flood every winter," said ${f.p1}, who organised the petition. "We have the photographs to prove it."`,
      ],
      [`The planning committee is expected to decide on the application in ${rngMonth(f.n1)}.`],
    ],
  }),
  (f) => ({
    title: `Hospital in ${f.town} trials evening clinics`,
    paras: [
      [
        `${f.town} General Hospital has begun opening some outpatient clinics until 9 p.m. in an attempt to cut waiting times.`,
      ],
      [
        `The trial covers ${(f.n3 % 5) + 3} specialties, including dermatology and orthopaedics, and will run for six months.`,
      ],
      [
        `"Many of our patients work shifts, and a 10 a.m. appointment simply does not work for them," said ${f.p1}, the hospital's medical director.`,
      ],
      [
        `Early figures show the number of missed appointments has fallen by ${(f.pct % 30) + 5} percent, according to the hospital.`,
      ],
    ],
  }),
  (f) => ({
    title: `Cyclist ${f.p1} wins ${f.town} road race`,
    paras: [
      [
        `${f.p1} won the ${f.town} road race on ${f.day}, attacking on the final climb to finish ${f.n3} seconds ahead of ${f.p2}.`,
      ],
      [
        `The ${f.n1 + 100}-kilometre race was held in strong winds, and fewer than half of the ${f.n1 + 60} starters finished.`,
      ],
      [
        `"I was suffering like everyone else, I just decided to suffer a bit harder on the last hill," ${last(f.p1)} said.`,
      ],
      [`${f.p3} finished third. The next race in the series is in ${f.town2} in three weeks.`],
    ],
  }),
  (f) => ({
    title: `Bus fares to rise by ${(f.pct % 15) + 3} percent in ${f.town}`,
    paras: [
      [
        `Bus fares in ${f.town} will rise by an average of ${(f.pct % 15) + 3} percent from next month, the transport authority said on ${f.day}.`,
      ],
      [`A single adult ticket will cost ${(f.n3 % 3) + 2}.${f.n1 % 9}0 pounds. Fares for under-18s will be frozen.`],
      [
        `${f.p1}, who chairs the transport committee, said the increase was "unwelcome but unavoidable" after fuel and staff costs rose.`,
      ],
      [`Passenger groups said the rise would push more people back into their cars.`],
    ],
  }),
];

function rngMonth(n: number): string {
  return ["March", "April", "May", "June", "July", "September", "October", "November"][n % 8];
}

/** One fictional article as paragraphs, and its title. */
export function templateArticle(rng: Rng): { title: string; paras: string[] } {
  const t = rng.pick(TEMPLATES)(fill(rng));
  return { title: t.title, paras: t.paras.map((variants) => rng.pick(variants)) };
}

/** Host paragraphs for embedded passages: paragraphs from one or two template articles. */
export function hostParagraphs(rng: Rng, min: number): string[] {
  const out: string[] = [];
  while (out.length < min) out.push(...templateArticle(rng).paras);
  return out;
}

/** Facts of an event gathered from the corpus reports of one topic. */
export interface TopicFacts {
  names: string[];
  numbers: string[];
  quote?: string;
  places: string[];
}

/** Names (capitalised runs), numbers and a short direct quote from the reports of one event. */
export function topicFacts(texts: string[]): TopicFacts {
  const count = new Map<string, number>();
  const numbers = new Map<string, number>();
  const quotes: string[] = [];
  const stop = new Set(
    "The A An In On At He She It They But And This That We I His Her Their When After Before As If".split(" "),
  );
  for (const t of texts) {
    for (const m of t.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu)) {
      const words = m[0].split(" ").filter((w) => !stop.has(w));
      if (words.length >= 2) count.set(words.join(" "), (count.get(words.join(" ")) ?? 0) + 1);
    }
    for (const n of new Set([...t.matchAll(/\b[1-9][\d,.]*\d\b/g)].map((m) => m[0])))
      numbers.set(n, (numbers.get(n) ?? 0) + 1);
    for (const m of t.matchAll(/["“]([^"”\n]{12,60})["”]/g))
      if (m[1].split(" ").length <= 9) quotes.push(m[1].replace(/[.,;:!?]+$/, ""));
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  return {
    names: ranked.slice(0, 6),
    numbers: [...numbers.entries()]
      .filter(([n]) => !/^(19|20)\d\d$/.test(n))
      .sort((a, b) => b[1] - a[1])
      .map(([n]) => n)
      .slice(0, 4),
    quote: quotes.sort((a, b) => a.length - b.length)[0],
    places: ranked.slice(6, 9),
  };
}

/**
 * An independent-style report of an event: new sentences built around the event's names and numbers and at
 * most one short shared quote, the way a second outlet's report shares facts but not wording.
 */
export function sameStoryReport(f: TopicFacts, rng: Rng): string {
  const n = (i: number) => f.names[i % Math.max(1, f.names.length)] ?? "officials";
  const num = (i: number) => f.numbers[i % Math.max(1, f.numbers.length)];
  const day = rng.pick(DAYS);
  const s: string[] = [];
  s.push(
    rng.pick([
      `Details emerged on ${day} about the events involving ${n(0)}, which have drawn wide attention.`,
      `${n(0)} was at the centre of a developing story on ${day}, according to several accounts.`,
      `Attention turned to ${n(0)} on ${day} as new details became public.`,
    ]),
  );
  if (f.names.length > 1)
    s.push(
      rng.pick([
        `Reports also named ${n(1)}, though the exact role played by each remained unclear.`,
        `${n(1)} was also mentioned in early accounts of what happened.`,
      ]),
    );
  if (num(0))
    s.push(
      rng.pick([
        `The figure most often cited was ${num(0)}, although it could not be independently confirmed.`,
        `One account put the number at ${num(0)}.`,
      ]),
    );
  if (f.quote) s.push(`"${f.quote}," one person involved was quoted as saying.`);
  if (f.names.length > 2)
    s.push(`${n(2)} and ${n(3)} were among those following the situation closely, observers said.`);
  if (num(1)) s.push(`Another figure given in coverage of the events was ${num(1)}.`);
  if (f.names.length > 4)
    s.push(
      rng.pick([
        `Questions were also raised about ${n(4)}, and about what ${n(5)} knew beforehand.`,
        `Some coverage focused instead on ${n(4)}, while other outlets highlighted ${n(5)}.`,
      ]),
    );
  if (num(2))
    s.push(
      rng.pick([
        `A third number, ${num(2)}, also appeared in several accounts, without a clear explanation of its source.`,
        `Some versions of the story mentioned ${num(2)} as well.`,
      ]),
    );
  s.push(
    rng.pick([
      "Accounts of the sequence of events differed in several details, and some early reports were later corrected.",
      "Much of what was reported in the first hours came from people who were not directly involved.",
      "The story spread quickly online, where claims and counterclaims were difficult to verify.",
    ]),
  );
  s.push(
    rng.pick([
      "Further information is expected in the coming days.",
      "It was not immediately clear what would happen next.",
      "Neither side responded to requests for further comment.",
    ]),
  );
  const paras: string[] = [];
  for (let i = 0; i < s.length; i += 2) paras.push(s.slice(i, i + 2).join(" "));
  return paras.join("\n\n");
}
