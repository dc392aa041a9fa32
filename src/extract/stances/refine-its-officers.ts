/**
 * Refiner: "The Residents' Association welcomed the decision. Its chair, Tobias Lind, said: …":
 * an officer introduced by "Its" or "Their" and a role speaks for the organisation named in the
 * sentence just before. Where one of the two takes a side and the other takes none, both stand on that side.
 */
import { findMentions, formsOf, type Mention } from "../actors/find-mentions.ts";
import { isRoleWord } from "../actors/roles.ts";
import { findSentences } from "../shared/sentences.ts";
import { sideOf } from "./refine-spokespeople.ts";
import { groupByActor, type StanceEvidence, type StanceRefiner } from "./stance-evidence.ts";

/** "Its chair, ", "Their finance spokesman, ", "Its branch secretary at Harwell, ". */
const ITS_ROLE =
  /^\s*(?:Its|Their)\s((?:[\p{Ll}-]+\s){0,3}[\p{Ll}-]+)(?:\s(?:at|of|for|in)\s[^,.;]{1,40})?,\s/u;

interface OfficerLink {
  readonly officer: Mention;
  readonly organizationId: string;
  readonly role: string;
  readonly passage: string;
  readonly sentence: string;
}

function findLinks(
  input: Parameters<StanceRefiner>[0],
  kinds: ReadonlyMap<string, string>,
): readonly OfficerLink[] {
  const forms = input.actors.map(formsOf);
  const links: OfficerLink[] = [];
  let lastOrganization: string | null = null;
  for (const passage of input.article.passages) {
    const mentions = findMentions(passage.text, forms);
    let at = 0;
    for (const [start, end] of findSentences(passage.text)) {
      const sentence = passage.text.slice(start, end);
      const role = ITS_ROLE.exec(sentence);
      const roleWords = role?.[1]?.split(" ") ?? [];
      // The pointer already stands at this sentence's first mention: no search (linear).
      const first = mentions[at];
      const officer = role && first?.start === start + (role[0]?.length ?? 0) ? first : undefined;
      const isOfficer =
        officer !== undefined &&
        kinds.get(officer.actorId) === "person" &&
        isRoleWord(roleWords[roleWords.length - 1] ?? "");
      if (isOfficer && lastOrganization !== null)
        links.push({
          officer,
          organizationId: lastOrganization,
          role: role?.[1] ?? "",
          passage: passage.id,
          sentence,
        });
      // "Its" points back one sentence only: the organisation this sentence names last, or none
      // ("The vote at St. Columba's was closer. Its chief executive, …" names no actor before).
      lastOrganization = null;
      while (at < mentions.length && (mentions[at] as Mention).start < end) {
        const mention = mentions[at] as Mention;
        if (kinds.get(mention.actorId) === "organization") lastOrganization = mention.actorId;
        at += 1;
      }
    }
  }
  return links;
}

export const addItsOfficersSides: StanceRefiner = (input, evidence) => {
  const kinds = new Map(input.actors.map((actor) => [actor.id, actor.kind]));
  const names = new Map(input.actors.map((actor) => [actor.id, actor.name]));
  const byActor = groupByActor(evidence);
  const added: StanceEvidence[] = [];
  const isNeutralByWord = (id: string) =>
    (byActor.get(id) ?? []).some((item) => item.isNeutral === true);
  for (const link of findLinks(input, kinds)) {
    const [officerId, organizationId] = [link.officer.actorId, link.organizationId];
    if (isNeutralByWord(officerId) || isNeutralByWord(organizationId)) continue;
    const officerSide = sideOf(byActor.get(officerId) ?? []);
    const organizationSide = sideOf(byActor.get(organizationId) ?? []);
    if ((officerSide === 0) === (organizationSide === 0)) continue;
    const side = officerSide || organizationSide;
    const [to, from] =
      officerSide === 0 ? [officerId, organizationId] : [organizationId, officerId];
    added.push({
      actorId: to,
      passage: link.passage,
      offset: link.officer.start,
      quoteId: null,
      support: side > 0 ? 1 : 0,
      oppose: side < 0 ? 1 : 0,
      reason: `${names.get(officerId) ?? ""}, its ${link.role}, speaks for ${names.get(organizationId) ?? ""}; takes the side of ${names.get(from) ?? ""}`,
      sentence: link.sentence,
      isExplicit: true,
    });
  }
  return [...evidence, ...added];
};
