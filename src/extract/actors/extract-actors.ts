/** The actor pipeline: extractors find candidate people and organisations, refiners make each one actor. */
import type { Actor } from "../../model/analysis.ts";
import type { ExtractContext } from "../context.ts";
import type { ActorCandidate, ActorExtractor } from "./actor-candidate.ts";
import { collectMentions, type MentionedDraft } from "./collect-mentions.ts";
import {
  dropAuthorDrafts,
  dropPassiveOrganizationDrafts,
  dropUnmentionedDrafts,
  type ActorRefiner,
} from "./drop-unlikely-actors.ts";
import { trimSentenceCaseWords } from "./trim-sentence-case.ts";
import { extractAcronymOrganizations } from "./extract-acronym-organizations.ts";
import { extractContextPeople } from "./extract-context-people.ts";
import { extractEchoedPeople } from "./extract-echoed-people.ts";
import { extractListedPeople } from "./extract-listed-people.ts";
import { extractAppositivePeople } from "./extract-appositive-people.ts";
import { extractHonorificPeople } from "./extract-honorific-people.ts";
import { extractNamedOrganizations } from "./extract-named-organizations.ts";
import { extractOfficeOrganizations } from "./extract-office-organizations.ts";
import { extractRoleOrganizations } from "./extract-role-organizations.ts";
import { extractSpeakingOrganizations } from "./extract-speaking-organizations.ts";
import { extractSpeakingPeople } from "./extract-speaking-people.ts";
import { extractTitledPeople } from "./extract-titled-people.ts";
import { mergeCandidates } from "./merge-actors.ts";
import { slugifyName } from "./actor-draft.ts";
import { tokenize } from "./tokens.ts";

/** Titled and appositive forms come first: the first role found in reading order is kept. */
export const ACTOR_EXTRACTORS: readonly ActorExtractor[] = [
  extractTitledPeople,
  extractAppositivePeople,
  extractHonorificPeople,
  extractSpeakingPeople,
  extractContextPeople,
  extractListedPeople,
  extractNamedOrganizations,
  extractOfficeOrganizations,
  extractAcronymOrganizations,
  extractRoleOrganizations,
  // Last: a bare capitalised name that speaks is an organisation only when nothing above named it.
  extractSpeakingOrganizations,
];

function firstMention(draft: MentionedDraft, order: ReadonlyMap<string, number>): number {
  const first = draft.candidates.reduce(
    (best, candidate) =>
      Math.min(best, (order.get(candidate.passageId) ?? 0) * 1e6 + candidate.span[0]),
    Infinity,
  );
  return Math.min(first, (order.get(draft.passages[0] ?? "") ?? Infinity) * 1e6);
}

function toActors(
  drafts: readonly MentionedDraft[],
  order: ReadonlyMap<string, number>,
): readonly Actor[] {
  const sorted = [...drafts].sort((a, b) => firstMention(a, order) - firstMention(b, order));
  const used = new Set<string>();
  return sorted.map((draft) => {
    let id = slugifyName(draft.name);
    for (let suffix = 2; used.has(id); suffix += 1) id = `${slugifyName(draft.name)}-${suffix}`;
    used.add(id);
    const { name, kind, role, organization, aliases, passages } = draft;
    return {
      id,
      name,
      kind,
      aliases,
      role,
      organization: organization === name ? null : organization,
      passages,
    };
  });
}

/** People and organisations of the article, each once, ordered by first mention. */
/**
 * Refiners, in order. Candidates are trimmed before merging, so "Pan-democrat Lam" and "Lam" merge;
 * merging comes before collecting mentions, so that surnames are searched for once per person; the
 * author is dropped before the organisation test, which counts mentions; the unmentioned go last,
 * after every refiner that may have changed the forms searched for.
 */
export const ACTOR_REFINERS: readonly ActorRefiner[] = [
  dropAuthorDrafts,
  dropPassiveOrganizationDrafts,
  dropUnmentionedDrafts,
];

/** People and organisations of the article, each once, ordered by first mention. */
export function extractActors(context: ExtractContext): readonly Actor[] {
  const { article, trace } = context;
  const candidates: ActorCandidate[] = [];
  const lowerCaseWords = new Set<string>();
  // Headings are in title case, where every word looks like a name; their actors recur in the body.
  const body = article.passages
    .filter((item) => item.kind !== "heading")
    .map((passage) => ({ passage, tokens: tokenize(passage.text) }));
  for (const { passage, tokens } of body) {
    for (const token of tokens) if (!token.isCapitalized) lowerCaseWords.add(token.word);
    for (const extractor of ACTOR_EXTRACTORS)
      candidates.push(...extractor.extract({ ...context, passage }, tokens));
  }
  // After every passage: a surname found speaking anywhere makes its full name a person's.
  candidates.push(...extractEchoedPeople(candidates, body));
  trace(
    () =>
      `actors: ${candidates.length} candidates: ${candidates.map((c) => `${c.source}:${c.name}`).join(", ")}`,
  );
  const trimmed = trimSentenceCaseWords(candidates, article.passages, lowerCaseWords);
  let drafts = collectMentions(mergeCandidates(trimmed), article.passages);
  for (const refine of ACTOR_REFINERS) drafts = refine(context, drafts);
  const order = new Map(article.passages.map((passage, index) => [passage.id, index]));
  return toActors(drafts, order);
}
