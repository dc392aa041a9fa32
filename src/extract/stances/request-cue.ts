/** Asking someone to act says which way the asker leans: "asked the council to help", "urged them to scrap it". */
import type { Cue } from "./score-text.ts";

const REQUEST =
  /\b(?:asked|asks|ask|asking|urged|urges|called on|calls on|pressed|presses|lobbied|petitioned|appealed to|begged)\s(?:[^.;:!?]{0,80}?\s)?to\s(\p{Ll}+)/u;
/** Verbs that ask for something to happen or go on. */
const FORWARD = new Set(
  "help allow let approve grant admit support back ensure speed protect keep continue accept".split(
    " ",
  ),
);
/** Verbs that ask for something to stop or be undone. */
const BACKWARD = new Set(
  "stop block halt reject scrap drop withdraw reverse cancel ban end suspend delay remove abandon".split(
    " ",
  ),
);

/** Verbs that ask for a second look, which leans against only when the object is a decision. */
const REVISE = new Set("review reconsider rethink overturn".split(" "));
const DECISION_OBJECT =
  /^\s+(?:the|this|that|its|their|our|your)\s+(?:decision|plan|ruling|vote|move|closure|cuts|ban|policy|proposal|law|order|verdict|scheme)\b/u;

/** The request in a clause, if its verb leans one way; "asked him to explain" leans neither. */
export function findRequestCue(text: string): Cue | null {
  const match = REQUEST.exec(text);
  const verb = match?.[1];
  if (!match || verb === undefined) return null;
  const isRevision =
    REVISE.has(verb) && DECISION_OBJECT.test(text.slice(match.index + match[0].length));
  const polarity = FORWARD.has(verb)
    ? "support"
    : BACKWARD.has(verb) || isRevision
      ? "oppose"
      : null;
  if (polarity === null) return null;
  const phrase = `${match[0].split(/\s/u)[0] ?? ""} … to ${verb}`;
  return { phrase, index: match.index, polarity };
}
