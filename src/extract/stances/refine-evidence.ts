/** Refiners over stance evidence: background from earlier years is not a stance on this action; critics framed as such lean against it. */
import type { Actor } from "../../model/analysis.ts";
import type { Passage } from "../../model/article.ts";
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { groupByActor, type StanceEvidence, type StanceRefiner } from "./stance-evidence.ts";

const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;
const NAMED_CRITICS = /\bcritics\s+(?:like|such as|including)\b/giu;
const NAMED_CRITICS_REACH = 200;
/** How far before a year its "since" may stand: "since it was founded in 1965". */
const SINCE_REACH = 40;
const QUOTED = /["“][^"“”]{0,2000}["”]/gu;
/** The naming ends with its sentence: a name in the next one is not among the critics. */
const SENTENCE_END = /(?<=\p{Ll}{2})[.!?](?:\s|$)|:/u;
/** "has since drawn criticism", "attract criticism", "critics like X": the article says who criticises. */
const CRITICISM_FRAME =
  /\b(?:drawn|drew|draws?|attract(?:s|ed)?|faced?|faces|spark(?:s|ed)?|prompted|received?)\s+(?:\p{L}+\s+){0,2}?criticism\b|\bcritics\s+(?:like|such as|including)\b/iu;

/**
 * "the deepest cuts since it was founded in 1965", "the first rise since 2017": a year after
 * "since" in its own clause measures a stretch up to now, so it does not date the statement.
 */
function isMeasuredSince(sentence: string, yearAt: number): boolean {
  const window = sentence.slice(Math.max(0, yearAt - SINCE_REACH), yearAt);
  const since = window.lastIndexOf("since ");
  return since >= 0 && !/[,;:]/u.test(window.slice(since));
}

/** Drops evidence from sentences dated to a year before publication: a past accusation is not a position on today's action. */
export const dropEarlierYears: StanceRefiner = ({ article }, evidence) => {
  const published = Number(article.published?.slice(0, 4) ?? NaN);
  if (Number.isNaN(published)) return evidence;
  // Years inside the quoted words date what the speaker talks about, not when they spoke.
  const isEarlier = (item: StanceEvidence) => {
    const sentence = item.sentence.replace(QUOTED, " ");
    return [...sentence.matchAll(YEAR)].some(
      (match) => Number(match[1]) < published && !isMeasuredSince(sentence, match.index),
    );
  };
  return evidence.filter((item) => !isEarlier(item));
};

function findCriticismStart(passages: readonly Passage[], title: string): number {
  const index = passages.findIndex((passage) => CRITICISM_FRAME.test(passage.text));
  if (index >= 0) return index;
  return CRITICISM_FRAME.test(title) ? 0 : -1;
}

/** Where the article names an actor as a critic: "It quoted critics like … Caitlin Boswell". */
interface CriticMention {
  readonly passage: string;
  readonly offset: number;
  readonly sentence: string;
}

function findNamedCritics(
  passages: readonly Passage[],
  actors: readonly Actor[],
): ReadonlyMap<string, CriticMention> {
  const forms = actors.map(formsOf);
  const named = new Map<string, CriticMention>();
  for (const passage of passages) {
    for (const match of passage.text.matchAll(NAMED_CRITICS)) {
      const after = passage.text.slice(match.index, match.index + NAMED_CRITICS_REACH);
      const sentence = after.split(SENTENCE_END)[0] ?? after;
      for (const mention of findMentions(sentence, forms)) {
        if (named.has(mention.actorId)) continue;
        named.set(mention.actorId, {
          passage: passage.id,
          offset: match.index + mention.start,
          sentence,
        });
      }
    }
  }
  return named;
}

/** Evidence for a critic the article names but never quotes: the naming is their position. */
function namedOnly(actorId: string, where: CriticMention): StanceEvidence {
  return {
    actorId,
    passage: where.passage,
    offset: where.offset,
    quoteId: null,
    support: 0,
    oppose: 1,
    reason: "named among the critics",
    sentence: where.sentence,
    isExplicit: true,
  };
}

/**
 * Speakers the article names as critics count against the action; speakers quoted after the
 * article says it "drew criticism" do too when their own words already lean against it.
 */
export const addCriticismFrame: StanceRefiner = ({ article, actors }, evidence) => {
  const start = findCriticismStart(article.passages, article.title);
  const named = findNamedCritics(article.passages, actors);
  const order = new Map(article.passages.map((passage, index) => [passage.id, index]));
  const added: StanceEvidence[] = [];
  const byActor = groupByActor(evidence);
  for (const actorId of new Set([...byActor.keys(), ...named.keys()])) {
    const own = byActor.get(actorId) ?? [];
    const first = own.find((item) => item.quoteId !== null);
    const naming = named.get(actorId);
    if (!first) {
      if (naming) added.push(namedOnly(actorId, naming));
      continue;
    }
    const support = own.reduce((sum, item) => sum + item.support, 0);
    const oppose = own.reduce((sum, item) => sum + item.oppose, 0);
    const isAfterFrame = start >= 0 && (order.get(first.passage) ?? -1) > start;
    const isCritic = naming !== undefined || (isAfterFrame && oppose > 0 && support <= oppose);
    if (!isCritic) continue;
    added.push({
      ...first,
      support: 0,
      oppose: 1,
      reason: `quoted among the critics: ${first.reason}`,
    });
  }
  return [...evidence, ...added];
};
