/**
 * A byline as the report gives it: the author names a page or feed states, as a list ("Jane Doe, Tom Lee"),
 * without "By", without what follows a separator or a date ("| 3 min read", "· 12 May 2024"), without roles
 * and agencies after a comma ("Staff Writer", "Associated Press"), and nothing when it names nobody ("Staff",
 * "News desk", a URL). A byline in capitals is given in title case.
 */

/** Bylines that name no person: a desk, the staff, the site's own account. */
const NOBODY =
  /^(?:(?:our|the)\s+)?(?:staff(?:\s+(?:reporter|writer|correspondent)s?)?|(?:news|web|sports?|city|foreign|business)\s+desk|newsroom|editorial(?:\s+(?:staff|team|board))?|reporters?|admin(?:istrator)?|editor|editors|contributor|guest|anonymous|unknown|correspondent|(?:our\s+)?(?:special\s+)?correspondent)$/i;
/** What follows a name after a comma when it is a role or an agency, not another name. */
const ROLE =
  /\b(?:reporter|writer|correspondent|editor|columnist|contributor|staff|press|news|agency|associated|reuters|afp|bureau|desk|times|post|herald|journal|photographer|senior|chief|political|special|for|in|at)\b/i;
/** A role written after a name without a comma: "Jane Doe Reporter". */
const TRAILING_ROLE =
  /\s+(?:(?:senior|chief|political|staff|special)\s+)?(?:reporter|correspondent|writer|editor|columnist)$/i;
const PREFIX = /^(?:(?:written|words|posted|story|reporting|report|text|photos?|analysis)\s+)?by[:\s]\s*/i;

/** "Jane Doe Reporter" → "Jane Doe"; "A. Writer" stays: a name keeps two words. */
function withoutRole(name: string): string {
  const cut = name.replace(TRAILING_ROLE, "");
  return cut.split(" ").length >= 2 ? cut : name;
}

function titleCase(s: string): string {
  return /\p{Ll}/u.test(s) ? s : s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
}

export function authorNames(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let names = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIX, "")
    .split(/\s[|·•—–]\s|\s[|·•]|[|·•]\s/)[0]
    // A date, a time or "Published" after the names ends them.
    .replace(/\s*(?:,|\bon\b|\bat\b|\bpublished\b|\bupdated\b|\bposted\b)?\s*(?:\d|published|updated|posted).*$/i, "")
    .trim();
  if (!names || /^https?:|@|\//i.test(names) || NOBODY.test(names)) return undefined;
  const parts = names
    .split(/\s*,\s*|\s+(?:and|&)\s+/i)
    .map((p) => withoutRole(p.trim()))
    .filter((p, i) => p !== "" && !(i > 0 && ROLE.test(p)) && !NOBODY.test(p));
  if (parts.length === 0 || parts.some((p) => p.split(" ").length > 5 || !/\p{L}/u.test(p))) return undefined;
  names = parts.map(titleCase).join(", ");
  return names.length <= 120 ? names : undefined;
}
