/**
 * Scores one article's ingest and analysis against its gold file: people, quotes and speakers,
 * dated events, stances, title and date, and passages that are not body paragraphs.
 */
import type { Actor, Analysis, Quote } from "../src/model/analysis.ts";
import type { Article } from "../src/model/article.ts";
import {
  foldSpace,
  namesMatch,
  organizationsMatch,
  quoteTokens,
  ratioOrOne,
  tokenF1,
  tokensOverlap,
} from "./eval-extract-match.ts";

export interface GoldPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role?: string;
  readonly speaker?: boolean;
}

export interface GoldQuote {
  readonly speaker: string;
  readonly text: string;
  readonly partial: boolean;
}

export interface GoldEvent {
  readonly date: string;
  readonly anchor: string;
  readonly how: string;
}

export interface Gold {
  readonly id: string;
  readonly published: string;
  readonly title: string;
  readonly people: readonly GoldPerson[];
  readonly extra_people_ok: readonly string[];
  readonly quotes: readonly GoldQuote[];
  readonly events: readonly GoldEvent[];
  readonly stances?: Readonly<Record<string, string>>;
}

/** A count of hits out of a whole; `ratio` is 1 when the whole is 0. */
export interface Count {
  readonly hit: number;
  readonly of: number;
  readonly ratio: number;
}

export interface ArticleScore {
  readonly id: string;
  /** "wikinews", "dev" or "pasted". */
  readonly set: string;
  readonly peopleRecall: Count;
  readonly peoplePrecision: Count;
  readonly quotesFound: Count;
  /** The headline speaker metric: full gold quotes found with the right speaker. */
  readonly speakersRight: Count;
  readonly spuriousQuotes: number;
  readonly eventsFound: Count;
  readonly eventsRight: Count;
  /** null when the gold has no stances. */
  readonly stances: Count | null;
  readonly titleRight: boolean;
  readonly dateRight: boolean;
  /** Passages that are not a body paragraph of the clean text. */
  readonly chromePassages: readonly string[];
  /** Body paragraphs of the clean text that no passage holds. */
  readonly missingBody: readonly string[];
  readonly misses: readonly string[];
}

const count = (hit: number, of: number): Count => ({ hit, of, ratio: ratioOrOne(hit, of) });

/** Every form the analysis gives an actor, looked up by canonical name. */
function formsOf(name: string, actors: readonly Actor[]): string[] {
  const actor = actors.find((candidate) => candidate.name === name);
  return actor === undefined ? [name] : [actor.name, ...actor.aliases];
}

/** The gold's forms for a speaker or stance key: a person's name and aliases, or null. */
function goldPersonForms(key: string, gold: Gold): string[] | null {
  const person = gold.people.find((candidate) => candidate.name === key);
  return person === undefined ? null : [person.name, ...person.aliases];
}

function actorMatches(forms: readonly string[], key: string, gold: Gold): boolean {
  const personForms = goldPersonForms(key, gold);
  return personForms === null ? organizationsMatch(forms, key) : namesMatch(forms, personForms);
}

function scorePeople(gold: Gold, analysis: Analysis, misses: string[]) {
  const persons = analysis.actors.filter((actor) => actor.kind === "person");
  const matched = new Set<number>();
  let listed = 0;
  let right = 0;
  for (const person of persons) {
    const forms = [person.name, ...person.aliases];
    if (namesMatch([person.name], gold.extra_people_ok)) continue;
    listed += 1;
    // The canonical name decides first, so a stray alias cannot steal another person.
    const byName = gold.people.findIndex((g) => namesMatch([person.name], [g.name, ...g.aliases]));
    const index =
      byName >= 0
        ? byName
        : gold.people.findIndex((g) => namesMatch(forms, [g.name, ...g.aliases]));
    if (index < 0) misses.push(`extra person: ${person.name}`);
    else if (matched.has(index))
      misses.push(`duplicate person: ${person.name} (= ${gold.people[index]?.name})`);
    else {
      matched.add(index);
      right += 1;
    }
  }
  gold.people.forEach((person, index) => {
    if (!matched.has(index)) misses.push(`missed person: ${person.name}`);
  });
  return { recall: count(matched.size, gold.people.length), precision: count(right, listed) };
}

// The words around a quote, where its attribution would be: "…Microsoft says on [q] …".
const CONTEXT_CHARACTERS = 60;

function describeQuote(quote: Quote | undefined, article: Article): string {
  if (quote === undefined) return "not found";
  const text = article.passages.find((passage) => passage.id === quote.passage)?.text ?? "";
  const before = foldSpace(
    text.slice(Math.max(0, quote.span[0] - CONTEXT_CHARACTERS), quote.span[0]),
  );
  const after = foldSpace(text.slice(quote.span[1], quote.span[1] + CONTEXT_CHARACTERS));
  const attribution = quote.attribution === null ? "" : `, attribution “${quote.attribution}”`;
  return `in ${quote.passage}, speaker ${quote.speaker ?? "null"}${attribution}; context …${before} [q] ${after}…`;
}

function scoreQuotes(gold: Gold, article: Article, analysis: Analysis, misses: string[]) {
  const full = gold.quotes.filter((quote) => !quote.partial);
  const systemTokens = analysis.quotes.map((quote) => quoteTokens(quote.text));
  const used = new Set<number>();
  let found = 0;
  let attributed = 0;
  for (const goldQuote of full) {
    const tokens = quoteTokens(goldQuote.text);
    let best = -1;
    let bestF1 = 0.8;
    systemTokens.forEach((candidate, index) => {
      const f1 = tokenF1(candidate, tokens);
      if (!used.has(index) && f1 >= bestF1) [best, bestF1] = [index, f1];
    });
    const quote = analysis.quotes[best];
    const short = `“${goldQuote.text.slice(0, 70)}${goldQuote.text.length > 70 ? "…" : ""}”`;
    if (quote === undefined) {
      misses.push(`missed quote: ${short} (gold ${goldQuote.speaker}; not found)`);
      continue;
    }
    used.add(best);
    found += 1;
    const isRight =
      quote.speaker !== null &&
      actorMatches(formsOf(quote.speaker, analysis.actors), goldQuote.speaker, gold);
    if (isRight) attributed += 1;
    else
      misses.push(
        `wrong speaker: ${short} (gold ${goldQuote.speaker}; ${describeQuote(quote, article)})`,
      );
  }
  const goldTokens = gold.quotes.map((quote) => quoteTokens(quote.text));
  let spurious = 0;
  analysis.quotes.forEach((quote, index) => {
    const tokens = systemTokens[index] ?? [];
    if (tokens.length < 4 || goldTokens.some((g) => tokensOverlap(tokens, g))) return;
    spurious += 1;
    misses.push(`spurious quote: “${quote.text.slice(0, 70)}” (${describeQuote(quote, article)})`);
  });
  return { found: count(found, full.length), attributed: count(attributed, full.length), spurious };
}

function scoreEvents(gold: Gold, article: Article, analysis: Analysis, misses: string[]) {
  const passageText = new Map(article.passages.map((p) => [p.id, foldSpace(p.text)]));
  const anchorsIn = (passage: string) => {
    const text = passageText.get(passage) ?? "";
    return gold.events.filter((event) => text.includes(foldSpace(event.anchor)));
  };
  let right = 0;
  for (const event of analysis.events) {
    if (anchorsIn(event.passage).some((g) => g.date === event.date)) right += 1;
    else
      misses.push(
        `wrong event: ${event.date} from “${event.expression}” in ${event.passage}: ${foldSpace(event.text).slice(0, 110)}`,
      );
  }
  let found = 0;
  for (const goldEvent of gold.events) {
    const hit = analysis.events.some(
      (event) => event.date === goldEvent.date && anchorsIn(event.passage).includes(goldEvent),
    );
    if (hit) found += 1;
    else {
      const near = analysis.events.filter((event) => anchorsIn(event.passage).includes(goldEvent));
      const gave = near.map((event) => `${event.date} “${event.expression}”`).join(", ");
      misses.push(
        `missed event: ${goldEvent.date} “${goldEvent.anchor}” (${goldEvent.how}; we gave ${gave || "nothing there"})`,
      );
    }
  }
  return { found: count(found, gold.events.length), right: count(right, analysis.events.length) };
}

function scoreStances(gold: Gold, analysis: Analysis, misses: string[]): Count | null {
  if (gold.stances === undefined) return null;
  const entries = Object.entries(gold.stances);
  let right = 0;
  for (const [key, value] of entries) {
    const stance = analysis.stances.find((candidate) =>
      actorMatches(formsOf(candidate.actor, analysis.actors), key, gold),
    );
    if (stance?.stance === value) right += 1;
    else misses.push(`wrong stance: ${key} gold ${value}, we gave ${stance?.stance ?? "none"}`);
  }
  return count(right, entries.length);
}

/** The body paragraphs of a clean text: everything after the title and date line blocks. */
export function bodyParagraphs(cleanText: string): string[] {
  const blocks = cleanText
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map(foldSpace)
    .filter((block) => block !== "");
  return blocks.slice(2);
}

/** Scores one article; `cleanText` is the clean form, whose body paragraphs are the passages. */
export function scoreArticle(
  set: string,
  gold: Gold,
  article: Article,
  analysis: Analysis,
  cleanText: string,
): ArticleScore {
  const misses: string[] = [];
  const people = scorePeople(gold, analysis, misses);
  const quotes = scoreQuotes(gold, article, analysis, misses);
  const events = scoreEvents(gold, article, analysis, misses);
  const stances = scoreStances(gold, analysis, misses);
  const titleRight = foldSpace(article.title) === foldSpace(gold.title);
  const dateRight = article.published === gold.published;
  if (!titleRight) misses.push(`wrong title: “${article.title}”`);
  if (!dateRight) misses.push(`wrong date: ${article.published ?? "none"}`);
  const body = bodyParagraphs(cleanText);
  const bodySet = new Set(body);
  const passageSet = new Set(article.passages.map((passage) => foldSpace(passage.text)));
  const chromePassages = article.passages
    .filter((passage) => !bodySet.has(foldSpace(passage.text)))
    .map((passage) => `${passage.id}: ${foldSpace(passage.text).slice(0, 90)}`);
  const missingBody = body
    .filter((paragraph) => !passageSet.has(paragraph))
    .map((paragraph) => paragraph.slice(0, 90));
  for (const passage of chromePassages) misses.push(`not a body paragraph: ${passage}`);
  for (const paragraph of missingBody) misses.push(`body paragraph missing: ${paragraph}`);
  return {
    id: gold.id,
    set,
    peopleRecall: people.recall,
    peoplePrecision: people.precision,
    quotesFound: quotes.found,
    speakersRight: quotes.attributed,
    spuriousQuotes: quotes.spurious,
    eventsFound: events.found,
    eventsRight: events.right,
    stances,
    titleRight,
    dateRight,
    chromePassages,
    missingBody,
    misses,
  };
}
