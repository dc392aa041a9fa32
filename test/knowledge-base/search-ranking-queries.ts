/** The fixed queries the search-ranking test pins, and what a knowledge base answers to them. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { suggestActors } from "../../src/answer/autocomplete.ts";
import { answerQuotes } from "../../src/answer/quotes.ts";
import { answerSearch } from "../../src/answer/search.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import type { Answer } from "../../src/model/answer.ts";

export const RANKING_FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "fixtures",
  "search-ranking",
);

export const SEARCH_QUERIES = [
  "lantern festival",
  "lantren festivl",
  "year of the pig",
  "memorial hall",
  "hall",
  "the",
  "Hau Lung-bin",
  "city mayor",
  "crane collapse Grand Mosque",
  "storm killed pilgrims",
  "ozone pollution wheat yields",
  "globl warmng crops",
  "Internet Explorer 6 countdown",
  "browser market share",
  "North Korea artillery fire",
  "quasi-state of war",
  "Fan Expo Toronto",
  "anime comics horror",
  "legislative election turnout",
  "pro-democracy camp seats",
  "World Cup Harry Kane",
  "Sweden defeated South Korea",
  "Belgium Panama",
  "Environment Canada document",
  "sensitive documnet ottawa street",
  "Scientology defector arrested",
  "Sea Org",
  "space shuttle Columbia",
  "retired shuttles museum",
  "Kennedy Space Center",
  "Afghan girls robotics team",
  "visa denied",
  "asylum questionnaire interview",
  "Home Office refugee status",
  "fentanyl precursors",
  "sanctions lifted Chinese institute",
  "sanctoins",
  "Biden Xi summit",
  "drug overdose deaths",
  "xyzzy plugh",
];

export const QUOTE_TOPICS = [
  "visa",
  "fentanyl",
  "shuttle",
  "election",
  "refugees",
  "browser",
  "festival",
];

export const ACTOR_PREFIXES = ["Ha", "Mic", "Bid", "NASA", "Kan", "Xi", "Ho"];

/** Each answer item as "article ¶n", in the order shown. */
function citedOrder(answer: Answer, top: number): string[] {
  return answer.sections
    .flatMap((section) => section.items)
    .slice(0, top)
    .map((item) => item.citations.map((c) => `${c.articleId} ¶${c.n}`).join(", "));
}

export function searchOrder(kb: KnowledgeBase, query: string): string[] {
  return citedOrder(answerSearch(kb, { query }), 5);
}

/** Every pinned answer of a knowledge base, keyed like the expected file. */
export function pinnedAnswers(kb: KnowledgeBase): Record<string, Record<string, string[]>> {
  return {
    search: Object.fromEntries(SEARCH_QUERIES.map((query) => [query, searchOrder(kb, query)])),
    quote: Object.fromEntries(
      QUOTE_TOPICS.map((about) => [about, citedOrder(answerQuotes(kb, { about }), 3)]),
    ),
    autocomplete: Object.fromEntries(
      ACTOR_PREFIXES.map((typed) => [
        typed,
        suggestActors(kb, typed)
          .slice(0, 5)
          .map((choice) => choice.value),
      ]),
    ),
  };
}
