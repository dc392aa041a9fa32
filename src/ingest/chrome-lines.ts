/**
 * One-line recognisers for the chrome a select-all copy of a web page carries around the
 * article: site taglines and skip links above the headline; revision and archive notices,
 * licence and "last edited" footers, category lines, comment prompts and share rows below it;
 * dated headline lists. They look at the wording and shape that web page chrome shares across
 * sites (wikis, news sites, blogs), never at one site's name.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.ts";
import { matchLeadingDate } from "./calendar-date.ts";
import { countWords } from "./normalize-whitespace.ts";

// Notices run to a couple of sentences; longer lines are body text whatever they say.
const MAX_CHROME_LENGTH = 400;
const MAX_LIST_ITEM_LENGTH = 250;

// "Jump to navigation", "Skip to main content".
const SKIP_LINK =
  /^(?:jump|skip) to (?:the )?(?:navigation|search|(?:main )?content|main menu|article|footer)\b/i;
// A wiki's tagline under its logo: "From Wikipedia, the free encyclopedia".
const SITE_TAGLINE = /^from [^,.]{1,40}, the free\b[^.]{0,60}$/i;
// Labels of a site's own header: search box, menu button, account links.
const HEADER_LABEL =
  /^(?:search|menu|main menu|navigation|toggle navigation|open menu|close menu|log ?in|sign ?in|create account|donate|subscribe)$/i;
// "3 minute read", "5 min read", "Listen to this article": a reading aid above the body.
const READING_AID = /^(?:\d{1,3} min(?:ute)?s? read|listen to this (?:article|story)(?: \S+)?)$/i;
// Wire copy's staff credits: "Reporting by … in …; Editing by …", "(Additional reporting by …)".
const WIRE_CREDIT =
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics|research)(?: and \p{L}+)? by \p{Lu}[^.]{0,300}(?:;|\bediting by\b|\)$)/iu;
// "This is the stable version, checked on …", "Template changes await review".
const REVISION_NOTICE =
  /^this is (?:the|an?) (?:(?:stable|latest|current|accepted|checked|old|archived|draft|reviewed) ){1,2}(?:version|revision)\b|\b(?:template|pending) changes (?:await|are awaiting) review\b/i;
// "This page is archived, and is no longer publicly editable."
const ARCHIVE_NOTICE =
  /^this (?:page|article|story|post) (?:is|has been|was) archived\b|^(?:this|the) (?:page|article) is no longer (?:publicly )?editable\b/i;
// "This page was last edited on 9 September 2015, at 04:31.", "Last modified on Tue 14 Mar 2023".
const MONTH_OR_WEEKDAY = [...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.slice(0, 3));
const EDITED_LINE = new RegExp(
  `^(?:this (?:page|article|story) was |page )?last (?:edited|modified|changed|revised)(?: on| at)?:? *(?:\\d|(?:${MONTH_OR_WEEKDAY.join("|")})[a-z]*\\b)`,
  "i",
);
// "Text is available under the Creative Commons …", "Content is available under CC BY 2.5 …".
const LICENCE_LINE =
  /^(?:text|content|all content|material|this (?:page|work|article|story)) (?:is )?(?:available|licensed|published|released|distributed) under\b/i;
const LICENCE_WORD =
  /\blicen[cs]e\b|\bcreative commons\b|\bcc[- ]by\b|\bgnu\b|\bpublic domain\b|\bterms\b/i;
// "Categories: Science | Environment", "Tags: ozone, crops", "Filed under: World".
const CATEGORY_LINE = /^(?:categor(?:y|ies)|tags?|filed under) *: */i;
const RETRIEVED = /^retrieved from\b/i;
// The prompt over a comment box: "Have an opinion on this story?", "Leave a reply", "12 comments".
const COMMENT_PROMPT =
  /^(?:have an opinion\b|join the (?:discussion|conversation)\b|leave a (?:comment|reply)\b|(?:add|post|write) (?:a|your) comment\b|comments? (?:are )?closed\b|\d+ comments?$|comments? \(\d+\)$|(?:show|view|read) (?:all )?comments\b|log in to comment\b|your email address will not be published\b)/i;
// Prompts are a few words; a sentence that starts the same way is the article's.
const MAX_PROMPT_WORDS = 14;
// "Share it!", "Share this:", "Share on Facebook".
const SHARE_PROMPT = /^share (?:it|this(?: (?:story|article|page|post))?|on \p{L}+)\s*[!:.]?$/iu;
// A row of share buttons pasted as one line: "Facebook Twitter Reddit Email", "Share on X Email".
const SHARE_BUTTON_WORDS = new Set(
  "facebook twitter x reddit digg email e-mail whatsapp linkedin pinterest tumblr telegram mastodon bluesky threads print share on copy link flipboard messenger sms".split(
    " ",
  ),
);
// A metered paywall's notes: "You have read 3 of your 5 free articles this month.", "Subscribe
// to continue reading", "Get unlimited access …", "Already a subscriber? Sign in".
const PAYWALL_NOTE =
  /^(?:you(?: have|'ve|’ve) (?:read|used) \d+ of (?:your )?\d+ free (?:articles|stories)\b|(?:subscribe|sign up|register|log ?in) (?:now |today )?to (?:continue|keep) reading\b|get unlimited (?:digital )?access\b|already a subscriber\b|this (?:article|story|content) is (?:only )?(?:for|available to) subscribers\b)/i;
const MAX_PAYWALL_WORDS = 30;
// A video player's controls and its transcript box: "Play Video", "0:00 / 2:31", "Video
// transcript", "Show full transcript".
const PLAYER_LINE =
  /^(?:play video|watch video|video transcript|transcript|(?:show|hide|read|view) (?:the )?(?:full )?transcript|\d{1,2}:\d{2} \/ \d{1,2}:\d{2})$/i;
// A broadcast transcript line: a speaker label in capitals naming a newsroom role, then a colon
// ("HELEN MARSDEN, ANCHOR: Good evening."). An interview's "Q:" or "SMITH:" names no such role.
const TRANSCRIPT_LINE =
  /^[\p{Lu}][\p{Lu} .'’-]{0,40}(?:,\s)?\b(?:ANCHOR|CO-ANCHOR|REPORTER|PRESENTER|HOST|CORRESPONDENT|NEWSCASTER)\b[\p{Lu} ]{0,20}:\s/u;

// "21 August 2015: Headline", "• June 18, 2018 – Headline": a list of dated links.
const LIST_BULLET = /^[•·▪◦‣*] +/u;
const DATED_ITEM_SEPARATOR = /^ *[:–—-] +\S/u;

// A site's note about the article or a sister site: "This article features first-hand
// journalism by …", "Wikipedia has more about this subject: …". Only in the page's head and
// tail: a body sentence may well start "This report contains …".
const SITE_NOTICE =
  /^this (?:\p{L}+ )?(?:article|story|page|interview|report) (?:features|contains|includes|uses material|was (?:written|produced|updated|corrected))\b|^[^.!?:]{1,40} has (?:more (?:about|on) this (?:subject|topic|story)|media related to)\b/iu;

/** Chrome above the headline only: the same words further down could be an article's own. */
export function isHeadChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  return (
    SITE_NOTICE.test(line) ||
    SKIP_LINK.test(line) ||
    SITE_TAGLINE.test(line) ||
    HEADER_LABEL.test(line) ||
    READING_AID.test(line) ||
    REVISION_NOTICE.test(line)
  );
}

/** Chrome anywhere on the page: notices, footers, category lines, comment and share prompts. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  return (
    SKIP_LINK.test(line) ||
    REVISION_NOTICE.test(line) ||
    ARCHIVE_NOTICE.test(line) ||
    EDITED_LINE.test(line) ||
    (LICENCE_LINE.test(line) && LICENCE_WORD.test(line)) ||
    CATEGORY_LINE.test(line) ||
    RETRIEVED.test(line) ||
    WIRE_CREDIT.test(line) ||
    (countWords(line) <= MAX_PROMPT_WORDS &&
      (COMMENT_PROMPT.test(line) || SHARE_PROMPT.test(line))) ||
    isShareButtonRow(line) ||
    (countWords(line) <= MAX_PAYWALL_WORDS && PAYWALL_NOTE.test(line)) ||
    PLAYER_LINE.test(line) ||
    TRANSCRIPT_LINE.test(line)
  );
}

function isShareButtonRow(line: string): boolean {
  const words = line.toLowerCase().split(" ");
  return words.length >= 2 && words.every((word) => SHARE_BUTTON_WORDS.has(word));
}

// Footer statements read like sentences, and a sentence like them could stand in an article
// ("The code was released under an open licence."), so they only count after the body.
const FOOTER_STATEMENT =
  /\b(?:available|licensed|released|published|distributed|reproduced) under (?:the |a |an )?(?:terms of (?:the |a |an )?)?(?:creative commons|cc[- ]by|cc0|gnu|gfdl|[\p{L}.-]+(?: [\p{L}.-]+)? licen[cs]e)\b|\b(?:proudly )?powered by\b|\brequired fields are marked\b|\ball rights reserved\b/iu;
const MAX_FOOTER_WORDS = 25;

/** A footer's statement (licence, "powered by", comment-form notes) or a site's notice. */
export function isFooterStatement(line: string): boolean {
  return (
    countWords(line) <= MAX_FOOTER_WORDS && (FOOTER_STATEMENT.test(line) || SITE_NOTICE.test(line))
  );
}

/** "12 August 2015: Report: …" — a headline after a date, as related-news lists print them. */
export function isDatedListItem(line: string): boolean {
  if (line.length > MAX_LIST_ITEM_LENGTH) return false;
  const date = matchLeadingDate(line.replace(LIST_BULLET, ""));
  if (date === null || !DATED_ITEM_SEPARATOR.test(date.rest)) return false;
  // A dated sentence ("May 1, 2020: The council met.") is a timeline entry of the article.
  return !/[.!?]["”’]?$/u.test(date.rest);
}

/**
 * A line that reads as a sentence: it ends in a full stop (or an ellipsis), or in a question or
 * exclamation mark when it is more than a short prompt ("Share it!") or holds a quotation.
 */
export function isProseLine(line: string): boolean {
  const end = line.replace(/["'”’»)\]]+$/u, "").at(-1) ?? "";
  if (end === "." || end === "…") return true;
  if (end !== "!" && end !== "?") return false;
  return countWords(line) >= 4 || /["“”]/u.test(line);
}
