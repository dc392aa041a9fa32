/** Form: a source phrase leads into the quote, `In the words of the mayor, Rafael Quispe, "…"`, `According to Ms Lind, "…"`. */
import type { AttributionRule } from "./attribution-rule.ts";
import { attributed, clauseStartOf } from "./attribution-rule.ts";
import { mentionsIn, passageText } from "./quote-scene.ts";

/** The phrase, then up to 80 characters of speaker words, then the comma or colon before the mark. */
const SOURCE_PHRASE =
  /\b(?:in the words of|according to|as (?:quoted|cited) by)\s([^"“”;]{1,80}?)[,:]\s*$/iu;
const MAX_CLAUSE_CHARS = 140;

export const attributeSourcePhrase: AttributionRule = {
  name: "source-phrase",
  attribute: (scene, quote, passageQuotes) => {
    const text = passageText(scene, quote.passageIndex);
    const clauseStart = Math.max(
      clauseStartOf(scene, quote, passageQuotes),
      quote.openMark - MAX_CLAUSE_CHARS,
    );
    const match = SOURCE_PHRASE.exec(text.slice(clauseStart, quote.openMark));
    if (!match) return null;
    const start = clauseStart + match.index;
    const mentions = mentionsIn(scene, quote.passageIndex, start, quote.openMark);
    // "the mayor, Rafael Quispe": the name, not the role before it.
    const people = mentions.filter(
      (mention) => scene.actorsById.get(mention.actorId)?.kind === "person",
    );
    const speaker = people[people.length - 1] ?? mentions[mentions.length - 1];
    if (!speaker) return null;
    return attributed("source-phrase", speaker.actorId, text.slice(start, speaker.end), [
      start,
      speaker.end,
    ]);
  },
};
