/**
 * npm run build-index [-- --knowledge DIR] [--out FILE]: analyses the knowledge folder and writes
 * the prebuilt index that `npm start` loads (default .cache/knowledge-index.json), keyed by the
 * knowledge files and the code version so a stale copy is never used.
 */
import { config as loadDotenv } from "dotenv";
import { analyzeKnowledge, DEFAULT_INDEX_FILE } from "../src/app/library/build-library.ts";
import { computeIndexKey } from "../src/app/prebuilt-index-key.ts";
import { writePrebuiltIndex } from "../src/app/prebuilt-index.ts";

loadDotenv({ quiet: true });
const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const knowledgeDir = valueOf("--knowledge") ?? process.env["KNOWLEDGE_DIR"] ?? "knowledge";
const indexFile = valueOf("--out") ?? DEFAULT_INDEX_FILE;

const started = performance.now();
// The key is taken before reading, so a file edited during the build makes the index stale.
const key = await computeIndexKey(knowledgeDir);
const library = await analyzeKnowledge(knowledgeDir);
const bytes = await writePrebuiltIndex(indexFile, key, library);
for (const problem of library.problems) process.stderr.write(`Skipped ${problem.message}\n`);
const { entries } = library.kb;
const count = (pick: (entry: (typeof entries)[number]) => number): number =>
  entries.reduce((sum, entry) => sum + pick(entry), 0);
process.stdout.write(
  `Wrote ${indexFile}: ${entries.length} articles, ${count((e) => e.article.passages.length)} passages, ` +
    `${count((e) => e.analysis.quotes.length)} quotes, ${count((e) => e.analysis.actors.length)} actors ` +
    `(${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
);
