/** Refiner: `X issued a statement regarding …. "…"`, `Heald noted the findings …. "…"`: a quote standing alone after a sentence whose subject speaks. */
import { SPEECH_VERBS } from "../actors/lexicon.ts";
import { mentionsIn, passageText } from "./quote-scene.ts";
import { isUnattributed, withSpeaker, type QuoteRefiner } from "./quote-refiner.ts";
import { findSentenceIndexAt } from "../shared/sentences.ts";
import { findSubjectMention, findVerbStart } from "./subjects.ts";

/** Words that announce a statement anywhere in the sentence: "issued a statement", "posted on its website". */
const STATEMENT_WORDS = /\b(?:statement|issued|posted|tweeted|announced)\b/u;
const VERB = /^\p{Ll}+/u;

export const refineStatementLead: QuoteRefiner = (scene, quotes) =>
  quotes.map((quote) => {
    if (!isUnattributed(quote) || quote.attribution.isFragment) return quote;
    const sentences = scene.sentences[quote.passageIndex] ?? [];
    const text = passageText(scene, quote.passageIndex);
    const index = findSentenceIndexAt(sentences, quote.openMark);
    const current = sentences[index] ?? [0, 0];
    if (text.slice(current[0], quote.openMark).trim() !== "") return quote;
    const previous = sentences[index - 1];
    if (!previous) return quote;
    const subject = findSubjectMention(
      text,
      mentionsIn(scene, quote.passageIndex, previous[0], previous[1]),
      previous[0],
      previous[1],
    );
    if (!subject) return quote;
    // The subject's own verb must be a speech verb ("Heald noted …"), unless the sentence announces a statement.
    const verbStart = findVerbStart(text, subject);
    const verb = VERB.exec(text.slice(verbStart, verbStart + 30))?.[0] ?? "";
    const sentence = text.slice(previous[0], previous[1]);
    const isSpeaking = SPEECH_VERBS.has(verb) && verb !== "asked" && verb !== "asks";
    if (!isSpeaking && !STATEMENT_WORDS.test(sentence)) return quote;
    const end = isSpeaking ? verbStart + verb.length : previous[1];
    return withSpeaker(
      quote,
      subject.actorId,
      "statement-lead",
      null,
      text.slice(subject.start, end),
    );
  });
