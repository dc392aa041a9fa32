/**
 * Runs the real ingest + analyze path on every evaluation article (13 clean texts and the
 * pasted pages) and sums the scores. Shared by `npm run eval:extract` and the floor test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { analyzeArticle } from "../src/extract/analyze-article.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { scoreArticle, type ArticleScore, type Count, type Gold } from "./eval-extract-score.ts";

export const EVAL_ROOT = resolve(import.meta.dirname, "../test/fixtures/eval");

interface EvalCase {
  readonly set: "wikinews" | "dev" | "pasted" | "synthetic";
  readonly textPath: string;
  readonly cleanPath: string;
  readonly goldPath: string;
}

function listCases(root: string): EvalCase[] {
  const ids = (dir: string, suffix: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(suffix))
      .map((name) => basename(name, suffix))
      .sort();
  const wikinews = join(root, "wikinews");
  const dev = join(root, "dev");
  const synthetic = join(root, "synthetic-pasted");
  return [
    ...ids(wikinews, ".gold.json").map((id) => ({
      set: "wikinews" as const,
      textPath: join(wikinews, `${id}.txt`),
      cleanPath: join(wikinews, `${id}.txt`),
      goldPath: join(wikinews, `${id}.gold.json`),
    })),
    ...ids(join(dev, "gold"), ".gold.json").map((id) => ({
      set: "dev" as const,
      textPath: join(dev, "texts", `${id}.txt`),
      cleanPath: join(dev, "texts", `${id}.txt`),
      goldPath: join(dev, "gold", `${id}.gold.json`),
    })),
    ...ids(join(dev, "pasted"), ".txt").map((id) => ({
      set: "pasted" as const,
      textPath: join(dev, "pasted", `${id}.txt`),
      cleanPath: join(dev, "texts", `${id}.txt`),
      goldPath: join(dev, "gold", `${id}.gold.json`),
    })),
    // Our own chrome around visible articles, in other sites' wording (see its README).
    ...ids(synthetic, ".txt").map((id) => ({
      set: "synthetic" as const,
      textPath: join(synthetic, `${id}.txt`),
      cleanPath: join(wikinews, `${id}.txt`),
      goldPath: join(wikinews, `${id}.gold.json`),
    })),
  ];
}

function runCase(evalCase: EvalCase): ArticleScore {
  const gold = JSON.parse(readFileSync(evalCase.goldPath, "utf8")) as Gold;
  const bytes = readFileSync(evalCase.textPath);
  const ingested = ingestArticle(basename(evalCase.textPath), bytes);
  if (!ingested.ok)
    throw new Error(`${evalCase.textPath}: ingest failed: ${ingested.error.reason}`);
  const analysis = analyzeArticle(ingested.value);
  const clean = readFileSync(evalCase.cleanPath, "utf8");
  return scoreArticle(evalCase.set, gold, ingested.value, analysis, clean);
}

/** Mean of per-article ratios and the pooled ratio over the same articles. */
export interface Summary {
  readonly mean: number;
  readonly pooled: number;
  readonly articles: number;
}

function summarize(counts: ReadonlyArray<Count | null>): Summary {
  const present = counts.filter((value): value is Count => value !== null);
  const hit = present.reduce((sum, value) => sum + value.hit, 0);
  const of = present.reduce((sum, value) => sum + value.of, 0);
  const mean =
    present.length === 0
      ? 1
      : present.reduce((sum, value) => sum + value.ratio, 0) / present.length;
  return { mean, pooled: of === 0 ? 1 : hit / of, articles: present.length };
}

export interface GroupSummary {
  readonly name: string;
  readonly articles: number;
  readonly peopleRecall: Summary;
  readonly peoplePrecision: Summary;
  readonly quotesFound: Summary;
  /** Over the articles that have full gold quotes only. */
  readonly speakersRight: Summary;
  readonly spuriousQuotes: number;
  readonly eventsFound: Summary;
  readonly eventsRight: Summary;
  readonly stances: Summary;
  readonly titleAndDateRight: number;
  readonly chromePassages: number;
  readonly missingBody: number;
}

export function summarizeGroup(name: string, scores: readonly ArticleScore[]): GroupSummary {
  const over = (pick: (score: ArticleScore) => Count | null) => summarize(scores.map(pick));
  const total = (pick: (score: ArticleScore) => number) =>
    scores.reduce((sum, score) => sum + pick(score), 0);
  return {
    name: `${name} (${scores.length})`,
    articles: scores.length,
    peopleRecall: over((score) => score.peopleRecall),
    peoplePrecision: over((score) => score.peoplePrecision),
    quotesFound: over((score) => (score.quotesFound.of === 0 ? null : score.quotesFound)),
    speakersRight: over((score) => (score.speakersRight.of === 0 ? null : score.speakersRight)),
    spuriousQuotes: total((score) => score.spuriousQuotes),
    eventsFound: over((score) => score.eventsFound),
    eventsRight: over((score) => score.eventsRight),
    stances: over((score) => score.stances),
    titleAndDateRight: total((score) => (score.titleRight && score.dateRight ? 1 : 0)),
    chromePassages: total((score) => score.chromePassages.length),
    missingBody: total((score) => score.missingBody.length),
  };
}

export interface EvalResult {
  readonly articles: readonly ArticleScore[];
  readonly groups: readonly GroupSummary[];
}

/** Scores every article under `root` and summarises: each set, the 13 clean texts together. */
export function runEvalExtract(root: string = EVAL_ROOT): EvalResult {
  const articles = listCases(root).map(runCase);
  const inSet = (...sets: string[]) => articles.filter((score) => sets.includes(score.set));
  return {
    articles,
    groups: [
      summarizeGroup("wikinews", inSet("wikinews")),
      summarizeGroup("dev", inSet("dev")),
      summarizeGroup("all clean", inSet("wikinews", "dev")),
      summarizeGroup("pasted", inSet("pasted")),
      summarizeGroup("synthetic pasted", inSet("synthetic")),
    ],
  };
}
