/** The page header: the lines above the body that carry date, section and author. */
import type { PageBlock } from "./classify-segment.ts";
import { classifySegment, isSameText } from "./classify-segment.ts";
import { matchAuthorWithRole } from "./author-line.ts";
import { isProseLine } from "./chrome-lines.ts";
import { isCaption, isHeading, isPersonName, matchByline } from "./line-patterns.ts";
import { countWords } from "./normalize-whitespace.ts";
import type { DateLine } from "./page-header.ts";
import { matchDateLine } from "./page-header.ts";
import type { Segment } from "./text-segments.ts";

// Between the date line and the first paragraph, a few words that are no sentence are a box's
// label or a link ("Location of North Korea", "Collaborate!"); a standfirst is longer. Above the
// date line such a line may be a subheading or a desk name, and stays.
const MAX_LABEL_WORDS = 5;

/** What the header says; null where it says nothing. */
export interface HeaderReading {
  readonly author: string | null;
  readonly published: string | null;
  readonly section: string | null;
  readonly warnings: readonly string[];
  /** Header lines that are none of the above, kept as passages. */
  readonly blocks: readonly PageBlock[];
}

/** Where the header stands: the title's index in it, and whether body text follows it. */
export interface HeaderPosition {
  readonly titleIndex: number;
  readonly hasBody: boolean;
}

interface HeaderState {
  author: string | null;
  isAuthorGuessed: boolean;
  published: string | null;
  /** Past the date line, with body text to come: short label lines there are a sidebar's. */
  isInSidebar: boolean;
  readonly hasBody: boolean;
  section: string | null;
  readonly warnings: string[];
  readonly blocks: PageBlock[];
}

/**
 * Reads metadata from the header lines and drops them; a byline anywhere in the header wins
 * over a bare name line, which pages often print as well.
 */
export function readHeader(
  segments: readonly Segment[],
  isTitle: (segment: Segment) => boolean,
  position: HeaderPosition,
): HeaderReading {
  const { titleIndex, hasBody } = position;
  // A "By" line wins over a name with a role, which wins over a bare name line.
  const byline =
    segments.map((segment) => matchByline(segment.text)).find((names) => names !== null) ??
    segments.map((segment) => matchAuthorWithRole(segment.text)).find((name) => name !== null);
  const state: HeaderState = {
    author: byline ?? null,
    isAuthorGuessed: false,
    published: null,
    isInSidebar: false,
    hasBody,
    section: null,
    warnings: [],
    blocks: [],
  };
  segments.forEach((segment, index) => {
    if (!isTitle(segment) && !isAuthorLineWithMarker(segment.text))
      readHeaderLine(segment, index < titleIndex, state);
  });
  if (state.isAuthorGuessed)
    state.warnings.push(`author "${state.author}" guessed from a name line without "By"`);
  const { author, published, section, warnings, blocks } = state;
  return { author, published, section, warnings, blocks };
}

function isAuthorLineWithMarker(text: string): boolean {
  return matchByline(text) !== null || matchAuthorWithRole(text) !== null;
}

function readHeaderLine(segment: Segment, isBeforeTitle: boolean, state: HeaderState): void {
  const dateLine = matchDateLine(segment.text);
  if (dateLine !== null) {
    takeDateLine(dateLine, state);
  } else if (isBeforeTitle && segment.hint === "none" && isHeading(segment.text)) {
    // A short line above the title is the page's breadcrumb or section label.
    state.section ??= segment.text;
  } else if (
    segment.hint === "none" &&
    isPersonName(segment.text) &&
    isAuthorLine(segment.text, state.author)
  ) {
    if (state.author === null) {
      state.author = segment.text;
      state.isAuthorGuessed = true;
    }
  } else if (!(state.isInSidebar && isLabelLine(segment))) {
    state.blocks.push(classifySegment(segment));
  }
}

function isLabelLine(segment: Segment): boolean {
  return (
    segment.hint === "none" &&
    countWords(segment.text) <= MAX_LABEL_WORDS &&
    !isProseLine(segment.text) &&
    !isCaption(segment.text)
  );
}

function takeDateLine(dateLine: DateLine, state: HeaderState): void {
  state.isInSidebar = state.hasBody;
  if (dateLine.isAmbiguous)
    state.warnings.push(
      `the date line "${dateLine.written}" could be read day-first or month-first; ignored`,
    );
  else if (dateLine.iso === null)
    state.warnings.push(`the date line "${dateLine.written}" is not a real date; ignored`);
  state.published ??= dateLine.iso;
  state.section ??= dateLine.section;
}

// A bare name line is the author when no byline or earlier name disagrees.
function isAuthorLine(text: string, author: string | null): boolean {
  return author === null || isSameText(text, author);
}
