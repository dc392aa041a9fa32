/**
 * Untrusted text (article passages, user queries) is cleaned and escaped here before any
 * renderer styles it, so it can never ping, format, link or drive a terminal.
 */
export { ELLIPSIS, truncateText, truncateGraphemes } from "./truncate.ts";

/** Zero-width space: breaks `@everyone` and `<@…>` without changing what a reader sees. */
export const MENTION_BREAKER = "\u200b";

// eslint-disable-next-line no-control-regex -- matching terminal escape sequences is the point
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates can reorder what a reader sees ("trojan source"). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/** Markdown that works anywhere in a line: emphasis, underline, strike, spoiler, code, links. */
const INLINE_MARKDOWN = /[\\*_~`|[\]<]/g;
/** Headings, block quotes, subtext and lists only work at the start of a line. */
const LINE_START_MARKER = /(^|\n)([ \t]*)([#>+-])/g;
const LINE_START_NUMBERED = /(^|\n)([ \t]*)(\d+)\.(?=\s|$)/g;
const EVERYONE_OR_HERE = /@(everyone|here)/gi;
/** `<@id>`, `<@!id>`, `<@&role>`, `<#channel>`, `</cmd:id>`, `<:emoji:id>`, `<t:…>`. */
const ANGLE_MENTION = /<(?=[@#/:a-z])/gi;

/**
 * Removes what must never reach a reader: ANSI escapes, control characters, bidi overrides,
 * byte-order marks and lone surrogates. Newlines are normalised to "\n"; tabs become spaces.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, "")
    .replace(LINE_BREAK, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROL_CHARACTER, "")
    .replace(BIDI_CONTROL, "")
    .replace(LONE_SURROGATE, "\ufffd");
}

/** Breaks mentions in text Discord shows verbatim (footers, labels, choices, code spans). */
export function neutralizeMentions(text: string): string {
  return text
    .replace(EVERYONE_OR_HERE, `@${MENTION_BREAKER}$1`)
    .replace(ANGLE_MENTION, `<${MENTION_BREAKER}`);
}

/**
 * Makes untrusted text render literally in Discord markdown: every formatting character is
 * backslash-escaped (Discord drops the backslash before punctuation) and mentions are broken.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeText(text)
    .replace(INLINE_MARKDOWN, "\\$&")
    .replace(LINE_START_MARKER, "$1$2\\$3")
    .replace(LINE_START_NUMBERED, "$1$2$3\\.")
    .replace(EVERYONE_OR_HERE, `@${MENTION_BREAKER}$1`);
}

/** Sanitised text on one line, for titles, headings and items: line breaks become spaces. */
export function toSingleLine(text: string): string {
  return sanitizeText(text).replace(/\n+/g, " ");
}
