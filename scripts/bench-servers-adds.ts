/**
 * The add half of the many-servers bench: news pages served from 127.0.0.1, each added by URL to
 * its server and timed until /search in that server cites the new article.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { answerSearch } from "../src/answer/search.ts";
import type { ServerLibraries } from "../src/app/library/server-libraries.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import type { Answer } from "../src/model/answer.ts";
import { summarize, type Latency } from "./bench-measure.ts";

export interface AddPlan {
  readonly guildId: string;
  readonly path: string;
  readonly html: string;
  /** Words only the added article holds: answerable once /search finds them in it. */
  readonly probe: string;
}

export interface AddReport extends Latency {
  readonly answerable: number;
  readonly refusals: readonly string[];
}

// The bench's answerability wait: far beyond the 1 s goal, so a miss shows as a number, not a hang.
const ADD_WAIT_MS = 10_000;

export function searchOrNull(kb: KnowledgeBase, query: string): Answer | null {
  try {
    return answerSearch(kb, { query });
  } catch {
    return null;
  }
}

/** The article ids the first `top` items of an answer cite. */
export function citedIds(answer: Answer | null, top: number): string[] {
  if (answer === null) return [];
  return answer.sections
    .flatMap((section) => section.items)
    .slice(0, top)
    .flatMap((item) => item.citations.map((citation) => citation.articleId));
}

function servePages(pages: readonly AddPlan[]): Promise<{ server: Server; base: string }> {
  const byPath = new Map(pages.map((page) => [page.path, page.html]));
  const server = createServer((request, response) => {
    const html = byPath.get(request.url ?? "");
    response.writeHead(html === undefined ? 404 : 200, { "content-type": "text/html" });
    response.end(html ?? "not found");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

/** Polls /search until the added article is cited; the time from the add, or null. */
async function waitAnswerable(
  libraries: ServerLibraries,
  page: AddPlan,
  articleId: string,
  startedAt: number,
): Promise<number | null> {
  while (performance.now() - startedAt < ADD_WAIT_MS) {
    const answer = searchOrNull(await libraries.knowledgeFor(page.guildId), page.probe);
    if (citedIds(answer, 25).includes(articleId)) return performance.now() - startedAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

export async function timeAdds(
  libraries: ServerLibraries,
  pages: readonly AddPlan[],
): Promise<AddReport> {
  const { server, base } = await servePages(pages);
  const times: number[] = [];
  const refusals: string[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      const at = performance.now();
      // One member per add, so the hourly per-member quota is not what is measured.
      const added = await libraries.add(page.guildId, `bench-user-${index}`, {
        kind: "url",
        url: `${base}${page.path}`,
      });
      if (added.kind !== "added") {
        refusals.push(`${page.path}: ${added.kind} ${"message" in added ? added.message : ""}`);
        continue;
      }
      const elapsed = await waitAnswerable(libraries, page, added.entry.article.id, at);
      if (elapsed !== null) times.push(elapsed);
    }
  } finally {
    server.close();
  }
  return { ...summarize(times), answerable: times.length, refusals };
}
