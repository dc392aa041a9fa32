/** Subjects the shared subject finder misses: a name after "and", "Scientology officials went". */
import type { Mention } from "../actors/find-mentions.ts";
import { isVerbLike } from "../quotes/subjects.ts";

const CONJUNCTION_BEFORE = /\b(?:and|but)\s+(?:the\s+)?$/u;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;

/**
 * "The broadcasts began in May and South Korea says …": a name after "and" with a verb of its
 * own starts a clause, so the conjunction is blanked (same length, offsets kept).
 */
export function blankClauseConjunctions(text: string, mentions: readonly Mention[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const mention of mentions) {
    const before = CONJUNCTION_BEFORE.exec(
      text.slice(Math.max(0, mention.start - 12), mention.start),
    );
    const next = NEXT_WORD.exec(text.slice(mention.end, mention.end + 30))?.[1];
    const from = mention.start - (before?.[0].length ?? 0);
    if (!before || next === undefined || !isVerbLike(next) || from < copied) continue;
    parts.push(text.slice(copied, from), " ".repeat(before[0].length));
    copied = mention.start;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

/** People who act for an organisation, named by their group: "the company's lawyers said". */
const GROUP_AFTER =
  /^(?:[’']s)?\s+(?:officials|spokespeople|representatives|lawyers|attorneys|leaders|executives)\s+(\p{Ll}+)/u;
/** After "officials" a verb follows ("went", "said", "claimed"); these words say the group is no subject. */
const NOT_A_VERB = new Set(
  "who whom whose that which and or but of in at for from with to by on as than".split(" "),
);
const PREPOSITION_BEFORE = /\b(?:by|of|for|from|with|to|against|about|at|in|on)\s+(?:the\s+)?$/iu;

/** The first mention starting at or after `offset` (mentions are in reading order). */
function firstFrom(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * "On September 29, the Harbor Board's lawyers went to court": the organisation acts through
 * its people. Returns the organisation's mention stretched over the group noun, or null.
 */
export function findGroupSubject(
  text: string,
  mentions: readonly Mention[],
  start: number,
  end: number,
): Mention | null {
  for (let at = firstFrom(mentions, start); at < mentions.length; at += 1) {
    const mention = mentions[at];
    if (!mention || mention.end > end) break;
    const group = GROUP_AFTER.exec(text.slice(mention.end, mention.end + 40));
    const verb = group?.[1];
    if (!group || verb === undefined || NOT_A_VERB.has(verb)) continue;
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
      continue;
    return { ...mention, end: mention.end + group[0].length - verb.length };
  }
  return null;
}

/** "X, the Green leader, and Y of the Liberals also ruled out …": a name after "and" shares the verb. */
const AND_BEFORE = /(?:^|[\s,])and\s$/u;

/** Mentions joined to the subject by "and" before its verb, each a subject of that verb too. */
export function findCoSubjects(
  text: string,
  mentions: readonly Mention[],
  subject: Mention,
  verbAt: number,
): readonly Mention[] {
  return mentions.filter(
    (mention) =>
      mention.start > subject.end &&
      mention.end <= verbAt &&
      mention.actorId !== subject.actorId &&
      AND_BEFORE.test(text.slice(Math.max(subject.end, mention.start - 6), mention.start)),
  );
}
