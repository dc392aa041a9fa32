/** Counts support and opposition cues in a text, turning them around after a negation. */
import { findFightCues, findTakeSeriously, turnLatenessCues } from "./cue-patterns.ts";
import {
  MAX_PHRASE_WORDS,
  NEGATION_REACH,
  NEGATIONS,
  NEUTRAL_PHRASES,
  OPPOSE_CUES,
  STRONG_CUES,
  SUPPORT_CUES,
} from "./stance-lexicon.ts";

export interface Cue {
  readonly phrase: string;
  readonly index: number;
  readonly polarity: "support" | "oppose";
}

export interface TextScore {
  readonly support: number;
  readonly oppose: number;
  readonly cues: readonly Cue[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** The text up to the end of its `count`th word: all a cue that opens the text can depend on. */
export function leadingWords(text: string, count: number): string {
  let end = 0;
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    end = match.index + match[0].length;
    seen += 1;
    if (seen >= count) break;
  }
  return text.slice(0, end);
}

/** "neutral" phrases are matched like cues, longest first, so that their words count for no side. */
function buildPhraseTable(): ReadonlyMap<string, "support" | "oppose" | "neutral"> {
  const table = new Map<string, "support" | "oppose" | "neutral">();
  for (const phrase of SUPPORT_CUES) table.set(phrase, "support");
  for (const phrase of OPPOSE_CUES) table.set(phrase, "oppose");
  for (const phrase of NEUTRAL_PHRASES) table.set(phrase, "neutral");
  return table;
}

const PHRASES = buildPhraseTable();

/** Longest phrase first at each word; a negated support cue counts as opposition, a negated opposition cue as nothing. */
export function scoreText(text: string): TextScore {
  const words = [...text.matchAll(WORD)].map((match) => ({
    word: match[0].toLowerCase().replace(/’/gu, "'"),
    index: match.index,
  }));
  const cues: Cue[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (let size = MAX_PHRASE_WORDS; size >= 1; size -= 1) {
      const phrase = words
        .slice(at, at + size)
        .map((entry) => entry.word)
        .join(" ");
      const polarity = PHRASES.get(phrase);
      if (!polarity || at + size > words.length) continue;
      const isNegated = words
        .slice(Math.max(0, at - NEGATION_REACH), at)
        .some((entry) => NEGATIONS.has(entry.word) || entry.word.endsWith("n't"));
      const index = words[at]?.index ?? 0;
      if (polarity === "neutral") {
        at += size - 1;
        break;
      }
      if (!isNegated) cues.push({ phrase, index, polarity });
      else if (polarity === "support")
        cues.push({ phrase: `not … ${phrase}`, index, polarity: "oppose" });
      at += size - 1;
      break;
    }
  }
  const all = [
    ...turnLatenessCues(cues, words, NEGATIONS),
    ...findTakeSeriously(text, words, NEGATIONS, NEGATION_REACH),
    ...findFightCues(words),
  ].sort((a, b) => a.index - b.index);
  const weigh = (polarity: Cue["polarity"]) =>
    all
      .filter((cue) => cue.polarity === polarity)
      .reduce((sum, cue) => sum + (STRONG_CUES.has(cue.phrase.split(" … ")[0] ?? "") ? 2 : 1), 0);
  return { support: weigh("support"), oppose: weigh("oppose"), cues: all };
}
