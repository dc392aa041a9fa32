/**
 * Run as its own process by crash.test.ts: adds articles to one store without end, printing
 * "added N" after each add resolves, until the test kills it with SIGKILL.
 */
import { createHash } from "node:crypto";
import { DEFAULT_QUOTAS } from "../../src/store/article-store.ts";
import { openStore } from "../../src/store/open-store.ts";

const [target = ""] = process.argv.slice(2);
const store = await openStore({
  databaseUrl: target.startsWith("postgres://") ? target : null,
  dataDir: target,
  quotas: {
    ...DEFAULT_QUOTAS,
    maxAddsPerMemberPerHour: 1_000_000,
    maxArticlesPerServer: 1_000_000,
    maxBytesPerServer: 1e12,
  },
});
// Large bytes make each transaction long enough for the kill to land inside one.
const filler = "The council met again on Tuesday. ".repeat(12_000);
for (let index = 0; ; index++) {
  const text = `${index} ${filler}`;
  await store.add(
    {
      guildId: "700000000000000001",
      preferredId: `article-${index}`,
      title: `Article ${index}`,
      origin: "text",
      mediaType: "text/plain",
      canonicalUrl: null,
      contentHash: createHash("sha256").update(text).digest("hex"),
      bytes: new TextEncoder().encode(text),
      article: { id: `article-${index}`, body: text },
      analysis: { quotes: [] },
      addedBy: "800000000000000001",
    },
    { reservedIds: new Set(), now: Date.now() },
  );
  process.stdout.write(`added ${index + 1}\n`);
}
