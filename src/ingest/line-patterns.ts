/**
 * Recognisers for the kinds of line a pasted news page is made of. Each takes one
 * whitespace-normalised line. They look only at the shape of the line (capitals, length,
 * punctuation, position of a credit), never at words from one particular site.
 */
import { countWords } from "./normalize-whitespace.ts";

// Lines longer than these are body text whatever they look like; the limits also keep every
// pattern below working on short strings only.
const MAX_NAME_LENGTH = 60;
const MAX_BYLINE_LENGTH = 120;
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 12;
const MAX_CREDIT_LENGTH = 100;
const MAX_CAPTION_LENGTH = 600;
const MAX_SOURCE_LENGTH = 80;

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
// Capitalised function words start phrases ("By Tuesday", "In Brief"), never a person's name.
const NOT_FIRST_NAMES = new Set("A An And At By For From In Of On The To With".split(" "));
const NAME_PARTICLES = new Set("de da del der van von bin al la le du dos".split(" "));
const BYLINE = /^(?:(?:written|reporting|story|words) )?by +(.+)$/i;
const AFFILIATION_SEPARATOR = / *[,|•·] */;
const PEOPLE_SEPARATOR = / *, *| +and +| *& */;
const MAX_AFFILIATION_WORDS = 5;
const CREDIT_WORDS =
  /\b(?:photo|photos|image|images|illustration|credit|courtesy|file|screenshot|via|pool)\b/i;
const CAPTION_LABEL = /^(?:photo|image|picture|illustration)(?: credit)?: +\S/i;
// "[1/2] Protesters gather outside …": a gallery's counter opens each of its captions.
const GALLERY_COUNTER = /^\[\d{1,3}\/\d{1,3}\] +\S/u;
// "… in Leeds. Photograph: Tom Bloggs/PA": the credit trails the caption without brackets.
const TRAILING_CREDIT =
  /[.!?]["”’]? +(?:photograph|photo|image|illustration|picture)(?: credit)?: +[^:]{2,80}$/i;
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ["‘", "’"],
  ["“", "”"],
  ['"', '"'],
  ["'", "'"],
];
const CLOSING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "…", ")", "]"]);
const STARTS_LIKE_HEADING = /^[\p{Lu}\p{N}]/u;
const SOURCE_LINE = /^From +(.+)$/;
const ORIGINALLY_PUBLISHED =
  /^(?:this (?:article|story) )?(?:was )?originally (?:published|appeared) (?:by|in|on) +(.+?)\.?$/i;
const SOURCE_CONNECTORS = new Set(["of", "the", "and", "for", "on", "&"]);

/** "Frank Fang", "Mary-Jane O’Neil", "J. R. Smith", "Ana de la Cruz": 2 to 5 capitalised words. */
export function isPersonName(line: string): boolean {
  if (line.length > MAX_NAME_LENGTH) return false;
  const words = line.split(" ");
  if (words.length < 2 || words.length > 5) return false;
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  return (
    NAME_WORD.test(first) &&
    !NOT_FIRST_NAMES.has(first) &&
    NAME_WORD.test(last) &&
    words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word))
  );
}

/**
 * "By Frank Fang" or "By Ann Lee and Bo Chan" → the names as written after "By". When the
 * byline adds an outlet ("By Ann Lee, Reuters"), only the people's names are kept.
 */
export function matchByline(line: string): string | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const names = BYLINE.exec(line)?.[1];
  if (names === undefined) return null;
  // "Ann Lee, Bo Chan and Cy Dee" lists people; otherwise what follows a comma or bar is an outlet.
  const isList = / and /.test(names.slice(names.search(/[,|•·]/) + 1)) && !/[|•·]/.test(names);
  const [people = "", ...affiliations] = isList ? [names] : names.split(AFFILIATION_SEPARATOR);
  const isPeople = people.split(PEOPLE_SEPARATOR).every(isPersonName);
  return isPeople && affiliations.every(isAffiliation) ? people.trim() : null;
}

function isAffiliation(part: string): boolean {
  const words = part.split(" ");
  return (
    words.length <= MAX_AFFILIATION_WORDS &&
    STARTS_LIKE_HEADING.test(part) &&
    !CLOSING_PUNCTUATION.has(part.at(-1) ?? "")
  );
}

/** A photo caption ending in its credit, "… (Justin Sullivan/Getty Images)", or "Photo: …". */
export function isCaption(line: string): boolean {
  if (CAPTION_LABEL.test(line.slice(0, 40)) || GALLERY_COUNTER.test(line)) return true;
  if (line.length <= MAX_CAPTION_LENGTH && TRAILING_CREDIT.test(line)) return true;
  if (!line.endsWith(")")) return false;
  const open = line.lastIndexOf("(");
  if (open <= 0) return false;
  const credit = line.slice(open + 1, -1);
  const before = line.slice(0, open).trim();
  return (
    credit.length >= 3 &&
    credit.length <= MAX_CREDIT_LENGTH &&
    !credit.includes(")") &&
    STARTS_LIKE_HEADING.test(credit) &&
    (credit.includes("/") || CREDIT_WORDS.test(credit)) &&
    countWords(before) >= 3
  );
}

const TRAILING_CLOSERS = /["'”’»]+$/u;

/** A subheading: a short line with no closing punctuation, possibly inside quotation marks. */
export function isHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false;
  const inner = unwrapQuotes(line);
  // A sentence may end inside its closing quotation mark: `… called it “a disaster.”`
  const lastCharacter = inner.replace(TRAILING_CLOSERS, "").at(-1) ?? "";
  const words = countWords(inner);
  return (
    words >= 1 &&
    words <= MAX_HEADING_WORDS &&
    STARTS_LIKE_HEADING.test(inner) &&
    !CLOSING_PUNCTUATION.has(lastCharacter) &&
    !hasUnbalancedQuote(inner)
  );
}

function unwrapQuotes(line: string): string {
  for (const [open, close] of QUOTE_PAIRS) {
    if (line.length > 2 && line.startsWith(open) && line.endsWith(close))
      return line.slice(1, -1).trim();
  }
  return line;
}

// A line such as `“We will go on` is the start of a quotation, not a heading. Single quotes are
// left out: ’ is also the apostrophe.
function hasUnbalancedQuote(text: string): boolean {
  const opens = text.split("“").length - 1;
  const closes = text.split("”").length - 1;
  const straight = text.split('"').length - 1;
  return opens !== closes || straight % 2 === 1;
}

/** "From The Epoch Times" or "Originally published by The Ledger." at the end of a page. */
export function matchSourceLine(line: string): string | null {
  if (line.length > MAX_SOURCE_LENGTH) return null;
  const name = SOURCE_LINE.exec(line)?.[1] ?? ORIGINALLY_PUBLISHED.exec(line)?.[1];
  if (name === undefined) return null;
  const words = name.split(" ");
  const isNameLike =
    words.length <= 6 &&
    STARTS_LIKE_HEADING.test(words[0] ?? "") &&
    words.every((word) => STARTS_LIKE_HEADING.test(word) || SOURCE_CONNECTORS.has(word)) &&
    !CLOSING_PUNCTUATION.has(name.at(-1) ?? "");
  return isNameLike ? name : null;
}
