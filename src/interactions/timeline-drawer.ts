/** /timeline's picture for an answer: the analyses of the articles it cites, drawn off the event loop. */
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import type { Answer } from "../model/answer.ts";
import {
  renderTimelinePictureAsync,
  type TimelinePicture,
} from "../render/timeline-picture/render-timeline-picture.ts";

export function createTimelineDrawer(
  kb: KnowledgeBase,
): (answer: Answer) => Promise<TimelinePicture | null> {
  return async (answer) => {
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
