/** Extractor: what each speaker's quotes say, scored with the support and opposition cues. */
import type { Quote, Span } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { findSentenceAt, findSentences } from "../shared/sentences.ts";
import { findRequestCue } from "./request-cue.ts";
import { scoreText, type Cue } from "./score-text.ts";
import type { StanceEvidence, StanceExtractor } from "./stance-evidence.ts";

/** The reporting words before a fragment: "called the decision", "noted that the IFS". */
const LEAD_WORDS =
  /\b(?:called|calling|said|saying|noted|noting|described|describing|accused|accusing|wrote|told|added|adding|labelled|labeled|dubbed)\b[^"“”]{0,60}$/u;
const WINDOW_WORDS = 6;

function quoteWindow(text: string, cue: Cue | undefined): string {
  const words = text.split(/\s+/u);
  if (!cue)
    return words.length > WINDOW_WORDS * 2
      ? `${words.slice(0, WINDOW_WORDS * 2).join(" ")} …`
      : text;
  const at = text.slice(0, cue.index).split(/\s+/u).length - 1;
  const from = Math.max(0, at - WINDOW_WORDS);
  const to = Math.min(words.length, at + WINDOW_WORDS + 1);
  return `${from > 0 ? "… " : ""}${words.slice(from, to).join(" ")}${to < words.length ? " …" : ""}`;
}

function describeQuote(quote: Quote, passageText: string, cue: Cue | undefined): string {
  const before = passageText.slice(Math.max(0, quote.span[0] - 80), Math.max(0, quote.span[0] - 1));
  const lead = quote.isFragment ? LEAD_WORDS.exec(before)?.[0].trim() : undefined;
  if (lead) return `${lead} “${quote.text}”`;
  const verb = /\b(?:wrote|posted|tweeted)\b/u.test(quote.attribution ?? "") ? "wrote" : "said";
  return `${verb} “${quoteWindow(quote.text, cue)}”`;
}

interface SplitPassage {
  readonly text: string;
  readonly sentences: readonly Span[];
}

/** Each passage split into sentences once, however many quotes it holds (linear time). */
function splitPassages(article: Article): (passageId: string) => SplitPassage | undefined {
  const texts = new Map(article.passages.map((passage) => [passage.id, passage.text]));
  const split = new Map<string, SplitPassage>();
  return (passageId) => {
    const known = split.get(passageId);
    if (known) return known;
    const text = texts.get(passageId);
    if (text === undefined) return undefined;
    const made = { text, sentences: findSentences(text) };
    split.set(passageId, made);
    return made;
  };
}

function evidenceFor(
  passageOf: (passageId: string) => SplitPassage | undefined,
  quote: Quote,
): StanceEvidence | null {
  const passage = passageOf(quote.passage);
  if (!passage || quote.speakerId === null) return null;
  const words = scoreText(quote.text);
  // A request in the speaker's own words leans like one in the reporter's ("We will ask the
  // council to review the decision").
  const request = findRequestCue(quote.text);
  const score = {
    support: words.support + (request?.polarity === "support" ? 1 : 0),
    oppose: words.oppose + (request?.polarity === "oppose" ? 1 : 0),
    cues: request ? [...words.cues, request].sort((a, b) => a.index - b.index) : words.cues,
  };
  const sentence = findSentenceAt(passage.sentences, quote.span[0]);
  const strongest = score.cues.find(
    (cue) => cue.polarity === (score.oppose > score.support ? "oppose" : "support"),
  );
  return {
    actorId: quote.speakerId,
    passage: quote.passage,
    offset: quote.span[0],
    quoteId: quote.id,
    support: score.support,
    oppose: score.oppose,
    reason: describeQuote(quote, passage.text, strongest),
    sentence: passage.text.slice(sentence[0], Math.max(sentence[1], quote.span[1])),
    isExplicit: false,
  };
}

export const extractQuoteEvidence: StanceExtractor = ({ article, quotes }) => {
  const passageOf = splitPassages(article);
  return quotes.flatMap((quote) => evidenceFor(passageOf, quote) ?? []);
};
