/**
 * People, organisations and places, found by rule: runs of capitalised words, titles split off
 * ("Defense Secretary" | "Lloyd J. Austin III"), typed by organisation words, a place list and person
 * titles, and grouped so that "Mr. Austin" and "Austin" join "Lloyd J. Austin III". compromise does this
 * too, but at about 0.1 MB/s and it keeps the title inside the name ("Secretary Lloyd J. Austin III").
 */

import {
  BOILERPLATE,
  FEMALE,
  KNOWN_ORGS,
  MALE,
  MONTH_OR_DAY,
  NAME_BREAK_VERBS,
  ORG_WORDS,
  PLACE_NAMES,
  PLACE_WORDS,
  PLACES,
  TITLE_HEADS,
} from "../lexicon/claims.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import type { Entity, EntityType } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";

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

const CONNECTORS = new Set(["of", "de", "del", "da", "al", "bin", "van", "von", "la", "le", "du", "&", "for"]);
const ABBREV = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "gen",
  "lt",
  "col",
  "sen",
  "rep",
  "gov",
  "rev",
  "prof",
  "maj",
  "capt",
  "sgt",
  "adm",
  "cmdr",
  "mt",
  "ft",
]);
const SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Words that count people before a name or a nationality ("Two Israeli officials", "Several U.S. officials"). */
const QUANTIFIERS = new Set("one two three four five six seven eight nine ten several some many few most".split(" "));

interface Run {
  from: number; // token index
  to: number; // exclusive
}

/** Runs of capitalised words, joined by initials' periods, hyphens and name connectors. */
function runs(doc: TextDoc, lower: Set<string>, notNames: ReadonlySet<Token>): Run[] {
  const { tokens, text } = doc;
  // A capitalised word, unless it is one that looks like part of a name and is not (spin debris).
  const capital = (t: Token | undefined) => t !== undefined && isCapitalized(text, t) && !notNames.has(t);
  const sentenceStart = new Set<number>();
  for (const s of doc.sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && tokens[k].kind === "punct") k++;
    sentenceStart.add(k);
  }
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (t.start - prev.end > 1 || text.slice(prev.end, t.start).includes("\n")) break;
      // A capitalised function word or verb of saying ("York Said", "… The NYSE") starts no part of a name.
      // (A single capital after an initial's period is another initial: the "S" of "U.S.", not the word "s".)
      const initial = t.norm.length === 1 && prev.norm === "." && prev.end === t.start;
      if (
        capital(t) &&
        !initial &&
        (NAME_BREAK_VERBS.has(t.norm) || (STOPWORDS.has(t.norm) && !CONNECTORS.has(t.norm)))
      )
        break;
      if (capital(t) && (t.start > prev.end || initial)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      const nextCap = capital(next) && next.start === t.end + (text[t.end] === " " ? 1 : 0);
      if (t.norm === "." && t.start === prev.end && (prev.norm.length === 1 || ABBREV.has(prev.norm)) && nextCap) {
        j++;
        continue;
      }
      if (t.norm === "-" && t.start === prev.end && next?.start === t.end && next.kind === "word") {
        j++;
        continue;
      }
      if (CONNECTORS.has(t.norm) && nextCap && prev.kind === "word") {
        j++;
        continue;
      }
      break;
    }
    let from = i;
    // A capitalised word that opens a sentence is a name only if the text never writes it in lower case.
    if (sentenceStart.has(from) && (STOPWORDS.has(tokens[from].norm) || lower.has(tokens[from].norm))) from++;
    while (
      from < j &&
      (tokens[from].kind !== "word" ||
        STOPWORDS.has(tokens[from].norm) ||
        NAME_BREAK_VERBS.has(tokens[from].norm) ||
        QUANTIFIERS.has(tokens[from].norm))
    )
      from++;
    let to = j;
    while (to > from && (tokens[to - 1].kind !== "word" || CONNECTORS.has(tokens[to - 1].norm))) to--;
    if (to > from) out.push({ from, to });
    i = j;
  }
  return out;
}

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
  type: EntityType | null;
  gender: Gender;
  tokens: string[];
}

/** Find and group the people, organisations and places of a document. */
/** `notNames`: tokens that look like part of a name but are not (spin debris: see extract.ts). */
export function findEntities(doc: TextDoc, notNames: ReadonlySet<Token> = new Set()): EntityIndex {
  const { tokens, text } = doc;
  const lower = new Set<string>();
  for (const t of tokens) if (t.kind === "word" && !isCapitalized(text, t)) lower.add(t.norm);
  const raws: Raw[] = [];
  for (const run of runs(doc, lower, notNames)) {
    const raw = readName(doc, run);
    if (raw) raws.push(raw);
  }
  return groupNames(raws);
}

/** Where a run's name starts past its leading title, and the gender the title tells. */
function splitTitle(doc: TextDoc, run: Run): { split: number; gender: Gender } {
  const { tokens } = doc;
  // Split the leading title: everything up to the last title head ("Battalion Chief", "Defense Secretary").
  let split = run.from;
  let gender: Gender = null;
  for (let k = run.from; k < run.to - 1; k++) {
    const n = tokens[k].norm;
    if (tokens[k].kind !== "word" || !TITLE_HEADS.has(n)) continue;
    if (ORG_WORDS.has(tokens[run.to - 1].norm)) break; // "Chief Executive Office" is no person
    split = k + 1;
    gender = MALE.has(n) ? "male" : FEMALE.has(n) ? "female" : gender;
  }
  // "Secretary of State Antony Blinken": "of State" belongs to the title.
  if (split > run.from && tokens[split]?.norm === ".") split++;
  if (split > run.from && tokens[split]?.norm === "of" && split + 2 < run.to) split += 2;
  while (split < run.to && tokens[split].kind !== "word") split++;
  return { split, gender };
}

/** The name a run of capitals holds, its title split off; null for titles alone, months, days and boilerplate. */
function readName(doc: TextDoc, run: Run): Raw | null {
  const { tokens, text } = doc;
  const { split, gender } = splitTitle(doc, run);
  if (split >= run.to) return null;
  const start = tokens[split].start;
  // An initialism keeps its last period: "U.S.", "U.N.".
  const last = tokens[run.to - 1];
  const dot = tokens[run.to];
  const initialism = last.norm.length === 1 && run.to - split >= 3 && dot?.norm === "." && dot.start === last.end;
  const end = initialism ? dot.end : last.end;
  const raw = text.slice(start, end);
  const name = stripPossessive(raw);
  const words = tokens
    .slice(split, run.to)
    .filter((t) => t.kind === "word")
    .map((t) => stripPossessive(t.norm));
  if (words.length === 1 && MONTH_OR_DAY.has(words[0])) return null;
  if (BOILERPLATE.has(nameKey(name)) || BOILERPLATE.has(words.join(" "))) return null;
  const title =
    split > run.from ? text.slice(tokens[run.from].start, tokens[split - 1].end).replace(/[\s.]+$/, "") : null;
  const type = nameType(doc, run, name, title, words);
  return { span: [start, start + name.length], name, title, type, gender, tokens: words };
}

/** What a name is: by its words, a place list, its title, its shape, or a preposition of place before it. */
function nameType(doc: TextDoc, run: Run, name: string, title: string | null, words: string[]): EntityType | null {
  const key = nameKey(name);
  let type: EntityType | null = null;
  if (words.some((w) => ORG_WORDS.has(w)) || KNOWN_ORGS.has(key) || key === "white house") type = "organization";
  else if (
    PLACE_NAMES.has(key) ||
    (words.length === 1 && PLACES.has(words[0])) ||
    PLACE_WORDS.has(words[words.length - 1])
  )
    type = "place";
  else if (title !== null) type = "person";
  else if (/^\p{Lu}{2,}$/u.test(name) || /^(?:\p{Lu}\.){2,}/u.test(name)) type = "organization";
  else if (words.length >= 2 && words.length <= 4) type = "person";
  const prev = doc.tokens[run.from - 1];
  if (type === null && prev && /^(?:in|at|from|near|to|across|outside)$/.test(prev.norm)) type = "place";
  return type;
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
    if (e === undefined && r.type !== "organization" && r.type !== "place") {
      const s = bySurname.get(surname(r.tokens));
      if (s !== undefined && (r.tokens.length === 1 || r.title !== null || r.tokens.length <= 2)) e = s;
      // "Lloyd Austin" and "Lloyd J. Austin III" are one person when first names agree.
      if (s !== undefined && r.tokens.length >= 2 && nameKey(entities[s].name).split(/\s+/)[0] !== r.tokens[0])
        e = undefined;
      if (s !== undefined && r.tokens.length === 1) e = s;
    }
    if (e === undefined) {
      if (r.type === null) continue; // a lone capitalised word nobody else names
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
