/** Surface form: three or more bare names in one list, "photographs of A, B, C and D": a list of name shapes is a list of people. */
import {
  createPersonFromSpan,
  type ActorCandidate,
  type ActorExtractor,
} from "./actor-candidate.ts";
import { findCreditSpans, isInsideAny } from "./credits.ts";
import { findNameSpans, type NameSpan } from "./person-names.ts";

/** What separates two items of a list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$/u;
const MIN_ITEMS = 3;
const MAX_GAP_CHARS = 8;

export const extractListedPeople: ActorExtractor = {
  name: "listed-person",
  extract: ({ passage }, tokens) => {
    const credits = findCreditSpans(passage.text);
    const found: ActorCandidate[] = [];
    let run: NameSpan[] = [];
    const flush = () => {
      if (run.length >= MIN_ITEMS)
        for (const span of run) found.push(createPersonFromSpan(passage, span, "listed-person"));
      run = [];
    };
    for (const span of findNameSpans(passage.text, tokens)) {
      if (isInsideAny(credits, span.start)) continue;
      const previous = run[run.length - 1];
      const gap = previous ? passage.text.slice(previous.end, span.start) : "";
      const isNext = previous !== undefined && gap.length <= MAX_GAP_CHARS && LIST_GAP.test(gap);
      // A possessive item ends the list: "A, B and C's coach".
      if (!isNext) flush();
      run.push(span);
      if ((tokens[span.last]?.isPossessive ?? false) && isNext) flush();
    }
    flush();
    return found;
  },
};
