/** /discuss: questions built from where the actors disagree, each citing both sides. */
import type { Answer, AnswerItem, Disagreement, Inline } from "../model/answer.ts";
import type { Stance } from "../model/analysis.ts";
import type { StanceValue } from "../model/article.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { strongestQuote } from "./describe-actor.ts";
import { resolveArticle } from "./resolve-article.ts";
import { shortenQuote } from "./stance-words.ts";

export interface DiscussOptions {
  readonly article?: string | undefined;
}

const QUESTION_LIMIT = 4;
/** A question quotes both sides; long quotes are cut (marked "…") so the question stays readable. */
const QUOTE_MAX = 180;
/** No one voice dominates the questions. */
const APPEARANCES_MAX = 2;

/** A position said in plain words, for a voice the article never quotes. */
const POSITION_WORDS: Readonly<Record<StanceValue, string>> = {
  supports: "supports the action",
  opposes: "opposes the action",
  mixed: "is of two minds about the action",
  neutral: "takes no side",
};

interface Voice {
  readonly words: readonly Inline[];
  /** Only what the voice holds, without its name: for the poll's message. */
  readonly claim: readonly Inline[];
  readonly passage: string;
}

/**
 * What one side says: their own words in quotation marks when they are quoted; otherwise the
 * stance's reason as a plain description, since the bot's wording is never shown as theirs.
 */
function voice(entry: ArticleEntry, stance: Stance): Voice {
  const quote = strongestQuote(entry, stance);
  const passage = quote?.passage ?? stance.evidence[0] ?? "p1";
  const claim = quote
    ? [quoted(shortenQuote(quote.text, QUOTE_MAX))]
    : [text(`${POSITION_WORDS[stance.stance]} (${stance.reason})`)];
  const words = [bold(stance.actor), text(quote ? " says " : " "), ...claim];
  return { words, claim, passage };
}

function disagreementQuestion(entry: ArticleEntry, pro: Stance, con: Stance): AnswerItem {
  const a = voice(entry, pro);
  const b = voice(entry, con);
  return item(
    [
      ...a.words,
      text("; "),
      ...b.words,
      text(". Whose reasoning holds up better, and what would each answer the other?"),
    ],
    [cite(entry, a.passage), cite(entry, b.passage)],
  );
}

/** Opposite sides paired in reading order, each voice in at most two questions. */
function pickPairs(stances: readonly Stance[]): (readonly [Stance, Stance])[] {
  const supporters = stances.filter((s) => s.stance === "supports" || s.stance === "mixed");
  const opponents = stances.filter((s) => s.stance === "opposes" || s.stance === "mixed");
  const count = new Map<string, number>();
  const isFull = (s: Stance): boolean => (count.get(s.actorId) ?? 0) >= APPEARANCES_MAX;
  const pairs: (readonly [Stance, Stance])[] = [];
  for (const con of opponents) {
    for (const pro of supporters) {
      if (pairs.length >= QUESTION_LIMIT || pro.actorId === con.actorId) continue;
      if (isFull(pro) || isFull(con)) continue;
      pairs.push([pro, con]);
      for (const s of [pro, con]) count.set(s.actorId, (count.get(s.actorId) ?? 0) + 1);
    }
  }
  return pairs;
}

/** A person the story names but never lets speak. */
function absentVoiceQuestion(entry: ArticleEntry): AnswerItem[] {
  const speakers = new Set(entry.analysis.quotes.map((quote) => quote.speakerId));
  const absent = entry.analysis.actors.find((a) => a.kind === "person" && !speakers.has(a.id));
  if (!absent) return [];
  const who = absent.role === null ? absent.name : `${absent.name} (${absent.role})`;
  const ask =
    " is in the story but never speaks in it. What might they say, and where could we find out?";
  return [item([bold(who), text(ask)], [cite(entry, absent.passages[0] ?? "p1")])];
}

/** The first pair's point and sides: a poll asks the group where it stands. */
function describeDisagreement(
  entry: ArticleEntry,
  pairs: readonly (readonly [Stance, Stance])[],
): Disagreement | undefined {
  const first = pairs[0];
  if (first === undefined) return undefined;
  const point = entry.analysis.centralAction?.text ?? entry.article.title;
  return {
    point,
    positions: first.map((stance) => {
      const side = voice(entry, stance);
      return {
        voice: stance.actor,
        stance: stance.stance,
        words: side.claim,
        citations: [cite(entry, side.passage)],
      };
    }),
  };
}

export function answerDiscuss(kb: KnowledgeBase, options: DiscussOptions): Answer {
  const entry = resolveArticle(kb, options.article);
  const pairs = pickPairs(entry.analysis.stances);
  const questions = pairs.map(([pro, con]) => disagreementQuestion(entry, pro, con));
  const disagreement = describeDisagreement(entry, pairs);
  const extra = absentVoiceQuestion(entry);
  return buildAnswer({
    command: "discuss",
    title: `Discussion: ${entry.article.title}`,
    intro: [text("Questions built from where the people in the article disagree.")],
    sections: [
      ...(questions.length > 0
        ? [{ heading: "Where they disagree", tone: "mixed" as const, items: questions }]
        : []),
      ...(extra.length > 0
        ? [{ heading: "Who is missing", tone: "info" as const, items: extra }]
        : []),
    ],
    hint:
      questions.length === 0
        ? "No two people in this article take opposite positions, so there is no disagreement to build questions from."
        : null,
    url: entry.article.url,
    actions: [
      ...(questions.length + extra.length > 0 ? (["thread"] as const) : []),
      ...(disagreement === undefined ? [] : (["poll"] as const)),
    ],
    disagreement,
  });
}
