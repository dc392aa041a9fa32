/** Kept for stances, which import sentence spans from here; the one splitter lives in shared/sentences.ts. */
export { findSentenceAt, findSentenceIndexAt, findSentences } from "../shared/sentences.ts";
