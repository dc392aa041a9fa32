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
  must continue, should continue, hailed, hails, lauded, lauds, backed, backing, endorses,
  endorsing, welcoming, praises, praising, applauds, championed, champions, championing,
  voted for, vote for, votes for, voting for, voted in favour, voted in favor, in favour of,
  in favor of, voted with the majority, who proposed, who sponsored, who championed, who drafted,
  who introduced, who tabled, pushed for,
  push for, pushing for, campaigned for, campaigning for, justify, justified, justifies,
  celebrate, celebrated, celebrates, would support, will support, would back, will back
`);

/** Words and phrases that show disapproval of an action. */
export const OPPOSE_CUES = toList(`
  criticism, criticize, criticized, criticise, criticised, insulting, insult, bribe, disappointed, disappointing, disappointment, affront, damning, clumsy, unthinking, misguided,
  slight, complicit, persecution, repression, abuses, violations, genocide, lie, lies, lied,
  conspiracy, threat, threats, hurdles, burden, unfair, wrong, mistake, outrage, outrageous,
  shameful, condemn, condemned, betrayal, betrayed, reckless, risk, jeopardised, jeopardized,
  concerns, failure, failed, sacrifice, sacrificed, sacrificing, lapses, serious questions, unwieldy, bureaucratic, not enough, untenable, indefensible, must not, should not, shouldn't,
  should have, deserve better, oppose, opposed, opposes, reject, rejected, protest, protested,
  dangerous, worry, uncertainty, insulted, disaster, disastrous, catastrophe, catastrophic,
  terrible, awful, unacceptable, scandal, scandalous, absurd, ridiculous, appalling,
  without adequate consent, without consent, would attack, will attack, to attack,
  would destroy, will destroy, to destroy, threatened, threatens, threaten, objected, objects,
  object to, slammed, slams, blasted, decried, decries, led the opposition, opposition to,
  opposing, voted against, vote against, votes against, voting against, campaigned against,
  campaign against, campaigning against, protested against, argued against, spoke against,
  spoke out against, criticises, criticizes, condemns, denounce, denounced, denounces,
  resisted, objection, objections, worried, worries, concerned about, concerned that, deeply concerned, not convinced,
  not everyone was convinced, unconvinced, sceptical, skeptical, doubt,
  doubts, doubted, useless, pointless, flawed, wasteful, waste of, considering an appeal,
  lodge an appeal, lodged an appeal, file an appeal, filed an appeal, will appeal, would appeal,
  to appeal against, veto, vetoed, vetoes, would veto, will veto, ruled out, rules out, ruling out,
  refused to accept, refuses to accept, refused to sign, would not sign, will not sign, stunt,
  feared, fears, fearing, would oppose, will oppose
`);

/** Phrases that hold a cue word but take no side: "whose vote was in doubt" is uncertainty, not doubts about the action. */
export const NEUTRAL_PHRASES = toList(
  `in doubt, in some doubt, in serious doubt, would back down, will back down, would back away,
  will back away, would back off, will back off`,
);

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

/** Verbs that set out to stop an action: "would fight the closure", "will challenge the ruling". */
export const FIGHT_VERBS: ReadonlySet<string> = new Set(
  toList(`fight, fights, fighting, challenge, challenges, challenging, resist, resists, resisting,
  block, blocks, blocking, repeal, overturn, scrap, reverse`),
);

/**
 * Cues that report an act of taking a side, not a word said: a subject who "led the opposition"
 * or "voted against" takes a side without a verb of saying, and without being quoted.
 */
export const ACT_CUES: ReadonlySet<string> = new Set(
  toList(`led the opposition, voted against, vote against, votes against, voting against,
  campaigned against, campaigning against, protested against, voted for, votes for, voting for,
  voted in favour, voted in favor, voted with the majority, who proposed, who sponsored,
  who championed, who drafted, who introduced, who tabled, backed the, pushed for, pushing for, campaigned for, campaigning for, considering an appeal,
  lodged an appeal, filed an appeal, will appeal, would appeal, ruled out, vetoed, would veto,
  will veto, refused to accept, refused to sign, would oppose, will oppose, would support,
  will support, would back, will back,
  ${[...FIGHT_VERBS].map((verb) => `${verb} …`).join(", ")}`),
);

/** Words that turn the next few words around: "not fair", "cannot then be fair". */
export const NEGATIONS: ReadonlySet<string> = new Set(
  toList(
    `not, no, never, cannot, can't, don't, doesn't, didn't, won't, isn't, wasn't, nor, neither, without, hardly`,
  ),
);

/** How many words before a cue a negation still reaches. */
export const NEGATION_REACH = 3;
/** The longest cue: "voted with the majority". */
export const MAX_PHRASE_WORDS = 4;
