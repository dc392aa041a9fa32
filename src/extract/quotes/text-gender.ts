/** The gender the article's own pronouns give a person: "Lindqvist … praised her staff" makes "he" skip Lindqvist. */
import type { Actor, Span } from "../../model/analysis.ts";
import type { Mention } from "../actors/find-mentions.ts";

export type Gender = "female" | "male";

const PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/giu;

/**
 * In a sentence whose only person outside quotes is one actor, the third-person pronouns outside
 * quotes are that actor's. A person gets a gender when every such pronoun agrees. A pronoun before
 * the name points to someone named earlier ("Asked whether she would govern with the party, whose
 * leader X …, she did not rule it out", "His lawyer, X, said"): such a sentence gives no vote.
 */
export function findTextGenders(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  quoteSpans: readonly Span[],
  actorsById: ReadonlyMap<string, Actor>,
  votes: Map<string, Gender | "mixed">,
): void {
  let at = 0;
  let quote = 0;
  for (const [start, end] of sentences) {
    const people = new Set<string>();
    let firstName = end;
    while (at < mentions.length && (mentions[at] as Mention).start < end) {
      const mention = mentions[at] as Mention;
      if (mention.start >= start && actorsById.get(mention.actorId)?.kind === "person") {
        people.add(mention.actorId);
        firstName = Math.min(firstName, mention.start);
      }
      at += 1;
    }
    const [person] = people;
    if (people.size !== 1 || person === undefined) continue;
    const found: { offset: number; gender: Gender }[] = [];
    for (const match of text.slice(start, end).matchAll(PRONOUN)) {
      const offset = start + match.index;
      while (quote < quoteSpans.length && (quoteSpans[quote] as Span)[1] <= offset) quote += 1;
      const span = quoteSpans[quote];
      if (span && offset >= span[0]) continue;
      found.push({ offset, gender: match[1] ? "male" : "female" });
    }
    if (found.some((pronoun) => pronoun.offset < firstName)) continue;
    for (const { gender } of found) {
      const previous = votes.get(person);
      votes.set(person, previous === undefined || previous === gender ? gender : "mixed");
    }
  }
}
