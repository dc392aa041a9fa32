/** Refiner: works out every form the article uses for each actor, and the passages it appears in. */
import type { Passage } from "../../model/article.ts";
import { splitNameWords, surnameOf, type ActorDraft } from "./actor-draft.ts";
import { findMentions, type NamedForms } from "./find-mentions.ts";
import { TITLE_WORDS } from "./lexicon.ts";

/** "Sir Keir" and "Mr. Xi": honorifics go before the surname or, for knights and family-name-first names, the first name. */
const HONORIFIC_FORMS = [
  "Mr.",
  "Ms.",
  "Mrs.",
  "Dr.",
  "Mr",
  "Ms",
  "Mrs",
  "Dr",
  "Prof.",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
];

export interface MentionedDraft extends ActorDraft {
  readonly passages: readonly string[];
}

/** Forms a person may be called by: surname, "Mr. Surname", "President Surname", "President Full Name". */
function possibleForms(
  draft: ActorDraft,
  surnameCounts: ReadonlyMap<string, number>,
): readonly string[] {
  const forms = [draft.name, ...draft.aliases];
  if (draft.kind !== "person") return forms;
  const words = splitNameWords(draft.name);
  const surname = surnameOf(words);
  const isUnique = (surnameCounts.get(surname) ?? 0) === 1;
  if (words.length > 1 && isUnique) forms.push(surname);
  for (const key of [surname, words[0] ?? ""]) {
    if (words.length > 1 && isUnique)
      forms.push(...HONORIFIC_FORMS.map((honorific) => `${honorific} ${key}`));
  }
  for (const title of TITLE_WORDS) {
    forms.push(`${title} ${draft.name}`);
    if (words.length > 1 && isUnique) forms.push(`${title} ${surname}`);
  }
  return [...new Set(forms)];
}

function countSurnames(drafts: readonly ActorDraft[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const draft of drafts.filter((item) => item.kind === "person")) {
    const words = splitNameWords(draft.name);
    const surname = surnameOf(words);
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  return counts;
}

function surnameAlias(draft: ActorDraft, surnameCounts: ReadonlyMap<string, number>): string[] {
  const words = splitNameWords(draft.name);
  const first = words[0] ?? "";
  // "Mr. Xi" shows that the family name comes first in "Xi Jinping".
  if (
    draft.aliases.some((alias) =>
      HONORIFIC_FORMS.some((honorific) => alias === `${honorific} ${first}`),
    )
  )
    return [first];
  const surname = surnameOf(words);
  const isUsable = draft.kind === "person" && words.length > 1 && surnameCounts.get(surname) === 1;
  return isUsable ? [surname] : [];
}

/** Aliases become the forms actually found in the text; passages are where any form appears. */
export function collectMentions(
  drafts: readonly ActorDraft[],
  passages: readonly Passage[],
): readonly MentionedDraft[] {
  const surnameCounts = countSurnames(drafts);
  const named: NamedForms[] = drafts.map((draft, index) => ({
    actorId: String(index),
    forms: possibleForms(draft, surnameCounts),
  }));
  const found = drafts.map(() => ({ forms: new Set<string>(), passages: new Set<string>() }));
  for (const passage of passages) {
    for (const mention of findMentions(passage.text, named)) {
      const entry = found[Number(mention.actorId)];
      entry?.forms.add(mention.form);
      entry?.passages.add(passage.id);
    }
  }
  return drafts.map((draft, index) => {
    const entry = found[index] ?? { forms: new Set<string>(), passages: new Set<string>() };
    // The bare surname is always a form readers look a person up by ("Biden" inside "President Biden").
    const surname = surnameAlias(draft, surnameCounts);
    const aliases = [...new Set([...draft.aliases, ...entry.forms, ...surname])].filter(
      (alias) => alias !== draft.name,
    );
    const passageIds = passages.map((passage) => passage.id).filter((id) => entry.passages.has(id));
    return { ...draft, aliases, passages: passageIds };
  });
}
