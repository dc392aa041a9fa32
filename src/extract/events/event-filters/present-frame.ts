/** "Now that we're in 2011", "It's 2024": the present year as a frame, not an event. */
import { textBefore, type EventFilter } from "./date-scene.ts";

const FRAME_BEFORE =
  /\b(?:we['’]re|we are|it['’]s|it is|now that we['’]re|now that we are)\s{1,4}(?:now\s{1,4})?$/i;

export const presentFrameFilter: EventFilter = {
  name: "the present as a frame",
  rejects: ({ text, mention }) =>
    mention.precision !== "day" && FRAME_BEFORE.test(textBefore(text, mention.span[0], 24)),
};
