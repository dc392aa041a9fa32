/** Refiners: the author is not an actor; an organisation must act, speak or recur to be one. */
import type { Passage } from "../../model/article.ts";
import type { MentionedDraft } from "./collect-mentions.ts";
import { findMentions } from "./find-mentions.ts";
import { AUXILIARY_VERBS, SPEECH_VERBS, TIME_ADVERBIAL } from "./lexicon.ts";

const AUXILIARIES = new Set([...AUXILIARY_VERBS, "plans", "agreed", "rejects", "rejected"]);
/** A lower-case word right after the name that reads as its verb: "NASA celebrated", "the IFS possess". */
const PAST_TENSE = /^\p{Ll}+ed$/u;
const ACCORDING_TO = /according to (?:the )?$/iu;
/** The next word, past a possessive or a closing parenthesis and comma: "(ACLU), argued". */
const FOLLOWING_WORD = /^[’']?s?(?:\),?)?\s(\p{Ll}+)/u;
const MIN_PASSAGES = 2;

/** Drops actors whose name is the article's author (a byline is not a story actor). */
export function dropAuthor(
  drafts: readonly MentionedDraft[],
  author: string | null,
): readonly MentionedDraft[] {
  if (!author) return drafts;
  const byline = author.toLowerCase();
  return drafts.filter((draft) => !byline.includes(draft.name.toLowerCase()));
}

function actsIn(text: string, start: number, end: number): boolean {
  if (ACCORDING_TO.test(text.slice(Math.max(0, start - 20), start))) return true;
  const next =
    FOLLOWING_WORD.exec(text.slice(end, end + 40).replace(TIME_ADVERBIAL, ""))?.[1] ?? "";
  return SPEECH_VERBS.has(next) || AUXILIARIES.has(next) || PAST_TENSE.test(next);
}

/** Keeps an organisation that recurs, acts ("NASA celebrated"), or is cited ("according to the Bureau"). */
export function dropPassiveOrganizations(
  drafts: readonly MentionedDraft[],
  passages: readonly Passage[],
): readonly MentionedDraft[] {
  return drafts.filter((draft, index) => {
    if (draft.kind === "person" || draft.passages.length >= MIN_PASSAGES) return true;
    const forms = [{ actorId: String(index), forms: [draft.name, ...draft.aliases] }];
    return passages.some((passage) =>
      findMentions(passage.text, forms).some((mention) =>
        actsIn(passage.text, mention.start, mention.end),
      ),
    );
  });
}

/** Drops actors never found in any passage (their only mention was inside a credit or title). */
export function dropUnmentioned(drafts: readonly MentionedDraft[]): readonly MentionedDraft[] {
  return drafts.filter((draft) => draft.passages.length > 0);
}
