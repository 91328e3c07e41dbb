/**
 * What sits in or beside an article's body without being the article, found by what it says and how it is
 * built rather than by class names (which boilerplate.ts reads): reader comment threads (runs of sibling
 * posts that carry a time and a user's name, a "wrote:" or reply links), labels ("ADVERTISEMENT", "Story
 * continues below"), "Related:" and "Read more:" lines, share bars, newsletter and log-in prompts, and the
 * credit at the end of a caption.
 */
import { clean, type DomElement, spacedText } from "./dom.js";

/** A time of day, a numeric date, or "N hours ago": what every comment system prints beside a post. */
const POST_TIME =
  /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d+\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:yesterday|today)\s+at\b|\bjust now\b/i;
/** "NAME wrote:", "NAME says:", "NAME said...", "NAME wrote on 10/11/2023 10:54 PM:" at the start of a post. */
const SAYS =
  /^\S+(?:\s\S+){0,2}\s(?:wrote|writes|says|said|replied|commented)(?:\s+on\s[^:]{3,40}|\s+at\s[^:]{3,20})?(?::|\.\.\.|…)/i;
/** Link and button texts of a post's own controls. */
const POST_CONTROL = /^(?:reply|report(?: abuse| comment)?|flag|like|quote|permalink|upvote|downvote|recommend)\b/i;
/** Where a link to a reader's profile points (not a journalist's: "/profile/" and "/people/" are staff pages). */
const USER_LINK = /\/(?:users?|members?|u|community\/users)\/[^/]+\/?$/i;

/** Whether an element reads as one reader's post. */
/** What a post must show somewhere, tested on the raw text first: most elements are no post. */
const POST_HINT = /\d:\d\d|\d\/\d|\bago|yesterday|today|just now|wrote|writes|says|said|replied|commented/i;

function isPost(el: DomElement): boolean {
  const raw = el.textContent ?? "";
  // A post with its replies nested in it may be long.
  if (raw.length < 15 || raw.length > 8000 || !POST_HINT.test(raw)) return false;
  // Spaced: "1 hours ago" and the post after it are apart even when their elements touch.
  const text = spacedText(el) ?? "";
  if (text.length < 15 || text.length > 8000) return false;
  const head = text.slice(0, 160);
  const time = POST_TIME.test(head);
  const says = SAYS.test(text);
  let control = false;
  let user = false;
  for (const a of Array.from(el.querySelectorAll("a,button"))) {
    if (POST_CONTROL.test(clean(a.textContent) ?? "")) control = true;
    if (USER_LINK.test(a.getAttribute("href") ?? "")) user = true;
  }
  if (control || user) return time || says;
  // Without controls, a time and "NAME wrote:" on a line of its own: "Police said: …" in a paragraph is prose.
  return time && says && saysAlone(el);
}

/** Whether the element's first block or line is only its "NAME wrote on DATE:" heading. */
function saysAlone(el: DomElement): boolean {
  const first = el.children[0];
  const head = clean(first?.textContent) ?? "";
  return head.length > 0 && head.length <= 100 && SAYS.test(head) && (clean(el.textContent) ?? "").length > head.length;
}

/** A heading or line that announces a thread: "4 Responses", "Join the conversation (12)", "Comments". */
const THREAD_TITLE =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reader (?:comments|reactions)|thoughts on\b.*|join the (?:conversation|discussion)|discussion|have your say|what (?:readers|you) (?:say|think))(?:\s*\(\d+\))?:?$/i;

/**
 * Removes reader comment threads: in any element, two or more children that read as posts, when they are at
 * least half its children (a live blog's entries carry times, but no reply links, "wrote:" or user pages).
 * A heading just before the posts that announces them goes too.
 */
export function dropThreads(root: DomElement): void {
  // Outermost first: a post's own parts (its header, its reply links) must not go before the post is judged.
  for (const parent of Array.from(root.querySelectorAll("*"))) {
    if (!root.contains(parent)) continue;
    const kids = Array.from(parent.children);
    if (kids.length < 2) continue;
    const posts = kids.filter(isPost);
    if (posts.length < 2 || posts.length * 2 < kids.length) continue;
    for (const p of posts) {
      const before = p.previousElementSibling;
      if (before && THREAD_TITLE.test(clean(before.textContent) ?? "")) before.remove();
      p.remove();
    }
    const title = parent.previousElementSibling;
    if (title && THREAD_TITLE.test(clean(title.textContent) ?? "")) title.remove();
  }
}

/** A whole block that is only a label or a control: never article text. */
const LABEL =
  /^(?:advertisement|advertising|sponsored(?: content)?|paid (?:post|content)|(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: advert(?:isement)?| ad)?|continue reading(?: (?:below|the (?:main )?story))?|scroll (?:down )?to continue(?: with content)?|read more|read next|more stories|related|related (?:articles?|stories|content|coverage|links|reading)|recommended(?: for you)?|you (?:may|might) also like|share(?: this)?(?: (?:article|story|page))?|skip advert|log ?in to (?:comment|reply|join the (?:conversation|discussion))\b.*|(?:log ?in|sign in|register) (?:or (?:log ?in|sign in|register) )?to (?:comment|reply|join the (?:conversation|discussion))\b.*)[:.!]?$/i;
/** "Related: …", "READ MORE: …": a promotion of another story, whatever follows the colon. */
const PROMO_PREFIX =
  /^(?:related(?: (?:stories|articles|content|coverage|links))?|read more|read also|also read|see also|more on this(?: story)?|more from [^:]{2,30}|recommended|don't miss|watch|listen|trending|editor's picks?|top stories)\s*[:|»>–—-]\s/i;
/** Words of a share bar: a block made only of these is one. */
const SHARE_WORD =
  /^(?:share|shares|sharing|on|this|article|story|via|tweet|facebook|twitter|x|whatsapp|email|e-mail|mail|linkedin|pinterest|reddit|telegram|messenger|flipboard|copy|link|print|comments?|save|gift|\d+|[|•·/])$/i;
/** A prompt asks ("Sign up", "Subscribe") for something delivered ("newsletter", "inbox", "email"). */
const PROMPT_ASK = /\b(?:sign(?:ing)? up|subscribe|register|get (?:it|them|our))\b/i;
const PROMPT_WHAT = /\b(?:newsletters?|inbox|e-?mail(?: address)?|briefing)\b/i;

function isChatter(text: string): boolean {
  if (text.length > 300) return false;
  if (LABEL.test(text)) return true;
  if (text.length <= 200 && PROMO_PREFIX.test(text)) return true;
  if (text.length <= 200 && SAYS.test(text) && POST_TIME.test(text.slice(0, 80))) return true;
  const words = text.split(/\s+/);
  if (
    words.length <= 14 &&
    words.every((w) => SHARE_WORD.test(w)) &&
    /share|facebook|twitter|email|whatsapp/i.test(text)
  )
    return true;
  // "Sign up for our newsletter", "Get the briefing delivered to your inbox".
  return PROMPT_ASK.test(text) && PROMPT_WHAT.test(text);
}

const CHATTER_BLOCKS = "p,div,li,span,h2,h3,h4,h5,h6,strong,section,aside,dd,dt";

/**
 * Removes blocks that are only labels, promotions, share bars or prompts. A block is judged by its whole
 * text, and only when short: a long paragraph that mentions a newsletter is the article's.
 */
export function dropChatter(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(CHATTER_BLOCKS))) {
    if (!root.contains(el)) continue;
    const text = clean(el.textContent);
    if (text === undefined || text.length > 300) continue;
    if (isChatter(text)) el.remove();
  }
}

/** A credit at the end of a caption: "Photo: Name/Agency", "(Photo by Name / Getty Images)", "© Name". */
const CREDIT =
  /\s*(?:\(\s*)?(?:(?:photo(?:graph)?s?|pictures?|pic|image|illustration|video|credit|source)(?:\s+(?:by|credit))?\s*[:|]|(?:photo(?:graph)?|picture|image)\s+by\s|©|\(c\)|copyright\b)[\s\S]{1,120}?\)?\s*$/i;
const CREDIT_WORDS = /(?:^|[-_\s])(?:credit|credits|copyright|photographer|attribution|source)(?:$|[-_\s])/i;

/** Captions keep what they say of the picture and lose its credit, in an element of its own or in the text. */
export function trimCaptions(root: DomElement): void {
  for (const cap of Array.from(root.querySelectorAll("figcaption,[class*=caption]"))) {
    for (const el of Array.from(cap.querySelectorAll("*")))
      if (cap.contains(el) && CREDIT_WORDS.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`))
        el.remove();
    // The credit ends the caption's text: in its trailing text nodes (the parser splits text at entities, as
    // at "&copy;"), or in a last inline element that holds only it.
    const nodes = Array.from(cap.childNodes);
    while (nodes.length > 0 && (nodes[nodes.length - 1].textContent ?? "").trim() === "") nodes.pop();
    const last = nodes[nodes.length - 1];
    if (!last) continue;
    if (last.nodeType === 1) {
      const text = last.textContent ?? "";
      const m = CREDIT.exec(text);
      if (m && clean(text) === clean(m[0])) (last as DomElement).remove();
      continue;
    }
    let start = nodes.length - 1;
    while (start > 0 && nodes[start - 1].nodeType === 3) start--;
    const run = nodes.slice(start);
    const text = run.map((n) => n.textContent ?? "").join("");
    const m = CREDIT.exec(text);
    if (!m) continue;
    run[0].textContent = text.slice(0, m.index);
    for (const n of run.slice(1)) n.textContent = "";
  }
}
