/** Small constructors for answer models, so every answer function reads the same way. */
import type { Answer, AnswerItem, Citation, Inline, InlineStyle } from "../model/answer.ts";

export const text = (value: string, style: InlineStyle = "plain"): Inline => ({
  text: value,
  style,
});
export const bold = (value: string): Inline => text(value, "bold");
export const quoted = (value: string): Inline => text(value, "quote");
export const italic = (value: string): Inline => text(value, "italic");

export function item(body: readonly Inline[], citations: readonly Citation[]): AnswerItem {
  return { body, citations };
}

/** An answer with defaults for everything but the command and title. */
export function buildAnswer(
  fields: Pick<Answer, "command" | "title"> & Partial<Omit<Answer, "command" | "title">>,
): Answer {
  return {
    intro: [],
    sections: [],
    hint: null,
    footer: null,
    url: null,
    actions: [],
    ...fields,
  };
}

/** "Nothing found" is an answer with no items and a hint, never an error. */
export function buildEmptyAnswer(command: string, title: string, hint: string): Answer {
  return buildAnswer({ command, title, hint });
}
