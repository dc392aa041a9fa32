/** "Check against articles": the passages closest to a chat message, split by whether they agree. */
import type { Answer, AnswerItem } from "../model/answer.ts";
import { UserFacingError } from "../model/result.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import {
  isSameWordStem,
  matchQueryWords,
  tokenizeQuery,
  tokenizeWords,
} from "../knowledge-base/fuzzy-words.ts";
import { buildAnswer, buildEmptyAnswer, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { buildExcerpt } from "./excerpt.ts";

export interface CheckOptions {
  readonly text: string;
}

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "without",
  "denied",
  "denies",
  "false",
  "didnt",
  "doesnt",
  "dont",
  "isnt",
  "wasnt",
  "werent",
  "arent",
  "cannot",
  "cant",
  "wont",
]);
const CANDIDATES = 50;
const SHOWN = 5;
/** A message shares at least this share of its words with a passage for the passage to count. */
const MIN_OVERLAP = 0.34;
const MESSAGE_MAX = 2000;

function hasNegation(value: string): boolean {
  return tokenizeWords(value).some((token) => NEGATIONS.has(token.word));
}

/** Rules, not understanding: a differing negation flags a possible contradiction for people to read. */
export function answerCheck(kb: KnowledgeBase, options: CheckOptions): Answer {
  const message = options.text.trim().slice(0, MESSAGE_MAX);
  const words = tokenizeQuery(message);
  if (words.length === 0) {
    throw new UserFacingError(
      "empty-message",
      "That message has no words to check against the articles.",
    );
  }
  const isNegated = hasNegation(message);
  const hits = kb.passages
    .search(message.slice(0, 300), { limit: CANDIDATES })
    // A chat message is whole sentences, not a search: typo tolerance would pair "lifted"
    // with "listed", so words must match or share a stem.
    .map(({ item: doc }) => ({ doc, matches: matchQueryWords(doc.text, words, isSameWordStem) }))
    .filter(({ matches }) => matches.matchedWords / words.length >= MIN_OVERLAP)
    .sort((a, b) => b.matches.matchedWords - a.matches.matchedWords)
    .slice(0, SHOWN);
  const agree: AnswerItem[] = [];
  const differ: AnswerItem[] = [];
  for (const { doc, matches } of hits) {
    const entry = kb.byId.get(doc.articleId);
    if (!entry) continue;
    const target = hasNegation(doc.text) === isNegated ? agree : differ;
    target.push(item(buildExcerpt(doc.text, matches.spans), [cite(entry, doc.passage)]));
  }
  const title = "Checked against the articles";
  if (agree.length + differ.length === 0) {
    return buildEmptyAnswer("check", title, "No passage in the articles speaks to this message.");
  }
  return buildAnswer({
    command: "check",
    title,
    intro: [
      text("Message: "),
      quoted(message.slice(0, 300)),
      text(". Read the passages: matching words are not proof."),
    ],
    sections: [
      ...(agree.length > 0
        ? [{ heading: "Passages on the same point", tone: "supports" as const, items: agree }]
        : []),
      ...(differ.length > 0
        ? [
            {
              heading: "Passages that may contradict it (negation differs)",
              tone: "opposes" as const,
              items: differ,
            },
          ]
        : []),
    ],
  });
}
