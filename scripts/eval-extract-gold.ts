/** The gold format of test/fixtures/eval, and how an extracted actor is matched to a gold key. */
import type { Actor } from "../src/model/analysis.ts";
import { namesMatch, organizationsMatch, ratioOrOne } from "./eval-extract-match.ts";

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

export const count = (hit: number, of: number): Count => ({ hit, of, ratio: ratioOrOne(hit, of) });

/** Every form the analysis gives an actor, looked up by canonical name. */
export function formsOf(name: string, actors: readonly Actor[]): string[] {
  const actor = actors.find((candidate) => candidate.name === name);
  return actor === undefined ? [name] : [actor.name, ...actor.aliases];
}

/** The gold's forms for a speaker or stance key: a person's name and aliases, or null. */
function goldPersonForms(key: string, gold: Gold): string[] | null {
  const person = gold.people.find((candidate) => candidate.name === key);
  return person === undefined ? null : [person.name, ...person.aliases];
}

export function actorMatches(forms: readonly string[], key: string, gold: Gold): boolean {
  const personForms = goldPersonForms(key, gold);
  return personForms === null ? organizationsMatch(forms, key) : namesMatch(forms, personForms);
}
