/** Inline runs → Discord markdown or plain console text. Text is escaped before it is styled. */
import type { Inline, InlineStyle } from "../model/answer.ts";
import { escapeMarkdown, MENTION_BREAKER, neutralizeMentions, sanitizeText } from "./escape.ts";
import { ELLIPSIS, truncateText } from "./truncate.ts";

/** Characters that open or close Discord emphasis; two runs meeting on them could merge. */
const MARKER_CHARACTERS = "*_~|`";
/** Attempts at shrinking a cut whose escaped form came out longer than the room left. */
const FIT_ATTEMPTS = 8;

const DISCORD_WRAPPERS: Readonly<Record<Exclude<InlineStyle, "plain" | "code">, string[]>> = {
  bold: ["**", "**"],
  italic: ["*", "*"],
  quote: ["“", "”"],
  highlight: ["__**", "**__"],
};

/** Emphasis only parses when the markers touch non-space text, so spaces stay outside. */
function wrapTrimmed(text: string, open: string, close: string): string {
  const core = text.trim();
  if (core === "") return text;
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  return `${lead}${open}${core}${close}${trail}`;
}

/** One run as Discord markdown. Code falls back to plain text when a backtick could break out. */
export function renderInlineDiscord(inline: Inline): string {
  const { style, text } = inline;
  if (style === "plain") return escapeMarkdown(text);
  if (style === "code") {
    const clean = sanitizeText(text);
    const isSafeCode = !clean.includes("`") && clean.trim() !== "";
    return isSafeCode ? `\`${neutralizeMentions(clean)}\`` : escapeMarkdown(text);
  }
  const [open = "", close = ""] = DISCORD_WRAPPERS[style];
  if (style === "quote") return `${open}${escapeMarkdown(text)}${close}`;
  return wrapTrimmed(escapeMarkdown(text), open, close);
}

function joinRendered(head: string, piece: string): string {
  const isTouching =
    head !== "" &&
    MARKER_CHARACTERS.includes(head.slice(-1)) &&
    piece !== "" &&
    MARKER_CHARACTERS.includes(piece.charAt(0));
  return isTouching ? `${head}${MENTION_BREAKER}${piece}` : `${head}${piece}`;
}

/** Cuts a run so that it ends in "…", shrinking until its escaped form fits. */
function fitCutInline(inline: Inline, head: string, maxLength: number): string | null {
  const clean = sanitizeText(inline.text).trimEnd();
  let budget = Math.min(clean.length + ELLIPSIS.length, maxLength - head.length);
  for (let attempt = 0; attempt < FIT_ATTEMPTS && budget >= ELLIPSIS.length; attempt += 1) {
    const cut =
      clean.length + ELLIPSIS.length <= budget
        ? `${clean}${ELLIPSIS}`
        : truncateText(clean, Math.min(budget, clean.length - 1));
    // A budget too small for any text leaves an empty cut: no mark, so no fit here.
    if (!cut.endsWith(ELLIPSIS)) return null;
    const joined = joinRendered(head, renderInlineDiscord({ text: cut, style: inline.style }));
    if (joined.length <= maxLength) return joined;
    // Escaping can double the length, so shrink in proportion rather than by the excess.
    const ratio = (maxLength - head.length) / (joined.length - head.length);
    budget = Math.min(budget - 1, Math.floor(budget * ratio));
  }
  return null;
}

function fitTruncated(inlines: readonly Inline[], heads: readonly string[], maxLength: number) {
  for (let index = heads.length - 1; index >= 0; index -= 1) {
    const inline = inlines[index];
    const fitted = inline && fitCutInline(inline, heads[index] ?? "", maxLength);
    if (fitted) return fitted;
  }
  return maxLength >= ELLIPSIS.length ? ELLIPSIS : "";
}

/**
 * Inline runs as one Discord markdown string of at most `maxLength` units. What does not fit is
 * cut at a word boundary inside the last run that fits, and the cut is marked with "…".
 */
export function renderInlinesDiscord(
  inlines: readonly Inline[],
  maxLength = Number.POSITIVE_INFINITY,
): string {
  // heads[i] is the rendering of inlines[0..i), so a cut can fall back to any earlier run.
  const heads: string[] = [""];
  for (const inline of inlines) {
    const head = heads[heads.length - 1] ?? "";
    const joined = joinRendered(head, renderInlineDiscord(inline));
    if (joined.length > maxLength) return fitTruncated(inlines, heads, maxLength);
    heads.push(joined);
  }
  return heads[heads.length - 1] ?? "";
}

/** One run as terminal text: no markdown, quotes in curly marks, highlights in brackets. */
export function renderInlineConsole(inline: Inline): string {
  const text = sanitizeText(inline.text);
  if (inline.style === "quote") return `“${text}”`;
  if (inline.style === "highlight") return `[${text}]`;
  return text;
}

/** Inline runs as one line of terminal text. */
export function renderInlinesConsole(inlines: readonly Inline[]): string {
  return inlines.map(renderInlineConsole).join("");
}
