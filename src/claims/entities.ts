/**
 * People, organisations and places: names found by the learned tagger (tagger/names.ts), titles split off
 * ("Defense Secretary" | "Lloyd J. Austin III"), and grouped so that "Mr. Austin" and "Austin" join
 * "Lloyd J. Austin III", and "U.S." joins "United States".
 */

import {
  BODY_HEADS,
  BOILERPLATE,
  FEMALE,
  FIRM_ENDINGS,
  GROUP_ROLES,
  MALE,
  MONTH_OR_DAY,
  PEOPLES,
  TITLE_HEADS,
  TITLE_WORDS,
} from "../lexicon/claims.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import type { Entity, EntityType } from "../report/types.js";
import { type NameHints, type TaggedName, tagNames } from "../tagger/names.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isMisspelling } from "../text/spelling.js";
import { isCapitalized, tokenIndexAt } from "../text/tokens.js";

export type Gender = "male" | "female" | null;

export interface Mention {
  span: Span;
  /** The name as written, possessive dropped. */
  name: string;
  /** Title words before it ("Defense Secretary"), if any. */
  title: string | null;
  type: EntityType;
  gender: Gender;
  /** Index into the entity list. */
  entity: number;
}

export interface EntityIndex {
  entities: Entity[];
  /** Every mention in text order. */
  mentions: Mention[];
  /** Gender of each entity, where a title or honorific tells it. */
  genders: Gender[];
}

const SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);

function stripPossessive(s: string): string {
  return s.replace(/['’]s$/, "").replace(/['’]$/, "");
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/\./g, "");
}

/** A name read from a run of capitals, before grouping: its type where its words, title or place tell it. */
interface Raw {
  span: Span;
  name: string;
  title: string | null;
  type: EntityType;
  gender: Gender;
  tokens: string[];
}

/**
 * Find and group the people, organisations and places of a document. The names come from the learned tagger
 * (tagger/names.ts), read through what the spin signals know of the text (`hints`: see extract.ts).
 */
export function findEntities(doc: TextDoc, hints: NameHints = {}): EntityIndex {
  const raws: Raw[] = [];
  for (const name of tagNames(doc, hints)) {
    const raw = readName(doc, withoutGroupRole(doc, name));
    if (raw) raws.push(raw);
  }
  placesInPairs(doc, raws);
  return groupNames(raws.map((r, i) => (r.type === "organization" ? withJoinedHead(doc, r, raws[i - 1]) : r)));
}

/**
 * "The Food and Allied Workers union", "the Foreign and Commonwealth Office": the name of a body that joins two
 * words with "and" is one name, not the part after "and" that the tagger found. The name must end in a word
 * such bodies' names end in, or stand before one; the word before "and" must follow "the", be capitalised and
 * belong to no other name (`previous`: the name found before this one).
 */
function withJoinedHead(doc: TextDoc, r: Raw, previous: Raw | undefined): Raw {
  const { tokens, text } = doc;
  const at = tokenIndexAt(tokens, r.span[0]);
  const [the, head, and] = [tokens[at - 3], tokens[at - 2], tokens[at - 1]];
  if (the?.norm !== "the" || and.norm !== "and" || head.kind !== "word" || !isCapitalized(text, head)) return r;
  const after = tokens[tokenIndexAt(tokens, r.span[1])];
  const bodyAfter = after !== undefined && !isCapitalized(text, after) && BODY_HEADS.has(after.norm);
  if (!BODY_HEADS.has(r.tokens[r.tokens.length - 1]) && !bodyAfter) return r;
  if (previous && previous.span[1] > head.start) return r;
  if (text.slice(the.end, r.span[0]) !== ` ${text.slice(head.start, head.end)} and `) return r; // one line
  const span: Span = [head.start, r.span[1]];
  return { ...r, span, name: text.slice(...span), tokens: [head.norm, and.norm, ...r.tokens] };
}

/** "Gaza Officials", "U.S. Officials": the name less its plural role word (never "Council of Ministers"). */
function withoutGroupRole(doc: TextDoc, name: TaggedName): TaggedName {
  const { tokens } = doc;
  const last = name.to - 1;
  if (last <= name.from || !GROUP_ROLES.has(tokens[last].norm)) return name;
  for (let k = name.from; k < last; k++) if (tokens[k].norm === "of") return name;
  return { ...name, to: last, end: tokens[last - 1].end };
}

/** Prepositions after which a name is where something is. */
const AT_PLACE = new Set(["in", "at", "near", "outside"]);

/**
 * Two names joined by "and" after a preposition of place ("plants in Millbrook and Stanegate") are places
 * both, when the tagger read one of them so and the other, a single word, otherwise: a town it has never
 * seen looks to it like anything.
 */
function placesInPairs(doc: TextDoc, raws: Raw[]): void {
  const { text, tokens } = doc;
  for (let i = 0; i + 1 < raws.length; i++) {
    const [a, b] = [raws[i], raws[i + 1]];
    if (a.type === b.type || (a.type !== "place" && b.type !== "place")) continue;
    if (text.slice(a.span[1], b.span[0]) !== " and ") continue;
    const lone = a.type === "place" ? b : a;
    if (lone.tokens.length !== 1 || lone.title !== null) continue;
    const before = tokens[tokenIndexAt(tokens, a.span[0]) - 1];
    if (before && AT_PLACE.has(before.norm)) lone.type = "place";
  }
}

/** The title before a person's name ("Defense Secretary", "Mr."): its first token, and the gender it tells. */
function titleBefore(doc: TextDoc, from: number): { at: number; gender: Gender } {
  const { tokens, text } = doc;
  let at = from;
  let gender: Gender = null;
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.end < tokens[k + 1].start - 1 || text.slice(t.end, tokens[k + 1].start).includes("\n")) break;
    if (t.norm === "." && k > 0 && tokens[k - 1].end === t.start && TITLE_HEADS.has(tokens[k - 1].norm)) continue;
    if (!isCapitalized(text, t)) {
      // "Secretary of State Antony Blinken": "of" inside a title.
      if (t.norm === "of" && at < from && tokens[k - 1] && TITLE_HEADS.has(tokens[k - 1].norm)) continue;
      break;
    }
    if (TITLE_HEADS.has(t.norm)) {
      gender = gender ?? (MALE.has(t.norm) ? "male" : FEMALE.has(t.norm) ? "female" : null);
      at = k;
    } else if (TITLE_WORDS.has(t.norm) && at < from) at = k;
    else break;
  }
  return { at, gender };
}

/** A tagged name with its title and words; null for months, days and boilerplate. */
function readName(doc: TextDoc, tagged: TaggedName): Raw | null {
  const { tokens, text } = doc;
  let from = tagged.from;
  // A title the tagger took into a person's name ("President Biden") is split off.
  if (tagged.type === "person") while (from < tagged.to - 1 && TITLE_HEADS.has(tokens[from].norm)) from++;
  while (from < tagged.to && tokens[from].kind === "punct") from++;
  // "The Department of Homeland Security": a leading article is no part of a longer name.
  if (tokens[from]?.norm === "the" && tagged.to - from >= 3) from++;
  if (from >= tagged.to) return null;
  const start = from === tagged.from ? tagged.start : tokens[from].start;
  let end = tagged.end;
  // "Lloyd J. Austin III", "Martin Luther King Jr.": a suffix the tagger left outside belongs to the name.
  const next = tokens[tagged.to];
  if (
    tagged.type === "person" &&
    next &&
    next.start === end + 1 &&
    SUFFIX.has(next.norm) &&
    isCapitalized(text, next)
  ) {
    end = tokens[tagged.to + 1]?.norm === "." && tokens[tagged.to + 1].start === next.end ? next.end + 1 : next.end;
  }
  const name = stripPossessive(text.slice(start, end));
  if (name.length === 0) return null;
  const words = tokens
    .slice(from, tagged.to)
    .filter((t) => t.kind !== "punct")
    .map((t) => stripPossessive(t.norm));
  if (words.every((w) => isCalendarWord(w) || STOPWORDS.has(w))) return null; // "Sunday", "On Saturdays"
  if (BOILERPLATE.has(nameKey(name)) || BOILERPLATE.has(words.join(" "))) return null;
  // "South Koreans", "Reaching Palestinians" (a spinner's capital before a people): a group, not an entity.
  if (PEOPLES.has(words[words.length - 1])) return null;
  const before = tagged.type === "person" ? titleBefore(doc, tagged.from) : { at: tagged.from, gender: null };
  const titleFrom = Math.min(before.at, tagged.from);
  const titleText =
    from > titleFrom ? text.slice(tokens[titleFrom].start, tokens[from - 1].end).replace(/[\s.]+$/, "") : "";
  // Marks the tagger took into a name ("“SeaMicro", "<SHV") are no title.
  const title = /\p{L}/u.test(titleText) ? titleText : null;
  const gender = before.gender ?? titleGender(tokens.slice(tagged.from, from).map((t) => t.norm));
  const type = endsLikeFirm(name) ? "organization" : tagged.type;
  return { span: [start, start + name.length], name, title, type, gender, tokens: words };
}

/** A name of two words or more whose last word, standing on its own, ends a firm's name ("Acme Corp."). */
export function endsLikeFirm(name: string): boolean {
  const ws = name.split(/\s+/);
  return ws.length >= 2 && FIRM_ENDINGS.has(ws[ws.length - 1].toLowerCase().replace(/\.$/, ""));
}

/** A month or a weekday, or weekdays ("Saturdays"). */
function isCalendarWord(w: string): boolean {
  return MONTH_OR_DAY.has(w) || (w.endsWith("s") && MONTH_OR_DAY.has(w.slice(0, -1)));
}

function titleGender(words: string[]): Gender {
  for (const w of words) if (MALE.has(w) || FEMALE.has(w)) return MALE.has(w) ? "male" : "female";
  return null;
}

/** A person's surname: the last word of the name, before "Jr.", "III" and the like. */
function surname(ws: string[]): string {
  let k = ws.length - 1;
  while (k > 0 && SUFFIX.has(ws[k])) k--;
  return ws[k];
}

/**
 * Group the names into entities: a person is keyed by surname; a one-word mention joins the person with that
 * surname.
 */
function groupNames(raws: Raw[]): EntityIndex {
  const firms = voteTypes(raws);
  const surnameCounts = new Map<string, number>();
  for (const r of raws)
    if (r.type === "person") surnameCounts.set(surname(r.tokens), (surnameCounts.get(surname(r.tokens)) ?? 0) + 1);
  const entities: Entity[] = [];
  const genders: Gender[] = [];
  const bySurname = new Map<string, number>();
  const byKey = new Map<string, number>();
  const mentions: Mention[] = [];
  // Full names first, so that a lone "Austin" finds "Lloyd J. Austin III" wherever it stands.
  const order = raws.map((_, i) => i).sort((a, b) => raws[b].tokens.length - raws[a].tokens.length || a - b);
  const assigned = new Array<number>(raws.length).fill(-1);
  for (const i of order) {
    const r = raws[i];
    const key = nameKey(r.name);
    let e = byKey.get(key);
    if (e === undefined && r.type === "organization" && r.tokens.length === 1) {
      const full = firms.get(r.tokens[0]);
      if (full !== undefined) e = byKey.get(full);
    }
    if (e === undefined && r.type !== "organization" && r.type !== "place") {
      const s = bySurname.get(surname(r.tokens));
      if (s !== undefined && (r.tokens.length === 1 || r.title !== null || r.tokens.length <= 2)) e = s;
      // "Lloyd Austin" and "Lloyd J. Austin III" are one person when first names agree.
      if (s !== undefined && r.tokens.length >= 2 && nameKey(entities[s].name).split(/\s+/)[0] !== r.tokens[0])
        e = undefined;
      if (s !== undefined && r.tokens.length === 1) e = s;
      if (s === undefined && r.tokens.length === 1) e = misspeltSurname(bySurname, r.tokens[0], surnameCounts);
    }
    if (e === undefined) {
      e = entities.length;
      entities.push({ name: r.name, type: r.type, mentions: [] });
      genders.push(r.gender);
      if (r.type === "person") bySurname.set(surname(r.tokens), e);
    }
    byKey.set(key, e);
    if (r.gender && !genders[e]) genders[e] = r.gender;
    assigned[i] = e;
  }
  // "U.S." and "United States", "UN" and "United Nations": an acronym of a name the text spells out is that name.
  const into = acronymsOf(entities);
  for (let i = 0; i < assigned.length; i++) if (assigned[i] >= 0) assigned[i] = into[assigned[i]];
  raws.forEach((r, i) => {
    const e = assigned[i];
    if (e < 0) return;
    entities[e].mentions.push(r.span);
    mentions.push({ span: r.span, name: r.name, title: r.title, type: entities[e].type, gender: r.gender, entity: e });
  });
  // Entities merged into another are dropped; the numbers of the rest close up.
  const kept = entities.map((_, e) => into[e] === e);
  const renumber: number[] = [];
  let next = 0;
  for (let e = 0; e < entities.length; e++) renumber.push(kept[e] ? next++ : -1);
  for (const m of mentions) m.entity = renumber[m.entity];
  const out = entities.filter((_, e) => kept[e]);
  for (const e of out) e.mentions.sort((a, b) => a[0] - b[0]);
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  return { entities: out, mentions, genders: genders.filter((_, e) => kept[e]) };
}

/**
 * One type for every mention of a name: the tagger reads each mention in its own sentence ("the Biden
 * administration" may read as an organisation), so the name takes the type most of its mentions have, and a
 * single word that is a person's surname elsewhere in the text is that person, or a firm's first word that firm.
 * Returns the firms by first word (orgsByFirstWord), for grouping.
 */
function voteTypes(raws: Raw[]): Map<string, string> {
  const votes = new Map<string, Map<EntityType, number>>();
  const surnames = new Set<string>();
  for (const r of raws) {
    const key = nameKey(r.name);
    let v = votes.get(key);
    if (!v) {
      v = new Map();
      votes.set(key, v);
    }
    v.set(r.type, (v.get(r.type) ?? 0) + 1);
    // "Joe Biden", and "Mr. Biden" alone: a title tells a person as a first name does.
    if (r.type === "person" && (r.tokens.length >= 2 || r.title !== null)) surnames.add(surname(r.tokens));
  }
  const firms = orgsByFirstWord(raws);
  for (const r of raws) {
    if (r.tokens.length === 1 && surnames.has(r.tokens[0])) {
      r.type = "person";
      continue;
    }
    // (Not a place: "Manchester" is a city where "Manchester United" is a club.)
    if (r.tokens.length === 1 && firms.has(r.tokens[0]) && r.type !== "place") {
      r.type = "organization";
      continue;
    }
    let best = r.type;
    for (const [type, n] of votes.get(nameKey(r.name)) ?? [])
      if (n > (votes.get(nameKey(r.name))?.get(best) ?? 0)) best = type;
    r.type = best;
  }
  return firms;
}

/**
 * Organisations by the first word of their name, where only one name of two words or more starts with it:
 * "Lumina" alone, in a text that names "Lumina Systems", is that firm ("Lumina's board").
 */
function orgsByFirstWord(raws: Raw[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const r of raws) {
    if (r.type !== "organization" || r.tokens.length < 2) continue;
    const first = r.tokens[0];
    const key = nameKey(r.name);
    if (taken.has(first) && out.get(first) !== key) out.delete(first);
    else if (!taken.has(first)) out.set(first, key);
    taken.add(first);
  }
  return out;
}

/**
 * The person whose surname a lone word misspells ("Gallant" for "Yoav Glant" in a spun copy), if the word is
 * rare in the text (a misspelling is the odd one out, not a second family name used throughout).
 */
function misspeltSurname(
  bySurname: Map<string, number>,
  word: string,
  counts: Map<string, number>,
): number | undefined {
  if ((counts.get(word) ?? 0) > 2) return undefined;
  let found: number | undefined;
  for (const [name, e] of bySurname) {
    if (name[0] !== word[0] || !isMisspelling(name, word)) continue;
    if (found !== undefined && found !== e) return undefined; // two people it could be: neither
    found = e;
  }
  return found;
}

/** Words left out of a name's initials ("United States of America" is USA). */
const NOT_INITIALS = new Set(["of", "the", "and", "for", "&", "de", "la"]);

/**
 * Where each entity's mentions belong: itself, or — for an acronym ("U.S.", "UN", 2 to 5 capitals) whose
 * letters are the initials of another entity's name of at least two words ("United States") — that entity.
 */
function acronymsOf(entities: Entity[]): number[] {
  const into = entities.map((_, e) => e);
  const byInitials = new Map<string, number>();
  entities.forEach((e, i) => {
    const words = e.name.split(/\s+/).filter((w) => !NOT_INITIALS.has(w.toLowerCase()));
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return;
    const initials = words.map((w) => w[0]).join("");
    // Two names with the same initials: the acronym stands for neither (-1).
    byInitials.set(initials, byInitials.has(initials) ? -1 : i);
  });
  entities.forEach((e, i) => {
    const letters = e.name.replace(/\./g, "");
    if (!/^\p{Lu}{2,5}$/u.test(letters)) return;
    const full = byInitials.get(letters);
    if (full !== undefined && full >= 0 && full !== i) into[i] = full;
  });
  return into;
}
