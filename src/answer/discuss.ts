/** /discuss: questions built from where the actors disagree, each citing both sides. */
import type { Answer, AnswerItem } from "../model/answer.ts";
import type { Stance } from "../model/analysis.ts";
import type { ArticleEntry, KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, quoted, text } from "./build-answer.ts";
import { cite } from "./citations.ts";
import { strongestQuote } from "./describe-actor.ts";
import { buildAbsentVoices } from "./perspectives.ts";
import { resolveArticle } from "./resolve-article.ts";

export interface DiscussOptions {
  readonly article?: string | undefined;
}

const QUESTION_LIMIT = 6;

function voice(entry: ArticleEntry, stance: Stance): { words: string; passage: string } {
  const quote = strongestQuote(entry, stance);
  return {
    words: quote?.text ?? stance.reason,
    passage: quote?.passage ?? stance.evidence[0] ?? "p1",
  };
}

function disagreementQuestion(entry: ArticleEntry, pro: Stance, con: Stance): AnswerItem {
  const a = voice(entry, pro);
  const b = voice(entry, con);
  return item(
    [
      bold(pro.actor),
      text(" says "),
      quoted(a.words),
      text("; "),
      bold(con.actor),
      text(" says "),
      quoted(b.words),
      text(". Whose reasoning holds up better, and what would each answer the other?"),
    ],
    [cite(entry, a.passage), cite(entry, b.passage)],
  );
}

function buildQuestions(entry: ArticleEntry): AnswerItem[] {
  const stances = entry.analysis.stances;
  const supporters = stances.filter((s) => s.stance === "supports" || s.stance === "mixed");
  const opponents = stances.filter((s) => s.stance === "opposes" || s.stance === "mixed");
  const pairs = supporters.flatMap((pro) =>
    opponents.filter((con) => con.actorId !== pro.actorId).map((con) => [pro, con] as const),
  );
  return pairs.slice(0, QUESTION_LIMIT).map(([pro, con]) => disagreementQuestion(entry, pro, con));
}

function absentVoiceQuestion(entry: ArticleEntry): AnswerItem[] {
  const [absent] = buildAbsentVoices(entry);
  if (!absent) return [];
  return [
    item(
      [
        ...absent.body,
        text(" is mentioned but never quoted. What might they say, and how would we find out?"),
      ],
      absent.citations,
    ),
  ];
}

export function answerDiscuss(kb: KnowledgeBase, options: DiscussOptions): Answer {
  const entry = resolveArticle(kb, options.article);
  const questions = buildQuestions(entry);
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
  });
}
