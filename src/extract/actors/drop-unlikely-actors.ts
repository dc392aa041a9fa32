/** Refiners: the author is not an actor; an organisation must act, speak, be acted on, speak through a person, or recur. */
import type { Passage } from "../../model/article.ts";
import type { ExtractContext } from "../context.ts";
import type { MentionedDraft } from "./collect-mentions.ts";
import { findMentions } from "./find-mentions.ts";
import {
  AUXILIARY_VERBS,
  IRREGULAR_PAST,
  ORG_WORDS,
  SPEECH_VERBS,
  TIME_ADVERBIAL,
} from "./lexicon.ts";

const AUXILIARIES = new Set([...AUXILIARY_VERBS, "plans", "agreed", "rejects", "rejected"]);
/** A lower-case word right after the name that reads as its verb: "NASA celebrated", "the IFS possess". */
const PAST_TENSE = /^\p{Ll}+ed$/u;
const ACCORDING_TO = /according to (?:the )?$/iu;
/** The word before the name, past "the": a speech verb there makes the name its subject (`"…," said the Authority`). */
const WORD_BEFORE = /(\p{Ll}+)\s(?:the\s)?$/u;
/** The next word, past a possessive or a closing parenthesis and comma: "(ACLU), argued". */
const FOLLOWING_WORD = /^[’']?s?(?:\),?)?\s(\p{Ll}+)/u;
const MIN_PASSAGES = 2;
/**
 * ", which will host the data," or an appositive (", the fourth-largest grocer,") right after a
 * name: skipped to reach its verb (bounded, so linear).
 */
const RELATIVE_CLAUSE = /^,\s(?:which|who|a|an|the)\s[^,.;"“”]{1,120},/u;
/**
 * Words before a named institution that make it a party to the action: the agent of a passive
 * ("backed by the"), a recipient ("sent to the"), or the one asked to act ("asked the").
 */
const ACTED_ON_BEFORE =
  /\b(?:by|to|for|asked|urged|ordered|invited|pressed|requested|called on)\s(?:the\s)?$/iu;
/** A lower-case word after the name, other than a function word, makes it a modifier: "to Treasury Board letters". */
const MODIFIER_AFTER =
  /^\s(?!(?:in|on|at|to|for|of|and|or|with|from|as|by|after|before|during|which|that|who|but|since|until|when|where|this|last|next)\b)\p{Ll}/u;

/** Drops actors whose name is the article's author (a byline is not a story actor). */
export function dropAuthor(
  drafts: readonly MentionedDraft[],
  author: string | null,
): readonly MentionedDraft[] {
  if (!author) return drafts;
  const byline = author.toLowerCase();
  return drafts.filter((draft) => !byline.includes(draft.name.toLowerCase()));
}

/**
 * A name with an organisation word, in either case ("Science Center", "Sheriff's office"). Only these
 * are kept for being acted on or named in a role: "gave it to the CBC" or "Texas governor" are not enough.
 */
function isInstitution(forms: readonly string[]): boolean {
  const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return forms.some((form) => form.split(/\s+/u).some((word) => ORG_WORDS.has(capitalize(word))));
}

function isActedOn(text: string, start: number, end: number): boolean {
  return (
    ACTED_ON_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    !MODIFIER_AFTER.test(text.slice(end, end + 30))
  );
}

function actsIn(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (ACCORDING_TO.test(before) || SPEECH_VERBS.has(WORD_BEFORE.exec(before)?.[1] ?? ""))
    return true;
  // "The Agency, which runs the port, welcomed it": the verb after a relative clause is the name's.
  const after = text.slice(end, end + 160).replace(RELATIVE_CLAUSE, "");
  const next = FOLLOWING_WORD.exec(after.slice(0, 40).replace(TIME_ADVERBIAL, ""))?.[1] ?? "";
  return (
    SPEECH_VERBS.has(next) ||
    AUXILIARIES.has(next) ||
    IRREGULAR_PAST.has(next) ||
    PAST_TENSE.test(next)
  );
}

/** Organisations a person's role names ("CEO of the Refugee Council"): they speak through that person. */
function findRoleOrganizations(drafts: readonly MentionedDraft[]): ReadonlySet<string> {
  return new Set(
    drafts.flatMap((draft) =>
      draft.kind === "person" && draft.organization ? [draft.organization] : [],
    ),
  );
}

/** Keeps an organisation that recurs, acts ("NASA celebrated"), is cited ("according to the Bureau"),
 * is acted on ("backed by the Red Cross"), or is named in a person's role. */
export function dropPassiveOrganizations(
  drafts: readonly MentionedDraft[],
  passages: readonly Passage[],
): readonly MentionedDraft[] {
  const roleOrganizations = findRoleOrganizations(drafts);
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  return drafts.filter((draft, index) => {
    if (draft.kind === "person" || draft.passages.length >= MIN_PASSAGES) return true;
    // Found as the subject of a speech verb: it speaks by construction.
    if (draft.candidates.some((candidate) => candidate.source === "speaking-organization"))
      return true;
    const names = [draft.name, ...draft.aliases];
    const isNamedInstitution = isInstitution(names);
    if (isNamedInstitution && names.some((name) => roleOrganizations.has(name))) return true;
    const forms = [{ actorId: String(index), forms: names }];
    // Only the passages the organisation is named in (at most one here): linear in the article.
    const named = draft.passages.flatMap((id) => byId.get(id) ?? []);
    return named.some((passage) =>
      findMentions(passage.text, forms).some(
        (mention) =>
          actsIn(passage.text, mention.start, mention.end) ||
          (isNamedInstitution && isActedOn(passage.text, mention.start, mention.end)),
      ),
    );
  });
}

/** Drops actors never found in any passage (their only mention was inside a credit or title). */
export function dropUnmentioned(drafts: readonly MentionedDraft[]): readonly MentionedDraft[] {
  return drafts.filter((draft) => draft.passages.length > 0);
}

/** A refiner over the merged actors, with their mentions collected. */
export type ActorRefiner = (
  context: ExtractContext,
  drafts: readonly MentionedDraft[],
) => readonly MentionedDraft[];

export const dropAuthorDrafts: ActorRefiner = (context, drafts) =>
  dropAuthor(drafts, context.article.author);

export const dropPassiveOrganizationDrafts: ActorRefiner = (context, drafts) =>
  dropPassiveOrganizations(drafts, context.article.passages);

export const dropUnmentionedDrafts: ActorRefiner = (_context, drafts) => dropUnmentioned(drafts);
