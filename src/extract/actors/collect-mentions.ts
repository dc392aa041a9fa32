/** Refiner: works out every form the article uses for each actor, and the passages it appears in. */
import type { Passage } from "../../model/article.ts";
import { splitNameWords, surnameOf, type ActorDraft } from "./actor-draft.ts";
import { findMentions, type NamedForms, type PrefixedForms } from "./find-mentions.ts";
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

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFIC_FORMS);

/**
 * Forms a person may be called by: surname, "Mr. Surname", "President Surname", "President Full
 * Name". Honorifics and titles are prefixes the scan looks up, not forms multiplied per name.
 */
function possibleForms(
  draft: ActorDraft,
  actorId: string,
  surnameCounts: ReadonlyMap<string, number>,
): NamedForms {
  const forms = [draft.name, ...draft.aliases];
  if (draft.kind !== "person") return { actorId, forms };
  const words = splitNameWords(draft.name);
  const surname = surnameOf(words);
  const isUnique = words.length > 1 && (surnameCounts.get(surname) ?? 0) === 1;
  if (isUnique) forms.push(surname);
  const prefixed: PrefixedForms[] = [
    { prefixes: TITLE_WORDS, forms: isUnique ? [draft.name, surname] : [draft.name] },
  ];
  if (isUnique) prefixed.push({ prefixes: HONORIFIC_SET, forms: [surname, words[0] ?? ""] });
  return { actorId, forms: [...new Set(forms)], prefixed };
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
  const named: NamedForms[] = drafts.map((draft, index) =>
    possibleForms(draft, String(index), surnameCounts),
  );
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
    // Passages were scanned in reading order, so the set already holds them in that order.
    return { ...draft, aliases, passages: [...entry.passages] };
  });
}
