/**
 * A byline as the report gives it: the author names a page or feed states, without "By", without what
 * follows a separator ("| 3 min read"), and nothing when it names nobody ("Staff", "News desk", a URL).
 */

/** Bylines that name no person: a desk, the staff, the site's own account. */
const NOBODY =
  /^(?:(?:our|the)\s+)?(?:staff(?:\s+(?:reporter|writer|correspondent)s?)?|(?:news|web|sports?|city|foreign|business)\s+desk|newsroom|editorial(?:\s+(?:staff|team|board))?|reporters?|admin(?:istrator)?|editor|editors|contributor|guest|anonymous|unknown)$/i;

export function authorNames(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const names = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^by[:\s]\s*/i, "")
    .split(/\s[|·•]\s/)[0]
    .trim();
  if (!names || /^https?:/i.test(names) || NOBODY.test(names)) return undefined;
  return names;
}
