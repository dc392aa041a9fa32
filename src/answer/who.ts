/** /who: one actor's profile, or the cast of the article. */
import type { Answer, AnswerItem, AnswerSection } from "../model/answer.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, buildEmptyAnswer, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { resolveScope } from "./resolve-article.ts";
import { findNamedActors, groupNamedActors, type NamedGroup } from "./named-actors.ts";
import { ARTICLES_READ_MAX, describeTooManyArticles } from "./reading-limit.ts";
import type { ActorMatch } from "./resolve-actor.ts";
import { describeUnknownActor, isNamed, suggestActorNames } from "./resolve-actor.ts";
import { dedupeCitations, describeActorLine, describeStance, quotesBy } from "./describe-actor.ts";

export interface WhoOptions {
  readonly name?: string | undefined;
  readonly article?: string | undefined;
}

const QUOTES_SHOWN = 3;

function buildCast(scope: readonly ArticleEntry[]): Answer {
  const sections: AnswerSection[] = scope.map((entry) => ({
    heading: `Cast of “${entry.article.title}”`,
    tone: "info",
    items: entry.analysis.actors.map((actor) =>
      item(describeActorLine(entry, actor), [cite(entry, actor.passages[0] ?? "p1")]),
    ),
  }));
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  const only = scope.length === 1 ? scope[0] : undefined;
  return buildAnswer({
    command: "who",
    title: only ? `Who is in “${only.article.title}”` : "Who is in the articles",
    intro:
      total === 0 ? [] : [text(`${total} people and organisations, in order of first mention.`)],
    sections,
    hint: total === 0 ? "No people or organisations were found in these articles." : null,
    url: only?.article.url ?? null,
  });
}

function buildProfileItems({ entry, actor }: ActorMatch): AnswerItem[] {
  const first = cite(entry, actor.passages[0] ?? "p1");
  const quotes = quotesBy(entry, actor);
  const items: AnswerItem[] = [];
  if (actor.role !== null) items.push(item([bold("Role: "), text(actor.role)], [first]));
  if (actor.organization !== null && !(actor.role ?? "").includes(actor.organization)) {
    items.push(item([bold("Organisation: "), text(actor.organization)], [first]));
  }
  items.push(item([bold("First appears: "), text(`¶${first.n}`)], [first]));
  const quotedTimes =
    quotes.length === 0
      ? "never directly"
      : `${quotes.length} ${quotes.length === 1 ? "time" : "times"}`;
  const quotedWhere =
    quotes.length === 0 ? [first] : quotes.map((quote) => cite(entry, quote.passage));
  items.push(item([bold("Quoted: "), text(quotedTimes)], dedupeCitations(quotedWhere)));
  if (actor.aliases.length > 0) {
    items.push(item([bold("Also called: "), text(actor.aliases.join(", "))], [first]));
  }
  return items;
}

/** Other articles listed under a profile, and other names listed in its hint, at most. */
const ALSO_SHOWN = 25;
const OTHERS_SHOWN = 10;

function describeRest(moreArticles: number, others: readonly string[]): string | null {
  const parts: string[] = [];
  if (moreArticles > 0) {
    const articles = moreArticles === 1 ? "article" : "articles";
    parts.push(`Also in ${moreArticles.toLocaleString("en-US")} more ${articles}.`);
  }
  if (others.length > 0) {
    const more = others.length > OTHERS_SHOWN ? ` and ${others.length - OTHERS_SHOWN} more` : "";
    parts.push(`Also matching: ${others.slice(0, OTHERS_SHOWN).join(", ")}${more}.`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

function buildProfile(
  matches: readonly ActorMatch[],
  articleCount: number,
  others: readonly string[],
): Answer {
  const [primary, ...elsewhere] = matches;
  if (!primary) throw new Error("buildProfile needs at least one match");
  const { entry, actor } = primary;
  const sections: AnswerSection[] = [
    { heading: "Profile", tone: "info", items: buildProfileItems(primary) },
  ];
  const stance = describeStance(entry, actor);
  if (stance) sections.push(stance);
  const quotes = quotesBy(entry, actor).slice(0, QUOTES_SHOWN);
  if (quotes.length > 0) {
    sections.push({
      heading: "In their words",
      tone: "info",
      items: quotes.map((quote) => item([quoted(quote.text)], [cite(entry, quote.passage)])),
    });
  }
  if (elsewhere.length > 0) {
    sections.push({
      heading: "Also appears in",
      tone: "info",
      items: elsewhere.map((match) =>
        item(
          [text(match.entry.article.title)],
          [cite(match.entry, match.actor.passages[0] ?? "p1")],
        ),
      ),
    });
  }
  return buildAnswer({
    command: "who",
    title: actor.name,
    intro: [
      text(`${actor.kind === "person" ? "Person" : "Organisation"} in “${entry.article.title}”.`),
    ],
    sections,
    hint: describeRest(articleCount - matches.length, others),
    url: entry.article.url,
  });
}

/** The group's actors in its first `limit` articles, each article opened (parsed) here. */
function openGroup(group: NamedGroup, words: readonly string[], limit: number): ActorMatch[] {
  return group.entries
    .slice(0, limit)
    .flatMap((entry) =>
      entry.analysis.actors
        .filter((actor) => actor.name === group.actorName && isNamed(actor, words))
        .map((actor) => ({ entry, actor })),
    );
}

/** The profile of the actor called `name`, or the cast when no name is given. */
export function answerWho(kb: KnowledgeBase, options: WhoOptions): Answer {
  const scope = resolveScope(kb, options.article);
  const name = options.name?.trim() ?? "";
  if (name === "") {
    if (scope.length <= ARTICLES_READ_MAX) return buildCast(scope);
    const hint = describeTooManyArticles(
      "The library holds",
      scope.length,
      "Add article: for one article's cast, or name: for one person.",
    );
    return buildEmptyAnswer("who", "Who is in the articles", hint);
  }
  // Ranked by mentions across their articles, counted without opening any (named-actors.ts).
  const named = findNamedActors(kb, scope, name);
  const groups = groupNamedActors(scope, named).sort((a, b) => b.mentions - a.mentions);
  const [best, ...rest] = groups;
  const matches = best === undefined ? [] : openGroup(best, named.words, 1 + ALSO_SHOWN);
  if (best === undefined || matches.length === 0) {
    return buildEmptyAnswer(
      "who",
      `Who is “${name}”?`,
      describeUnknownActor(name, suggestActorNames(kb, scope, name)),
    );
  }
  return buildProfile(
    matches,
    best.entries.length,
    rest.map((group) => group.actorName),
  );
}
