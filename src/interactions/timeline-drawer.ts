/** /timeline's picture for an answer: the analyses of the articles it cites, drawn off the event loop. */
import type { KnowledgeSource } from "./dispatch.ts";
import type { Answer } from "../model/answer.ts";
import {
  renderTimelinePictureAsync,
  type TimelinePicture,
} from "../render/timeline-picture/render-timeline-picture.ts";

/** Draws from the library of the server that asked, where the cited articles are. */
export function createTimelineDrawer(
  source: KnowledgeSource,
): (answer: Answer, guildId: string | null) => Promise<TimelinePicture | null> {
  return async (answer, guildId) => {
    const kb = typeof source === "function" ? await source(guildId) : source;
    const cited = answer.sections.flatMap((section) =>
      section.items.flatMap((item) => item.citations.map((citation) => citation.articleId)),
    );
    const entries = [...new Set(cited)].flatMap((id) => {
      const entry = kb.byId.get(id);
      return entry === undefined ? [] : [entry];
    });
    return renderTimelinePictureAsync(answer, entries);
  };
}
