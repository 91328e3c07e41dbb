/** Abbreviations that end in a period without ending a sentence (lower-cased, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sr jr st gen col lt maj capt sgt cmdr adm gov sen rep rev hon pres supt insp det
  inc corp co ltd plc llc bros dept univ assn est approx vs etc no nos vol fig
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  u.s u.k u.n e.u a.m p.m d.c n.y n.j l.a i.e e.g`.split(/\s+/),
);
