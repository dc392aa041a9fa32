/** Refiner: `X issued a statement regarding …. "…"`: a quote standing alone after a sentence that announces the speaker's words. */
import { passageText } from "./quote-scene.ts";
import { isUnattributed, withSpeaker, type QuoteRefiner } from "./quote-refiner.ts";
import { findSentenceAt } from "./sentences.ts";
import { findSubjectMention } from "./subjects.ts";
import { mentionsIn } from "./quote-scene.ts";

const ANNOUNCING_WORDS =
  /\b(?:statement|said|says|told|wrote|writes|stated|announced|issued|posted|tweeted|added|declared|explained)\b/u;

export const refineStatementLead: QuoteRefiner = (scene, quotes) =>
  quotes.map((quote) => {
    if (!isUnattributed(quote) || quote.attribution.isFragment) return quote;
    const sentences = scene.sentences[quote.passageIndex] ?? [];
    const text = passageText(scene, quote.passageIndex);
    const current = findSentenceAt(sentences, quote.openMark);
    if (text.slice(current[0], quote.openMark).trim() !== "") return quote;
    const previous = sentences[sentences.indexOf(current) - 1];
    if (!previous || !ANNOUNCING_WORDS.test(text.slice(previous[0], previous[1]))) return quote;
    const subject = findSubjectMention(
      text,
      mentionsIn(scene, quote.passageIndex, previous[0], previous[1]),
      previous[0],
      previous[1],
    );
    if (!subject) return quote;
    const cue = ANNOUNCING_WORDS.exec(text.slice(subject.end, previous[1]));
    const end = cue ? subject.end + cue.index + cue[0].length : previous[1];
    return withSpeaker(
      quote,
      subject.actorId,
      "statement-lead",
      null,
      text.slice(subject.start, end),
    );
  });
