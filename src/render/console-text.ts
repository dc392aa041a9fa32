/**
 * Answer → plain text for a terminal: no markdown, tone as a "[supports]" label, and a
 * "next page" hint where Discord would show buttons. Paged like Discord, by a count of items.
 */
import type { Answer, AnswerItem } from "../model/answer.ts";
import { renderCitationsConsole } from "./citation.ts";
import { sanitizeText } from "./escape.ts";
import { renderInlinesConsole } from "./inline.ts";
import {
  clampPage,
  createCountPacker,
  groupBySection,
  listPageEntries,
  paginate,
  type PageEntry,
  type SectionSlice,
} from "./paginate.ts";
import { TONE_LABELS } from "./tone.ts";

/** A screenful: ten items read comfortably in an 80×24 terminal with their citations. */
export const CONSOLE_ITEMS_PER_PAGE = 10;
const ITEM_INDENT = "  ";
const BULLET = "• ";

export interface ConsoleRenderOptions {
  /** How to tell the user to reach a page; the console transport knows its own syntax. */
  readonly formatNextPage?: (page: number) => string;
}

const formatNextPageDefault = (page: number): string => `next page: add page:${page}`;

function cleanLines(text: string): string {
  return sanitizeText(text).trim();
}

function renderItem(item: AnswerItem): string {
  const body = cleanLines(renderInlinesConsole(item.body));
  const citations = renderCitationsConsole(item.citations);
  const text = [body, citations].filter((part) => part !== "").join(" ");
  // Continuation lines line up under the text, after the bullet.
  const continuation = `\n${ITEM_INDENT}${" ".repeat(BULLET.length)}`;
  return `${ITEM_INDENT}${BULLET}${text.replace(/\n/g, continuation)}`;
}

function renderSlice(slice: SectionSlice<PageEntry>): string {
  const { section, entries, isContinued } = slice;
  const label = section.tone === "info" ? "" : `[${TONE_LABELS[section.tone]}] `;
  const heading = `${label}${cleanLines(section.heading)}${isContinued ? " (cont.)" : ""}`;
  return [heading.trim(), ...entries.map((entry) => renderItem(entry.item))]
    .filter((line) => line !== "")
    .join("\n");
}

function renderPageLine(page: number, pageCount: number, options: ConsoleRenderOptions): string {
  if (pageCount <= 1) return "";
  const formatNextPage = options.formatNextPage ?? formatNextPageDefault;
  const next = page < pageCount ? ` · ${formatNextPage(page + 1)}` : "";
  return `Page ${page} of ${pageCount}${next}`;
}

/** The answer at `page` (1-based, brought into range) as readable, escape-free text. */
export function renderConsoleText(
  answer: Answer,
  page = 1,
  options: ConsoleRenderOptions = {},
): string {
  const pages = paginate(
    listPageEntries(answer),
    createCountPacker<PageEntry>(CONSOLE_ITEMS_PER_PAGE),
  );
  const current = clampPage(page, pages.length);
  const slices = groupBySection(pages[current - 1] ?? [], (entry) => entry);
  const blocks = [
    cleanLines(answer.title),
    cleanLines(renderInlinesConsole(answer.intro)),
    ...slices.map(renderSlice),
    cleanLines(answer.hint ?? ""),
    cleanLines(answer.footer ?? ""),
    renderPageLine(current, pages.length, options),
  ];
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}
