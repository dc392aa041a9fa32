/** Runs one actor extractor over a one-paragraph article. */
import type {
  ActorCandidate,
  ActorExtractor,
} from "../../../src/extract/actors/actor-candidate.ts";
import { tokenize } from "../../../src/extract/actors/tokens.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

export function runActorExtractor(
  extractor: ActorExtractor,
  text: string,
): readonly ActorCandidate[] {
  const article = buildFixtureArticle(text);
  const passage = article.passages[0];
  if (!passage) return [];
  return extractor.extract({ ...createExtractContext(article), passage }, tokenize(passage.text));
}
