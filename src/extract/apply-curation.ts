/** Front-matter curation wins over extraction: curated aliases join (or create) actors, curated stances replace extracted ones. */
import type { Actor, Stance } from "../model/analysis.ts";
import type { Article, Curation } from "../model/article.ts";
import { slugifyName } from "./actors/actor-draft.ts";
import { findMentions } from "./actors/find-mentions.ts";
import { ORG_WORDS } from "./actors/lexicon.ts";

const CURATED_REASON = "set by the article's curator";

/** A curated actor's id must not collide with an extracted one's. */
function uniqueId(actors: readonly Actor[], id: string): string {
  let unique = id;
  for (let suffix = 2; actors.some((actor) => actor.id === unique); suffix += 1)
    unique = `${id}-${suffix}`;
  return unique;
}

function passagesNaming(article: Article, forms: readonly string[]): readonly string[] {
  const named = [{ actorId: "curated", forms }];
  return article.passages
    .filter((passage) => findMentions(passage.text, named).length > 0)
    .map((passage) => passage.id);
}

function curateActor(
  article: Article,
  actors: readonly Actor[],
  name: string,
  aliases: readonly string[],
): readonly Actor[] {
  const forms = new Set([name, ...aliases]);
  const index = actors.findIndex(
    (actor) => forms.has(actor.name) || actor.aliases.some((alias) => forms.has(alias)),
  );
  const existing = actors[index];
  if (!existing) {
    const isOrganization = name.split(/\s+/u).some((word) => ORG_WORDS.has(word));
    const created: Actor = {
      id: uniqueId(actors, slugifyName(name)),
      name,
      kind: isOrganization ? "organization" : "person",
      aliases: [...aliases],
      role: null,
      organization: null,
      passages: passagesNaming(article, [...forms]),
    };
    return [...actors, created];
  }
  const allForms = [...new Set([existing.name, ...existing.aliases, ...aliases])].filter(
    (form) => form !== name,
  );
  const passages = passagesNaming(article, [name, ...allForms]);
  const merged: Actor = {
    ...existing,
    name,
    aliases: allForms,
    passages: passages.length > 0 ? passages : existing.passages,
  };
  return actors.map((actor, at) => (at === index ? merged : actor));
}

/** Applies curated aliases to the extracted actors; run before quotes, so that attribution sees them. */
export function applyAliasCuration(article: Article, actors: readonly Actor[]): readonly Actor[] {
  return Object.entries(article.curation.aliases).reduce(
    (current, [name, aliases]) => curateActor(article, current, name, aliases),
    actors,
  );
}

/** Curated stances replace extracted ones for the same actor, or are added with the actor's passages as evidence. */
export function applyStanceCuration(
  curation: Curation,
  actors: readonly Actor[],
  stances: readonly Stance[],
): readonly Stance[] {
  const result = [...stances];
  for (const [name, value] of Object.entries(curation.stances)) {
    const actor = actors.find((item) => item.name === name || item.aliases.includes(name));
    const at = result.findIndex((stance) => stance.actor === (actor?.name ?? name));
    const previous = result[at];
    const curated: Stance = {
      actor: actor?.name ?? name,
      actorId: actor?.id ?? slugifyName(name),
      stance: value,
      evidence: previous?.evidence ?? actor?.passages ?? [],
      quotes: previous?.quotes ?? [],
      origin: "curated",
      reason: CURATED_REASON,
    };
    if (at >= 0) result[at] = curated;
    else result.push(curated);
  }
  return result;
}
