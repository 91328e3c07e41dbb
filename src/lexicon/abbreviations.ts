/** Abbreviations that end in a period without ending a sentence (lower-cased, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sr jr st gen col lt maj capt sgt cmdr adm gov sen rep rev hon pres supt insp det
  inc corp co ltd plc llc bros dept univ assn est approx vs etc no nos vol fig
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  u.s u.k u.n e.u a.m p.m d.c n.y n.j l.a i.e e.g`.split(/\s+/),
);

/** Abbreviations within a person's name: titles ("Sgt. Maya Linde", "Gov. Ray Holt"), "Jr." and "Sr.". */
const NAME_ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st gen col lt maj capt sgt cmdr adm gov sen rep rev hon pres supt insp det".split(" "),
);

/**
 * Whether a period after `word` goes on within a person's name: an initial ("J.") or a name's abbreviation; not
 * a firm's "Inc." or "Corp.", which ends its name.
 */
export function inName(word: string): boolean {
  return /^[a-z]$/.test(word) || NAME_ABBREVIATIONS.has(word);
}

/** Whether a period after `word` may end no sentence: an initial or any abbreviation above. */
export function isAbbreviation(word: string): boolean {
  return /^[a-z]$/.test(word) || ABBREVIATIONS.has(word);
}
