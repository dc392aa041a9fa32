/**
 * Times ingest + analysis of every hostile case (issue 13 #3) at the sizes given, one article at a
 * time in one pool worker, and prints a table: ms per size and the ratio of per-byte times.
 * Usage: npx tsx scripts/measure-hostile.ts [budgetMs=60000] [sizes=50000,500000] [case-filter]
 */
import { createExtractionPool } from "../src/app/extraction-pool/extraction-pool.ts";
import { HOSTILE_CASES } from "../test/support/hostile-corpus.ts";

const budgetMs = Number(process.argv[2] ?? 60_000);
const sizes = (process.argv[3] ?? "50000,500000").split(",").map(Number);
const filter = process.argv[4] ?? "";
const pool = createExtractionPool({ size: 1, budgetMs });

for (const hostile of HOSTILE_CASES.filter((c) => c.name.includes(filter))) {
  const cells: string[] = [];
  const perByte: number[] = [];
  for (const size of sizes) {
    const bytes = new TextEncoder().encode(hostile.make(size));
    const started = performance.now();
    const result = await pool.analyze({ kind: "file", fileName: `${hostile.name}.txt`, bytes });
    const ms = performance.now() - started;
    perByte.push(ms / bytes.length);
    cells.push(
      result.ok ? `${Math.round(ms)} ms` : `refused after ${Math.round(ms)} ms (${result.error})`,
    );
  }
  const ratio = perByte.length > 1 ? (perByte.at(-1) ?? 0) / (perByte[0] ?? 1) : 1;
  process.stdout.write(
    `${hostile.name}\t${cells.join("\t")}\tper-byte ratio ${ratio.toFixed(1)}\n`,
  );
}
await pool.close();
