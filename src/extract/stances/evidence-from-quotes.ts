/** Extractor: what each speaker's quotes say, scored with the support and opposition cues. */
import type { Quote } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { findSentenceAt, findSentences } from "../quotes/sentences.ts";
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

function evidenceFor(article: Article, quote: Quote): StanceEvidence | null {
  const passage = article.passages.find((item) => item.id === quote.passage);
  if (!passage || quote.speakerId === null) return null;
  const score = scoreText(quote.text);
  const sentence = findSentenceAt(findSentences(passage.text), quote.span[0]);
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

export const extractQuoteEvidence: StanceExtractor = ({ article, quotes }) =>
  quotes.flatMap((quote) => evidenceFor(article, quote) ?? []);
