/**
 * A few words for an event's flag, cut from its sentence: the date expression goes (the axis
 * shows the date), parentheses go, and an acronym a sentence defines replaces its long form.
 * Everything here is a pattern of English news writing, not of one article.
 */

/** "(IFS)": an acronym in brackets, which the words before it may define. */
const ACRONYM = /\s*\(([A-Z]{2,8})\)/g;
const JOINERS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "&"]);
const PARENTHESES = /\s*\([^()]{0,120}\)/g;
const LEADING_JOINERS = /^[\s,;:–—-]+|[\s,;:–—-]+$/g;
const SPACES = /\s+/g;

/** Where the long form of `acronym` starts when the words before `end` spell it, else -1. */
function findLongForm(text: string, end: number, acronym: string): number {
  let position = end;
  let initials = "";
  while (initials.length < acronym.length && position > 0) {
    const wordStart = text.lastIndexOf(" ", position - 2) + 1;
    const word = text.slice(wordStart, position).trim();
    if (/^[A-Z]/.test(word)) initials = word.charAt(0) + initials;
    else if (!JOINERS.has(word)) return -1;
    position = wordStart;
  }
  return initials === acronym ? position : -1;
}

/** "Institute of Forensic Science (IFS)" → "IFS", when the capitalised words spell the acronym. */
function useDefinedAcronyms(text: string): string {
  let result = "";
  let copied = 0;
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[1] ?? "";
    const start = findLongForm(text, match.index, acronym);
    if (start < copied) continue;
    result += `${text.slice(copied, start)}${acronym}`;
    copied = match.index + match[0].length;
  }
  return result + text.slice(copied);
}

const POSSESSIVE = /^[A-Z][\p{L}\p{N}.-]*['’]s$/u;
const CAPITALISED = /^[A-Z]/;

/**
 * "The Department of Commerce’s Bureau of Industry and Security" → "Bureau of Industry and
 * Security": a named owner before a name is dropped, one word scan, so labels keep the actor
 * that acted. An owner before a common noun ("Biden’s administration") stays.
 */
function dropNamedOwners(text: string): string {
  const words = text.split(" ");
  const kept: string[] = [];
  let runStart = -1;
  for (const [index, word] of words.entries()) {
    const next = words[index + 1] ?? "";
    if (CAPITALISED.test(word)) runStart = runStart === -1 ? kept.length : runStart;
    else if (!(runStart !== -1 && JOINERS.has(word))) runStart = -1;
    if (runStart !== -1 && POSSESSIVE.test(word) && CAPITALISED.test(next)) {
      kept.length = runStart;
      runStart = -1;
      continue;
    }
    kept.push(word);
  }
  return kept.join(" ");
}

function removeExpression(text: string, expression: string): string {
  if (expression === "") return text;
  const index = text.toLowerCase().indexOf(expression.toLowerCase());
  if (index < 0) return text;
  // "Today's announcement": the possessive goes with the date.
  const after = text.slice(index + expression.length).replace(/^['’]s\b/, "");
  return `${text.slice(0, index)} ${after}`;
}

/** The event's sentence without its date, acronyms used, spaces folded, first letter raised. */
export function shortenEventText(text: string, expression: string): string {
  const cut = dropNamedOwners(removeExpression(useDefinedAcronyms(text), expression))
    .replace(PARENTHESES, "")
    .replace(SPACES, " ")
    .replace(LEADING_JOINERS, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/[.]$/, "");
  return cut.length === 0 ? text : cut.charAt(0).toUpperCase() + cut.slice(1);
}
