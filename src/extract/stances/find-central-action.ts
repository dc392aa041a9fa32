/**
 * The article's central action: the first sentence of the lead area that reports a decision
 * ("announced", "removed", "chose" …), else the first sentence of the lead paragraph.
 */
import type { Analysis } from "../../model/analysis.ts";
import type { Article, Passage } from "../../model/article.ts";
import { AUXILIARY_VERBS } from "../actors/lexicon.ts";
import { isVerbLike } from "../quotes/subjects.ts";
import { findSentences } from "../shared/sentences.ts";

/** A lead is a paragraph long enough to report something; captions, headings and datelines are not. */
const MIN_LEAD_LENGTH = 60;
/** The lead area: a decision reported a little later ("At the ceremony, the agency announced …") still counts. */
const LEAD_PARAGRAPHS = 3;
/** Verbs that report a decision or an act of policy, the thing people take sides on. */
const DECISION_VERBS = new Set(
  `announced decided chose picked selected approved voted ordered removed banned launched imposed
  introduced agreed signed unveiled passed scrapped cancelled canceled suspended withdrew appointed
  awarded delisted revoked granted upheld overturned dismissed fined sentenced`.split(/\s+/u),
);
/** "ruled that …", "ruled against …" is a court's decision; "ruled for forty years" is a reign. */
const RULING = /\bruled\b(?:\s+\S+){0,3}?\s+(?:that|against|in favou?r)\b/u;
const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS);
const LOWERCASE_WORD = /(?<!\p{L})\p{Ll}+(?!\p{L})/gu;
/** A paragraph that opens with a quotation is a reaction, not the report of an act. */
const OPENS_WITH_QUOTE = /^["“‘']/u;

/** The sentence's first verb, past auxiliaries: "has analysed" → "analysed". */
function findMainVerb(sentence: string): string | undefined {
  return [...sentence.matchAll(LOWERCASE_WORD)]
    .map((match) => match[0])
    .find((word) => isVerbLike(word) && !AUXILIARIES.has(word));
}

/** True when the sentence's main verb reports a decision: "The board approved …". */
export function reportsDecision(sentence: string): boolean {
  const verb = findMainVerb(sentence) ?? "";
  return DECISION_VERBS.has(verb) || (verb === "ruled" && RULING.test(sentence));
}

function sentencesOf(passage: Passage): { text: string; passage: string }[] {
  return findSentences(passage.text).map(([start, end]) => ({
    text: passage.text.slice(start, end),
    passage: passage.id,
  }));
}

export function findCentralAction(article: Article): Analysis["centralAction"] {
  const leads = article.passages
    .filter((passage) => passage.kind === "paragraph" && passage.text.length >= MIN_LEAD_LENGTH)
    .slice(0, LEAD_PARAGRAPHS);
  const [lead] = leads;
  if (!lead) return null;
  const candidates = leads
    .filter((passage) => !OPENS_WITH_QUOTE.test(passage.text))
    .flatMap(sentencesOf);
  const decision = candidates.find((candidate) => reportsDecision(candidate.text));
  return decision ?? sentencesOf(lead)[0] ?? { text: lead.text, passage: lead.id };
}
