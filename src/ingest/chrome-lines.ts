/**
 * Whole lines of site chrome that scraped copies keep: share buttons,
 * subscription prompts, links to other stories. A line is removed only when
 * all of it matches, so a paragraph that merely starts with "Read more" or
 * "Subscribers" stays.
 */
const NETWORKS = "Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Telegram|Messenger|Tumblr|Flipboard|Bluesky|Threads|VK";
const SHARE_WORDS = `${NETWORKS}|X|Email|E-mail|Print|Copy link|Copy|Share|Tweet|SMS`;

const LINES: readonly string[] = [
  "Exit mobile version", // WordPress mobile theme footer link
  "Skip to (?:main )?content",
  "(?:Story continues below )?advertisement(?: - scroll to continue(?: with content)?)?",
  "Share this(?: article| story| post| page)?:?", // "Share this:"
  `Share(?: on (?:${NETWORKS}))?`,
  "Click to (?:share|email|print)\\b.{0,80}", // "Click to share on Twitter (Opens in new window)"
  "Like this:",
  "(?:Like )?Loading\\.\\.\\.",
  "Subscribe\\b.{0,100}", // "Subscribe to our newsletter"
  "Sign up (?:for|to) (?:our|the) .{0,40}newsletters?\\b.{0,80}",
  "Follow us on .{0,80}",
  "Read (?:more|also|next)\\b.{0,200}", // "Read more: Coach … sacked after cup defeat"
  "See also:.{0,200}",
  "Related(?: stories| articles| news| coverage| content)?(?::.{0,200})?",
  // "Facebook Twitter WhatsApp", "Share | Tweet": one way only to read the gap between two words
  // ("[ \t]*[,|]?[ \t]*" could split "Share    Share …" in many, and "Share    " × 20 + "now" took minutes)
  `(?:(?:${SHARE_WORDS})[ \\t]*(?:[,|·•/][ \\t]*)?){2,}`,
  `(?:${NETWORKS})`, // a lone "Facebook"
  "(?:Please )?(?:enable|turn on) JavaScript\\b.{0,160}", // "Please enable JavaScript to view the comments"
  "(?:Copyright[ \\t]*(?:©|\\(c\\))?|©)[ \\t]*\\d{4}\\b.{0,200}", // "Copyright 2024 Example Media. All rights reserved." (a year: not "Copyright cases rose")
  "All rights reserved\\.?",
];

/** Matches a whole chrome line with its line feed. */
export const CHROME_LINE = new RegExp(`^[ \\t]*(?:${LINES.join("|")})[ \\t]*(?:\\n|$)`, "gim");
