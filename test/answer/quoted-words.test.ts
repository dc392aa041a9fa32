/**
 * Every word an answer shows inside quotation marks is the article's own: /discuss, /summary,
 * /perspectives and /who over the seed and every eval article, clean and pasted (Wikinews,
 * CC BY 2.5; the `.source.md` beside each text gives its origin), with real extraction.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import type { Answer } from "../../src/model/answer.ts";
import { renderConsoleText } from "../../src/render/console-text.ts";
import { renderItemLine } from "../../src/render/discord-message.ts";
import { ask } from "../support/run-command.ts";
import { findQuotedSpans, isVerbatimIn } from "./quoted-spans.ts";

const FIXTURES = new URL("../fixtures/eval/", import.meta.url);
const SEED = new URL("../../knowledge/fentanyl-ifs.txt", import.meta.url);

/** Pasted pages share their names with the clean texts; the folder tells them apart. */
function labelOf(file: URL): string {
  return file.pathname.split("/").slice(-2).join("/");
}

function textFiles(folder: string): URL[] {
  const dir = new URL(folder, FIXTURES);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => new URL(name, dir));
}

const NAME_OPTION_MAX = 100;
const ARTICLES = [
  SEED,
  ...textFiles("wikinews/"),
  ...textFiles("dev/texts/"),
  ...textFiles("dev/pasted/"),
  ...textFiles("synthetic-pasted/"),
];

interface Loaded {
  readonly kb: KnowledgeBase;
  readonly source: string;
  readonly people: readonly string[];
}

function load(file: URL): Loaded {
  const name = file.pathname.split("/").pop() ?? "article.txt";
  const result = ingestArticle(name, readFileSync(file));
  if (!result.ok) throw new Error(`${name} did not ingest: ${result.error.message}`);
  const article = result.value;
  const analysis = analyzeArticle(article);
  return {
    kb: buildKnowledgeBase([{ article, analysis }]),
    source: [article.title, ...article.passages.map((passage) => passage.text)].join("\n"),
    people: analysis.actors.map((actor) => actor.name),
  };
}

/** The answer as people read it: the console text of every page and each Discord line (unescaped). */
function renderedTexts(answer: Answer): string[] {
  const console: string[] = [];
  for (let page = 1; page <= 20; page += 1) {
    const text = renderConsoleText(answer, page);
    if (console.includes(text)) break;
    console.push(text);
  }
  const discord = answer.sections
    .flatMap((section) => section.items)
    .map((entry) => renderItemLine(entry).replace(/\\(?=[^\p{L}\p{N}\s])/gu, ""));
  return [...console, ...discord];
}

async function answersFor(loaded: Loaded): Promise<{ label: string; answer: Answer }[]> {
  const asked = [
    { label: "/discuss", answer: ask(loaded.kb, "discuss") },
    { label: "/summary", answer: ask(loaded.kb, "summary") },
    { label: "/perspectives", answer: ask(loaded.kb, "perspectives") },
    // A name longer than the option allows cannot be asked for.
    ...loaded.people
      .filter((name) => name.length <= NAME_OPTION_MAX)
      .map((name) => ({
        label: `/who ${name}`,
        answer: ask(loaded.kb, "who", { name }),
      })),
  ];
  return Promise.all(asked.map(async ({ label, answer }) => ({ label, answer: await answer })));
}

describe("quoted words in answers", () => {
  it.each(ARTICLES.map((file) => [labelOf(file), file] as const))(
    "are verbatim from %s",
    async (_name, file) => {
      const loaded = load(file);
      const invented = (await answersFor(loaded)).flatMap(({ label, answer }) =>
        renderedTexts(answer).flatMap((rendered) =>
          findQuotedSpans(rendered)
            .filter((span) => !isVerbatimIn(span, loaded.source))
            .map((span) => `${label}: “${span}”`),
        ),
      );
      expect([...new Set(invented)]).toEqual([]);
    },
  );
});
