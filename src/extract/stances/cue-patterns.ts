/** Cues that span a gap of words, which the phrase table cannot hold. */
import type { Cue } from "./score-text.ts";
import { FIGHT_VERBS } from "./stance-lexicon.ts";

export interface Word {
  readonly word: string;
  readonly index: number;
}

/** "take document security seriously": an organisation defending how it handles something. */
const TAKE = new Set(["take", "takes", "taking", "took", "taken"]);
const SERIOUSLY = "seriously";
const TAKE_GAP = 6;
/** "seriously" ends the clause; "seriously late" qualifies a word and defends nothing. */
const CLAUSE_END = /^\s*(?:[.,;:!?"”’)]|$|and\b|but\b)/u;
/** "isn't doing this already", "hasn't acted sooner": criticism of lateness, not of the action. */
const LATE = new Set(["already", "sooner", "earlier"]);
const LATE_REACH = 10;

function isNegation(word: string, negations: ReadonlySet<string>): boolean {
  return negations.has(word) || word.endsWith("n't");
}

/** "take … seriously" within a few words; a negation before "take" turns it against. */
export function findTakeSeriously(
  text: string,
  words: readonly Word[],
  negations: ReadonlySet<string>,
  negationReach: number,
): Cue[] {
  const cues: Cue[] = [];
  words.forEach((entry, at) => {
    if (!TAKE.has(entry.word)) return;
    const gap = words.slice(at + 1, at + 1 + TAKE_GAP);
    const seriously = gap.find((next) => next.word === SERIOUSLY);
    if (!seriously) return;
    const end = seriously.index + SERIOUSLY.length;
    if (!CLAUSE_END.test(text.slice(end, end + 6))) return;
    const isNegated = words
      .slice(Math.max(0, at - negationReach), at)
      .some((before) => isNegation(before.word, negations));
    cues.push({
      phrase: `${isNegated ? "not … " : ""}${entry.word} … seriously`,
      index: entry.index,
      polarity: isNegated ? "oppose" : "support",
    });
  });
  return cues;
}

/**
 * An opposition cue followed by a negated "already"/"sooner" blames the delay, so the speaker
 * wants the action: "it is damning that the ministry isn't doing this already".
 */
export function turnLatenessCues(
  cues: readonly Cue[],
  words: readonly Word[],
  negations: ReadonlySet<string>,
): Cue[] {
  const position = new Map(words.map((entry, at) => [entry.index, at]));
  return cues.map((cue) => {
    const at = position.get(cue.index);
    if (cue.polarity !== "oppose" || at === undefined) return cue;
    const after = words.slice(at + 1, at + 1 + LATE_REACH);
    const negated = after.findIndex((entry) => isNegation(entry.word, negations));
    const late = after.findIndex((entry) => LATE.has(entry.word));
    if (negated < 0 || late <= negated) return cue;
    return { ...cue, phrase: `${cue.phrase} … ${after[late]?.word ?? ""}`, polarity: "support" };
  });
}

/** Words before the verb that make it an intention, not a description ("fought back tears"). */
const INTENT = new Set("would will to vowed pledged promised plans intends".split(" "));
const DETERMINERS = new Set("the this that its their his her any".split(" "));
/** Nouns that name an action or decision, which such a verb takes as its object. */
const ACTION_NOUNS = new Set(
  `decision plan plans closure closures cuts cut ban ruling rulings law bill proposal proposals move
  scheme policy motion deal order changes change measure measures it this them levy tax fine fines
  sale merger expansion project development`.split(/\s+/u),
);

/**
 * "would fight the closure", "vowed to challenge the ruling": an intention to stop an action,
 * only when the object names an action ("to fight climate change" and "fought back tears" take
 * no side on one).
 */
export function findFightCues(words: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  words.forEach((entry, at) => {
    if (!FIGHT_VERBS.has(entry.word) || !INTENT.has(words[at - 1]?.word ?? "")) return;
    const next = words[at + 1]?.word ?? "";
    const object = DETERMINERS.has(next) ? (words[at + 2]?.word ?? "") : next;
    if (!ACTION_NOUNS.has(object)) return;
    cues.push({ phrase: `${entry.word} …`, index: entry.index, polarity: "oppose" });
  });
  return cues;
}
