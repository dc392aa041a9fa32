/** General cues of support and opposition in what people say about an action; no article's words. */

/** Comma-separated phrases, so that a list reads as prose and stays short. */
const toList = (phrases: string): readonly string[] =>
  phrases
    .split(",")
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);

/** Words and phrases that show approval of an action. */
export const SUPPORT_CUES = toList(`
  necessary, appropriate, appropriate step, welcome, welcomed, welcomes, committed, commitment,
  top priority, priority, support, supports, supported, supporting, endorse, endorsed, praise,
  praised, applaud, applauded, proud, pleased, glad, delighted, happy, grateful, thank, thanks,
  benefit, benefits, win, perfect, greatest, outstanding, remarkable, fair, right decision, good,
  progress, opportunity, chance, excited, exciting, improve, honored, honoured, achievement,
  success, successful, aspirations, resilience, inspire, noteworthy, common-sense, defended,
  defends, defend, best, excellent, historic, landmark, victory, milestone, positive, important,
  essential, vital, crucial, overdue, sensible, worthwhile, will continue, would continue,
  must continue, should continue, hailed, hails, lauded, lauds
`);

/** Words and phrases that show disapproval of an action. */
export const OPPOSE_CUES = toList(`
  criticism, criticize, criticized, criticise, criticised, insulting, insult, bribe, sacrifice,
  disappointed, disappointing, disappointment, affront, damning, clumsy, unthinking, misguided,
  slight, complicit, persecution, repression, abuses, violations, genocide, lie, lies, lied,
  conspiracy, threat, threats, hurdles, burden, unfair, wrong, mistake, outrage, outrageous,
  shameful, condemn, condemned, betrayal, betrayed, reckless, risk, jeopardised, jeopardized,
  traded, concerns, failure, failed, slavery, penitentiary, sins, trumped, favors, favours,
  lapses, serious questions, unwieldy, bureaucratic, not enough, untenable, indefensible, must not, should not, shouldn't,
  should have, deserve better, oppose, opposed, opposes, reject, rejected, protest, protested,
  dangerous, worry, uncertainty, insulted, disaster, disastrous, catastrophe, catastrophic,
  terrible, awful, unacceptable, scandal, scandalous, absurd, ridiculous, appalling,
  without adequate consent, without consent, consumed with, would attack, will attack, to attack,
  would destroy, will destroy, to destroy, threatened, threatens, threaten, objected, objects,
  object to, slammed, slams, blasted, decried, decries
`);

/** Cues that say more than one ordinary cue: a feeling or a verdict, not a description. Weigh double. */
export const STRONG_CUES: ReadonlySet<string> = new Set(
  toList(`disappointed, insulting, affront, outrage, outrageous, shameful, betrayal, damning, disaster,
  appalling, unacceptable, condemn, condemned, untenable, delighted, proud, applaud, applauded`),
);

/**
 * Cues that are a position in themselves, enough for an actor the article never quotes: saying an
 * action will go on, or threatening what carries it.
 */
export const COMMITMENT_CUES: ReadonlySet<string> = new Set(
  toList(`will continue, would continue, must continue, should continue, would attack, will attack,
  to attack, would destroy, will destroy, to destroy, threatened, threatens, threaten`),
);

/** Words that turn the next few words around: "not fair", "cannot then be fair". */
export const NEGATIONS: ReadonlySet<string> = new Set(
  toList(
    `not, no, never, cannot, can't, don't, doesn't, didn't, won't, isn't, wasn't, nor, neither, without, hardly`,
  ),
);

/** How many words before a cue a negation still reaches. */
export const NEGATION_REACH = 3;
