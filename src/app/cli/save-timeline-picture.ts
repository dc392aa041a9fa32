/** The console's /timeline picture: written as a PNG file, whose path the console prints. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createTimelineDrawer } from "../../interactions/timeline-drawer.ts";
import type { KnowledgeSource } from "../../interactions/dispatch.ts";
import type { Answer } from "../../model/answer.ts";

/**
 * Draws the picture for a /timeline answer into `outDir` (created when missing) or, without
 * one, a fresh temporary folder. Resolves to the file's path, or null for other answers and
 * timelines with no event to draw.
 */
export async function saveTimelinePicture(
  knowledge: KnowledgeSource,
  answer: Answer,
  outDir: string | undefined,
  guildId: string | null = null,
): Promise<string | null> {
  if (answer.command !== "timeline") return null;
  const picture = await createTimelineDrawer(knowledge)(answer, guildId);
  if (picture === null) return null;
  const folder =
    outDir === undefined ? await mkdtemp(join(tmpdir(), "roundtable-timeline-")) : resolve(outDir);
  await mkdir(folder, { recursive: true });
  const path = join(folder, picture.fileName);
  await writeFile(path, picture.png);
  return path;
}

/** The line the console prints under the answer. */
export function describeSavedPicture(path: string): string {
  return `Picture: ${path}`;
}
