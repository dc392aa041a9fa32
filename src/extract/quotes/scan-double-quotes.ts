/** Surface form: text between double quotation marks, straight or curly, judged by what surrounds each mark. */
import type { PassageContext } from "../context.ts";
import { makeCandidate, type QuoteCandidate } from "./quote-candidate.ts";

const DOUBLE_MARK = /["“”„″]/gu;
const BEFORE_OPENING = /[\s([{—–/:-]/u;
const SPACE = /\s/u;

/** A mark opens when it follows a space (or starts the text) and precedes a word; it closes after a word. */
function classifyMark(
  text: string,
  at: number,
): { readonly canOpen: boolean; readonly canClose: boolean } {
  const previous = text[at - 1];
  const next = text[at + 1];
  const canOpen =
    (previous === undefined || BEFORE_OPENING.test(previous)) &&
    next !== undefined &&
    !SPACE.test(next);
  return { canOpen, canClose: previous !== undefined && !SPACE.test(previous) };
}

/** Quotations in one passage; one that never closes ends at the next opening mark or the passage end. */
export function scanDoubleQuotes(
  context: PassageContext,
  passageIndex: number,
): readonly QuoteCandidate[] {
  const text = context.passage.text;
  const found: QuoteCandidate[] = [];
  let open: number | null = null;
  const push = (closeMark: number | null, end: number) => {
    if (open === null) return;
    const base = {
      passageIndex,
      passageId: context.passage.id,
      openMark: open,
      closeMark,
      isSingle: false,
    };
    const candidate = makeCandidate(base, text, open + 1, end);
    if (candidate) found.push(candidate);
  };
  for (const match of text.matchAll(DOUBLE_MARK)) {
    const { canOpen, canClose } = classifyMark(text, match.index);
    if (open === null) {
      if (canOpen) open = match.index;
    } else if (canClose) {
      push(match.index, match.index);
      open = null;
    } else if (canOpen) {
      // A new opening while one is still open: the first quotation never closed; bound it here.
      push(null, match.index);
      open = match.index;
    }
  }
  push(null, text.length);
  return found;
}
