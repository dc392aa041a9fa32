import { answerSummary } from "../src/answer/summary.ts";
import { defineArticleCommand } from "./define-command.ts";

export const summary = defineArticleCommand({
  name: "summary",
  description: "A cited briefing fit to pin: what happened, key dates, perspectives",
  example: "/summary",
  answer: answerSummary,
});
