/** Refiner: an office-holder of the organisation the lead reports on answers for it. */
import type { Actor } from "../../model/analysis.ts";
import { findMentions, formsOf } from "../actors/find-mentions.ts";
import { isVerbLike } from "../quotes/subjects.ts";
import { findCentralAction } from "./find-central-action.ts";
import {
  groupByActor,
  type StanceEvidence,
  type StanceInput,
  type StanceRefiner,
} from "./stance-evidence.ts";

/** Offices that answer for an organisation's conduct; spokespeople only give its account. */
export const OFFICES: ReadonlySet<string> = new Set(
  `minister secretary president premier governor mayor chancellor administrator commissioner
  director chief ceo chairman chairwoman chair head leader executive`.split(/\s+/u),
);
/** A shadow or former office-holder does not answer for the organisation. */
const NOT_IN_OFFICE = /\b(?:shadow|opposition|former|ex-|deputy leader of the opposition)\b/iu;
/** Words in many organisation names that say nothing about which one. */
const GENERIC = new Set(
  `office department ministry agency council government authority service services national federal
  state states united kingdom u.s. us uk the of and for`.split(/\s+/u),
);
const WORD = /[\p{L}.]+/gu;
/** A whole lowercase word: "nited" in "United" is no verb. */
const LOWERCASE_WORD = /(?<!\p{L})\p{Ll}+(?!\p{L})/gu;

const wordsOf = (text: string): string[] =>
  [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/\.$/u, ""));

/** Organisations named before the lead's first verb: its doer, or the owner of what it is about. */
function findLeadOrganizations(input: StanceInput): readonly Actor[] {
  const action = findCentralAction(input.article);
  if (!action) return [];
  const verb = [...action.text.matchAll(LOWERCASE_WORD)].find((match) => isVerbLike(match[0]));
  const before = action.text.slice(0, verb?.index ?? 0);
  const organizations = input.actors.filter((actor) => actor.kind === "organization");
  const named = new Set(findMentions(before, organizations.map(formsOf)).map((m) => m.actorId));
  return organizations.filter((actor) => named.has(actor.id));
}

/** "Environment Minister" answers for "Environment Canada": the office's portfolio word is in the name. */
function isOfficeOf(person: Actor, organization: Actor): boolean {
  const role = person.role ?? "";
  const roleWords = wordsOf(role);
  if (!roleWords.some((word) => OFFICES.has(word)) || NOT_IN_OFFICE.test(role)) return false;
  const names = [organization.name, ...organization.aliases].map((name) => name.toLowerCase());
  if (person.organization !== null && names.includes(person.organization.toLowerCase()))
    return true;
  const portfolio = roleWords.filter((word) => !OFFICES.has(word) && !GENERIC.has(word));
  const named = new Set(names.flatMap(wordsOf).filter((word) => !GENERIC.has(word)));
  return portfolio.some((word) => named.has(word));
}

/** Quoted office-holders whose words take no side are counted with their organisation. */
export const addOfficeHolders: StanceRefiner = (input, evidence) => {
  const organizations = findLeadOrganizations(input);
  if (organizations.length === 0) return evidence;
  const added: StanceEvidence[] = [];
  const byActor = groupByActor(evidence);
  for (const person of input.actors) {
    const own = byActor.get(person.id) ?? [];
    const first = own.find((item) => item.quoteId !== null);
    if (!first || own.some((item) => item.support + item.oppose > 0)) continue;
    const organization = organizations.find((candidate) => isOfficeOf(person, candidate));
    if (!organization) continue;
    const reason = `speaks for ${organization.name} (${person.role ?? "office-holder"}), which the lead reports on`;
    added.push({ ...first, support: 1, oppose: 0, reason, isExplicit: false });
  }
  return [...evidence, ...added];
};
