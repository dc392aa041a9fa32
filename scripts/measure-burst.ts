/**
 * What one process holds (issue 13 #7): bursts of signed /who interactions sent all at once to
 * the HTTP server on 127.0.0.1, with and without the interaction queue. Prints, per burst, how
 * many were answered within Discord's 3 s, how many shed, and the answered-in-time rate.
 * Usage: npx tsx scripts/measure-burst.ts [count=1000] [extraWorkMs=0]
 */
import { runBurst } from "../test/support/http-burst.ts";

const count = Number(process.argv[2] ?? 1_000);
const extraWorkMs = Number(process.argv[3] ?? 0);
for (const isQueued of [false, true]) {
  const report = await runBurst({ count, extraWorkMs, isQueued });
  const rate = Math.round(report.answeredInTime / Math.min(report.seconds, 3));
  process.stdout.write(
    `${isQueued ? "queued  " : "unqueued"} ${JSON.stringify(report)} in-time/s≈${rate}\n`,
  );
}
