/** Article → Analysis: runs each pipeline in dependency order. */
import type { Article } from "../model/article.ts";
import type { Analysis, Trace } from "../model/analysis.ts";
import { extractActors } from "./actors/extract-actors.ts";
import { applyAliasCuration, applyStanceCuration } from "./apply-curation.ts";
import { createExtractContext } from "./context.ts";
import { extractEvents } from "./events/extract-events.ts";
import { warnAboutUnresolvedDates } from "./events/unresolved-dates.ts";
import { extractQuotes } from "./quotes/extract-quotes.ts";
import { findCentralAction } from "./stances/find-central-action.ts";
import { extractStances } from "./stances/extract-stances.ts";

/**
 * Extracts actors, quotes, dated events and stances; pure, never throws on strange text.
 * Order matters: quotes need the actors (curated aliases included) to name speakers, events
 * need the actors to list who is in them, and stances read the quotes.
 */
export function analyzeArticle(article: Article, trace?: Trace): Analysis {
  const context = createExtractContext(article, trace);
  const actors = applyAliasCuration(article, extractActors(context));
  const quotes = extractQuotes(context, actors);
  const events = extractEvents(context, actors);
  const stances = applyStanceCuration(
    article.curation,
    actors,
    extractStances(context, actors, quotes),
  );
  const warnings = [
    ...warnAboutUnresolvedDates(context),
    ...(quotes.some((quote) => quote.speaker === null && !quote.isFragment)
      ? ["some quotations have no speaker the article names"]
      : []),
  ];
  return { actors, quotes, events, stances, centralAction: findCentralAction(article), warnings };
}
