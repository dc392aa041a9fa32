/** Refiners over stance evidence: background from earlier years is not a stance on this action; critics framed as such lean against it. */
import type { StanceEvidence, StanceRefiner } from "./stance-evidence.ts";

const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;
const QUOTED = /["“][^"“”]{0,2000}["”]/gu;
/** "has since drawn criticism", "attract criticism", "critics like X": the article says who criticises. */
const CRITICISM_FRAME =
  /\b(?:drawn|drew|draws?|attract(?:s|ed)?|faced?|faces|spark(?:s|ed)?|prompted|received?)\s+(?:\p{L}+\s+){0,2}?criticism\b|\bcritics\s+(?:like|such as|including)\b/iu;

/** Drops evidence from sentences dated to a year before publication: a past accusation is not a position on today's action. */
export const dropEarlierYears: StanceRefiner = ({ article }, evidence) => {
  const published = Number(article.published?.slice(0, 4) ?? NaN);
  if (Number.isNaN(published)) return evidence;
  // Years inside the quoted words date what the speaker talks about, not when they spoke.
  const isEarlier = (item: StanceEvidence) =>
    [...item.sentence.replace(QUOTED, " ").matchAll(YEAR)].some(
      (match) => Number(match[1]) < published,
    );
  return evidence.filter((item) => !isEarlier(item));
};

function findCriticismStart(
  passages: readonly { readonly id: string; readonly text: string }[],
  title: string,
): number {
  const index = passages.findIndex((passage) => CRITICISM_FRAME.test(passage.text));
  if (index >= 0) return index;
  return CRITICISM_FRAME.test(title) ? 0 : -1;
}

/** Speakers quoted after the article says the action drew criticism, and not clearly in favour, count among the critics. */
export const addCriticismFrame: StanceRefiner = ({ article }, evidence) => {
  const start = findCriticismStart(article.passages, article.title);
  if (start < 0) return evidence;
  const order = new Map(article.passages.map((passage, index) => [passage.id, index]));
  const added: StanceEvidence[] = [];
  for (const actorId of new Set(evidence.map((item) => item.actorId))) {
    const own = evidence.filter((item) => item.actorId === actorId);
    const first = own.find((item) => item.quoteId !== null);
    const support = own.reduce((sum, item) => sum + item.support, 0);
    const oppose = own.reduce((sum, item) => sum + item.oppose, 0);
    if (!first || (order.get(first.passage) ?? -1) <= start || support > oppose) continue;
    added.push({
      ...first,
      support: 0,
      oppose: 1,
      reason: `quoted among the critics: ${first.reason}`,
    });
  }
  return [...evidence, ...added];
};
