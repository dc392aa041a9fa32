/**
 * Writes the hostile article corpus (issue 13 #3) into test/fixtures/hostile/: every case at
 * 50 KB and 500 KB, plus the 2 MB single paragraph. Generated, never committed (git-ignored).
 * Usage: npx tsx scripts/make-hostile-corpus.ts [folder]
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { HOSTILE_CASES } from "../test/support/hostile-corpus.ts";

const folder = process.argv[2] ?? path.join("test", "fixtures", "hostile");
const SIZES = [50_000, 500_000] as const;

await mkdir(folder, { recursive: true });
for (const hostile of HOSTILE_CASES) {
  for (const size of SIZES) {
    const file = path.join(folder, `${hostile.name}-${size / 1000}kb.txt`);
    await writeFile(file, hostile.make(size));
  }
}
const longest = HOSTILE_CASES.find((hostile) => hostile.name === "long-paragraph-with-months");
if (longest !== undefined) {
  await writeFile(path.join(folder, "long-paragraph-with-months-2mb.txt"), longest.make(2_000_000));
}
process.stdout.write(`wrote the hostile corpus to ${folder}\n`);
