/** Asking someone to act says which way the asker leans: "asked the council to help", "urged them to scrap it". */
import type { Cue } from "./score-text.ts";

const REQUEST =
  /\b(?:asked|asks|urged|urges|called on|calls on|pressed|presses|lobbied|petitioned|appealed to|begged)\s(?:[^.;:!?]{0,80}?\s)?to\s(\p{Ll}+)/u;
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

/** The request in a clause, if its verb leans one way; "asked him to explain" leans neither. */
export function findRequestCue(text: string): Cue | null {
  const match = REQUEST.exec(text);
  const verb = match?.[1];
  if (!match || verb === undefined) return null;
  const polarity = FORWARD.has(verb) ? "support" : BACKWARD.has(verb) ? "oppose" : null;
  if (polarity === null) return null;
  const phrase = `${match[0].split(/\s/u)[0] ?? ""} … to ${verb}`;
  return { phrase, index: match.index, polarity };
}
