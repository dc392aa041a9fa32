/** Stance tests' one step: [actor, stance] pairs for an article of these paragraphs. */
import { extractActors } from "../../../src/extract/actors/extract-actors.ts";
import { createExtractContext } from "../../../src/extract/context.ts";
import { extractQuotes } from "../../../src/extract/quotes/extract-quotes.ts";
import { extractStances } from "../../../src/extract/stances/extract-stances.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

export function positions(
  paragraphs: readonly string[],
  published = "2031-05-02",
): readonly (readonly string[])[] {
  const article = buildFixtureArticle(paragraphs.join("\n\n"), { published });
  const context = createExtractContext(article);
  const actors = extractActors(context);
  return extractStances(context, actors, extractQuotes(context, actors)).map((stance) => [
    stance.actor,
    stance.stance,
  ]);
}
