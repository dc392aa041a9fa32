/** Who set the law on someone: a complainant stands behind the arrest or the prosecution that follows. */
import type { Cue } from "./score-text.ts";

/** "went to the sheriff's station", "reported the theft to police", "filed a complaint", "pressed charges". */
const COMPLAINT =
  /\b(?:went to (?:the )?(?:police|[\p{L}'’ ]{0,40}?(?:police|sheriff['’]s) (?:station|office|department))|reported (?:[\p{L}'’ -]{0,40}? )?to (?:the )?police|called (?:the )?police|filed (?:a |an )?(?:complaint|police report|lawsuit)|pressed charges)\b/iu;
/** A central action that is the law acting on someone. */
const LEGAL_ACTION =
  /\b(?:arrest(?:ed)?|charged?|prosecut(?:ed|ion)|indicted|detained|jailed|sued|convicted|trial)\b/iu;

/** True when the central action is an arrest, a charge, a trial or a suit. */
export function isLegalAction(action: string): boolean {
  return LEGAL_ACTION.test(action);
}

/** The complaint in a clause, as a support cue; null when there is none. */
export function findComplaintCue(text: string): Cue | null {
  const match = COMPLAINT.exec(text);
  return match ? { phrase: match[0], index: match.index, polarity: "support" } : null;
}
