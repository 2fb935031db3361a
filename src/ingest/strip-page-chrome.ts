/**
 * Removes page furniture before Readability looks at the page: navigation,
 * sidebars, "Trending now" and "Related stories" boxes, footers, share bars.
 * Their link texts are headlines of other stories, full of names that must
 * not end up in this article's text. Readability alone keeps them when the
 * article is short.
 */
const CHROME_TAGS = "nav, aside, footer, form, dialog, [role=navigation], [role=complementary], [role=contentinfo], [role=search]";
/** Chrome that never wraps a whole page (a <form> may: ASP.NET pages put everything in one). */
const FURNITURE_TAGS = "nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]";

/** class or id words of furniture: "trending", "related-stories", "share-bar", "most-read" */
const CHROME_WORDS = [
  "trending", "related", "sidebar", "share", "sharing", "social", "newsletter", "subscribe", "subscription",
  "promo", "breadcrumbs?", "most-?read", "most-?popular", "popular", "recommended", "recommendations",
  "outbrain", "taboola", "comments?", "menu", "navbar", "nav", "cookie", "consent", "advert", "advertisement",
  "ads?", "banner", "signup", "tags", "author-bio", "read-more", "more-stories", "footer", "masthead", "widget",
];
const CHROME_NAMES = new RegExp(`(?:^|[\\s_-])(?:${CHROME_WORDS.join("|")})(?=$|[\\s_-])`, "i");

const paragraphText = (root: Element): number =>
  Array.from(root.querySelectorAll("p")).reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0);

/** A page <header> is furniture unless it holds the headline or sits in the article. */
const isPageHeader = (element: Element): boolean =>
  !element.closest("article, main") && !element.querySelector("h1");

export function stripPageChrome(document: Document): void {
  const body = document.body;
  if (!body) return;
  const article = primaryArticle(body);
  const total = paragraphText(body);
  const size = body.textContent?.length ?? 0;
  const candidates = [
    ...Array.from(body.querySelectorAll(CHROME_TAGS)),
    ...Array.from(body.querySelectorAll("header")).filter(isPageHeader),
    ...Array.from(body.querySelectorAll("[class], [id]")).filter((element) =>
      CHROME_NAMES.test(`${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`),
    ),
  ];
  const articleText = article ? paragraphText(article) : 0;
  // A footer, navigation or sidebar holds a page's article only if the article is inside it: on a page
  // of navigation, a form and a footer, the footer's copyright lines are the most paragraph text there is.
  const furniture = (element: Element) => element.matches(FURNITURE_TAGS) && !element.querySelector("article, [itemprop=articleBody], main, h1");
  // "<article><div class='story comments-on'>…": a wrapper inside the article holding most of it stays too
  const holdsArticle = article
    ? (element: Element) =>
        element.contains(article) ||
        (article.contains(element) && !element.matches(TEASER_BOXES) && paragraphText(element) > articleText / 2)
    : (element: Element) =>
        !furniture(element) && (total > 0 ? paragraphText(element) > total / 2 : (element.textContent?.length ?? 0) > size / 2);
  for (const element of candidates) {
    if (body.contains(element) && !holdsArticle(element)) element.remove();
  }
}

/** Boxes of links to other stories; an <article> teaser inside one is never the page's article. */
const TEASER_BOXES =
  "aside, nav, footer, [class*=related], [id*=related], [class*=trending], [id*=trending], [class*=recommend], " +
  "[class*=popular], [class*=most-read], [class*=more-stories], [class*=promo], [class*=outbrain], [class*=taboola]";

/**
 * The element holding the article, among the <article>, articleBody and
 * <main> elements outside teaser boxes: the innermost one holding the
 * headline (<h1>), else the one with the most paragraph text. So a "Related
 * stories" box of <article> teasers neither protects itself nor wins over a
 * short article.
 */
function primaryArticle(body: Element): Element | undefined {
  const all = Array.from(body.querySelectorAll("article, [itemprop=articleBody], main"));
  const eligible = all.filter((element) => !element.parentElement?.closest(TEASER_BOXES));
  const headed = eligible.filter((element) => element.querySelector("h1"));
  const innermost = headed.find((element) => !headed.some((other) => other !== element && element.contains(other)));
  if (innermost) return innermost;
  let best: Element | undefined;
  let bestText = -1;
  for (const element of eligible.length > 0 ? eligible : all) {
    const text = paragraphText(element);
    if (text > bestText) [best, bestText] = [element, text];
  }
  return best;
}
