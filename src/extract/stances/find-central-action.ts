/** The article's central action: the first sentence of the lead paragraph, which the headline also reports. */
import type { Analysis } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { findSentences } from "../quotes/sentences.ts";

/** A lead is a paragraph long enough to report something; captions, headings and datelines are not. */
const MIN_LEAD_LENGTH = 60;

export function findCentralAction(article: Article): Analysis["centralAction"] {
  const lead = article.passages.find(
    (passage) => passage.kind === "paragraph" && passage.text.length >= MIN_LEAD_LENGTH,
  );
  if (!lead) return null;
  const [first] = findSentences(lead.text);
  const text = first ? lead.text.slice(first[0], first[1]) : lead.text;
  return { text, passage: lead.id };
}
