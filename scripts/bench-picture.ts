/**
 * npm run bench:picture [-- --passages 100000] [--seed N] [--runs 30] [--json]: the /timeline
 * picture's render time on the largest article of the generated bench library (the corpus
 * `npm run bench` builds at that size and seed). Only that article is ingested and analysed; the
 * whole picture path is timed: collect, lay out, SVG, resvg PNG, alt text. `npm run bench`
 * reports the same figures under `picture` for each size.
 */
import { analyzeArticle } from "../src/extract/analyze-article.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { answerTimeline } from "../src/answer/timeline.ts";
import { buildKnowledgeBase } from "../src/knowledge-base/build-knowledge-base.ts";
import { renderTimelinePicture } from "../src/render/timeline-picture/render-timeline-picture.ts";
import { generateCorpus, renderArticle } from "./bench-corpus.ts";
import { round, summarize } from "./bench-measure.ts";
import { loadSourceDocuments } from "./bench-sources.ts";

const WORDS_PER_PASSAGE = 80;

export interface PictureBench {
  readonly article: string;
  readonly passages: number;
  readonly events: number;
  readonly width: number;
  readonly height: number;
  readonly png_kb: number;
  readonly picture: ReturnType<typeof summarize>;
}

/** Renders the largest article's timeline `runs` times; null when it has no dated event. */
export function measurePicture(options: {
  readonly passages: number;
  readonly seed: number;
  readonly runs: number;
  readonly log: (line: string) => void;
}): PictureBench | null {
  const sources = loadSourceDocuments(options.passages * WORDS_PER_PASSAGE * 1.2);
  const corpus = generateCorpus(sources, options.passages, options.seed).map((article) => ({
    fileName: article.fileName,
    text: renderArticle(article),
  }));
  // Largest by size of the file: the most text to collect events from and draw.
  const largest = corpus.reduce((best, article) =>
    article.text.length > best.text.length ? article : best,
  );
  options.log(
    `picture: ${corpus.length} articles; largest ${largest.fileName}, ${largest.text.length} characters`,
  );
  const ingested = ingestArticle(largest.fileName, new TextEncoder().encode(largest.text));
  if (!ingested.ok) throw new Error(ingested.error.message);
  const entry = { article: ingested.value, analysis: analyzeArticle(ingested.value) };
  const answer = answerTimeline(buildKnowledgeBase([entry]), { article: entry.article.id });
  const first = renderTimelinePicture(answer, [entry]);
  if (first === null) return null;
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    renderTimelinePicture(answer, [entry]);
    samples.push(performance.now() - started);
  }
  return {
    article: largest.fileName,
    passages: entry.article.passages.length,
    events: entry.analysis.events.length,
    width: first.width,
    height: first.height,
    png_kb: round(first.png.length / 1024, 0),
    picture: summarize(samples),
  };
}

function readOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
}

function runCli(args: readonly string[]): void {
  const passages = readOption(args, "passages", 100_000);
  const seed = readOption(args, "seed", 20240501);
  const runs = readOption(args, "runs", 30);
  if (![passages, seed, runs].every((value) => Number.isInteger(value) && value > 0)) {
    process.stderr.write("--passages, --seed and --runs take whole numbers from 1\n");
    process.exit(2);
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const result = measurePicture({ passages, seed, runs, log });
  if (result === null) {
    log("the largest article has no dated event: nothing to draw");
    process.exit(1);
  }
  process.stdout.write(
    args.includes("--json")
      ? `${JSON.stringify(result)}\n`
      : `timeline picture on ${result.article} (${result.passages} passages, ${result.events} events, ` +
          `${result.width}×${result.height} px, ${result.png_kb} KB): p50 ${result.picture.p50_ms} ms, ` +
          `p99 ${result.picture.p99_ms} ms over ${result.picture.count} renders\n`,
  );
}

if (process.argv[1]?.endsWith("bench-picture.ts")) runCli(process.argv.slice(2));
