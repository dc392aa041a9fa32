/**
 * An author line without "By": a name with the writer's role after it, as bylines print them
 * ("Ana Ruiz, Transport Correspondent", "Ana Ruiz | Staff Writer"). The role must end in a
 * newsroom job word, so a place or an organisation after a name is not taken for one. Without a
 * separator the line could be a title-case headline ("Ana Ruiz Named Editor"), so it is not one.
 */
import { isPersonName } from "./line-patterns.ts";

const MAX_AUTHOR_LINE_LENGTH = 90;
const MAX_ROLE_WORDS = 4;
const ROLE_NOUNS = new Set(
  "reporter reporters correspondent correspondents editor editors writer writers columnist contributor journalist journalists producer analyst photographer critic".split(
    " ",
  ),
);
const ROLE_SEPARATOR = / *[,|–—] */;
const ROLE_WORD = /^[\p{L}&'’-]+$/u;

/** The author's name from "Name, Role", or null. */
export function matchAuthorWithRole(line: string): string | null {
  if (line.length > MAX_AUTHOR_LINE_LENGTH) return null;
  const parts = line.split(ROLE_SEPARATOR);
  if (parts.length !== 2) return null;
  const [name = "", role = ""] = parts;
  return isPersonName(name) && isRole(role.split(" ")) ? name : null;
}

function isRole(words: readonly string[]): boolean {
  const last = (words.at(-1) ?? "").toLowerCase();
  return (
    words.length >= 1 &&
    words.length <= MAX_ROLE_WORDS &&
    words.every((word) => ROLE_WORD.test(word)) &&
    ROLE_NOUNS.has(last)
  );
}
