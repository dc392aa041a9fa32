/**
 * Refiner: an organisation whose own words and deeds take no side stands where the person who
 * speaks for it stands ("Graham Roe, the chief executive of Northline Railways, called the strike
 * "reckless"" puts Northline against the strike). Only offices that answer for the organisation
 * count: its director or spokesman does, a historian at a university does not.
 */
import type { Actor } from "../../model/analysis.ts";
import { OFFICES } from "./refine-office-holders.ts";
import {
  groupByActor,
  type StanceEvidence,
  type StanceInput,
  type StanceRefiner,
} from "./stance-evidence.ts";

/** The offices that answer for an organisation, and those that speak for it. */
const SPEAKING_OFFICES = new Set([
  ...OFFICES,
  ..."spokesperson spokesman spokeswoman negotiator envoy ambassador".split(" "),
]);
const NOT_IN_OFFICE = /\b(?:shadow|former|ex-|deputy leader of the opposition)\b/iu;
const WORD = /\p{L}+/gu;

function speaksFor(person: Actor): boolean {
  const role = person.role ?? "";
  const words = [...role.toLowerCase().matchAll(WORD)].map((match) => match[0]);
  return words.some((word) => SPEAKING_OFFICES.has(word)) && !NOT_IN_OFFICE.test(role);
}

/** The person's clear side: +1 support, -1 opposition, 0 none or mixed (the same rule as the stance). */
export function sideOf(own: readonly StanceEvidence[]): number {
  const support = own.reduce((sum, item) => sum + item.support, 0);
  const oppose = own.reduce((sum, item) => sum + item.oppose, 0);
  if (support > 0 && support >= 2 * oppose) return 1;
  if (oppose > 0 && oppose >= 2 * support) return -1;
  return 0;
}

export const addSpokespeopleSides: StanceRefiner = (input: StanceInput, evidence) => {
  const byActor = groupByActor(evidence);
  const organizations = new Map(
    input.actors
      .filter((actor) => actor.kind === "organization")
      .flatMap((actor) =>
        [actor.name, ...actor.aliases].map((name) => [name.toLowerCase(), actor]),
      ),
  );
  const added: StanceEvidence[] = [];
  const taken = new Set<string>();
  for (const person of input.actors) {
    const organization = organizations.get(person.organization?.toLowerCase() ?? "");
    if (person.kind !== "person" || !organization || !speaksFor(person)) continue;
    if (taken.has(organization.id) || sideOf(byActor.get(organization.id) ?? []) !== 0) continue;
    const own = byActor.get(person.id) ?? [];
    const side = sideOf(own);
    const first = own[0];
    if (side === 0 || !first) continue;
    taken.add(organization.id);
    added.push({
      ...first,
      actorId: organization.id,
      support: side > 0 ? 1 : 0,
      oppose: side < 0 ? 1 : 0,
      reason: `its ${person.role ?? "representative"}, ${person.name}, ${first.reason}`,
      isExplicit: true,
    });
  }
  return [...evidence, ...added];
};
