/** One piece of evidence for an actor's stance: a quote or a framing sentence, with its score. */
import type { Actor, Quote } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";

export interface StanceEvidence {
  readonly actorId: string;
  readonly passage: string;
  readonly offset: number;
  readonly quoteId: string | null;
  readonly support: number;
  readonly oppose: number;
  /** For a person: "called the decision “insulting.”". */
  readonly reason: string;
  /** The sentence the evidence stands in, to check what it is about. */
  readonly sentence: string;
  /** A verb that takes a side ("defended", "criticized"), enough for an actor who is never quoted. */
  readonly isExplicit: boolean;
  /** The article says the actor takes no side ("would not take sides"): neutral by its own word. */
  readonly isNeutral?: boolean;
}

/** What stance extractors read. */
export interface StanceInput {
  readonly article: Article;
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
}

export type StanceExtractor = (input: StanceInput) => readonly StanceEvidence[];
export type StanceRefiner = (
  input: StanceInput,
  evidence: readonly StanceEvidence[],
) => readonly StanceEvidence[];

/** Evidence grouped by actor in one pass, so refiners need not filter the whole list per actor. */
export function groupByActor(
  evidence: readonly StanceEvidence[],
): ReadonlyMap<string, readonly StanceEvidence[]> {
  const groups = new Map<string, StanceEvidence[]>();
  for (const item of evidence) {
    const group = groups.get(item.actorId);
    if (group) group.push(item);
    else groups.set(item.actorId, [item]);
  }
  return groups;
}
