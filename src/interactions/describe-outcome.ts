/** A dispatch outcome as terminal text: the console and `cli ask` print the same thing. */
import { renderConsoleText, type ConsoleRenderOptions } from "../render/console-text.ts";
import type { DispatchOutcome } from "./dispatch.ts";

export interface OutcomeText {
  readonly text: string;
  /** A user error or a bug: the console marks it with "!", the CLI writes it to stderr. */
  readonly isProblem: boolean;
}

/** Page `page` of an answer, the choices' names one a line, or what went wrong. */
export function describeOutcome(
  outcome: DispatchOutcome,
  page: number,
  options: ConsoleRenderOptions = {},
): OutcomeText {
  switch (outcome.kind) {
    case "answer":
      return { text: renderConsoleText(outcome.answer, page, options), isProblem: false };
    case "choices":
      return { text: outcome.choices.map((choice) => choice.name).join("\n"), isProblem: false };
    case "user-error":
      return { text: outcome.message, isProblem: true };
    case "failure":
      // The raw error goes to the log (the caller reports it); the user gets the id to quote.
      return {
        text: `Something went wrong on our side (error id ${outcome.errorId}).`,
        isProblem: true,
      };
  }
}
