/**
 * Actor autocomplete answers exactly as it did when every candidate came from tallying all
 * postings and Fuse.js ranked them: checked on every prefix of every actor name of the ranking
 * fixtures, one word or a full first word and a partial second one.
 */
import Fuse from "fuse.js";
import { beforeAll, describe, expect, it } from "vitest";
import { suggestActors } from "../../src/answer/autocomplete.ts";
import { loadKnowledge } from "../../src/app/library/load-knowledge.ts";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { countByActorName } from "../../src/knowledge-base/actor-counts.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import { readCandidateQuery } from "../../src/knowledge-base/candidate-search.ts";
import { CANDIDATE_LIMITS, NAME_OPTIONS } from "../../src/knowledge-base/fuse-options.ts";
import type { KnowledgeBase, NameDocument } from "../../src/knowledge-base/knowledge-base.ts";
import { planWords, tallyCandidates } from "../../src/knowledge-base/rank-candidates.ts";
import { buildVocabularyTrie, createTermFinder } from "../../src/knowledge-base/word-neighbours.ts";
import { RANKING_FIXTURES } from "../knowledge-base/search-ranking-queries.ts";

let kb: KnowledgeBase;
let names: NameDocument[];

beforeAll(async () => {
  const { articles } = await loadKnowledge(RANKING_FIXTURES);
  kb = buildKnowledgeBase(
    articles.map((article) => ({ article, analysis: analyzeArticle(article) })),
  );
  // The name documents in the index's order (as the knowledge base lists them).
  names = kb.entries.flatMap(({ article, analysis }) =>
    analysis.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases].map((name) => ({
        articleId: article.id,
        actor,
        name,
        quoteCount: countByActorName(analysis).get(actor.name)?.quotes ?? 0,
        mentionCount: countByActorName(analysis).get(actor.name)?.mentions ?? 0,
      })),
    ),
  );
});

/** The suggestions as computed before the candidate shortcuts: tally, then Fuse.js. */
function suggestByTally(typed: string): string[] {
  const query = typed.trim();
  const index = kb.indices.names;
  const findTerms = createTermFinder(buildVocabularyTrie(index.vocabulary), index);
  const plan = planWords(index, findTerms, readCandidateQuery(query, true));
  const documents = tallyCandidates(index, plan, CANDIDATE_LIMITS.names).flatMap((id) => {
    const document = names[id];
    return document === undefined ? [] : [document];
  });
  const ranked = new Fuse(documents, NAME_OPTIONS).search(query, { limit: 100 });
  return [...new Set(ranked.map((hit) => hit.item.actor.name))].slice(0, 25);
}

function typedPrefixes(): string[] {
  const typed = new Set<string>();
  for (const { name } of names) {
    const [first, second] = name.split(" ");
    if (first === undefined) continue;
    for (let length = 1; length <= Math.min(5, first.length); length++) {
      typed.add(first.slice(0, length));
    }
    if (second === undefined) continue;
    for (let length = 1; length <= Math.min(3, second.length); length++) {
      typed.add(`${first} ${second.slice(0, length)}`);
      typed.add(second.slice(0, length));
    }
    typed.add(`${first} `);
  }
  return [...typed];
}

describe("suggestActors", () => {
  it("suggests what the tally and Fuse.js suggested, for every prefix of every name", () => {
    const prefixes = typedPrefixes();
    expect(prefixes.length).toBeGreaterThan(200);
    const differing = prefixes.filter(
      (typed) =>
        JSON.stringify(suggestActors(kb, typed).map((choice) => choice.value)) !==
        JSON.stringify(suggestByTally(typed)),
    );
    expect(differing).toEqual([]);
  });

  it("suggests nothing for a prefix no name begins or resembles", () => {
    expect(suggestActors(kb, "Qxz")).toEqual([]);
  });

  it("keeps a full first name's own actor first when a second word is half typed", () => {
    const values = suggestActors(kb, "Joe Bi").map((choice) => choice.value);
    expect(values[0]).toBe("Joe Biden");
  });
});
