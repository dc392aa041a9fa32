import { COMMAND_SUMMARIES } from "../../commands/index.ts";
import type { OptionValue } from "../../commands/define-command.ts";
import { dispatch, type DispatchOutcome } from "../../src/interactions/dispatch.ts";
import type { KnowledgeBase } from "../../src/knowledge-base/knowledge-base.ts";
import type { Answer, AnswerItem } from "../../src/model/answer.ts";

export function runCommand(
  kb: KnowledgeBase,
  name: string,
  options: Record<string, OptionValue> = {},
  focused?: string,
): Promise<DispatchOutcome> {
  return dispatch(
    { name, options, focused },
    { context: { kb, commands: COMMAND_SUMMARIES }, createErrorId: () => "test-error-id" },
  );
}

/** Runs a command that must answer, and returns the answer. */
export async function ask(
  kb: KnowledgeBase,
  name: string,
  options: Record<string, OptionValue> = {},
): Promise<Answer> {
  const outcome = await runCommand(kb, name, options);
  if (outcome.kind !== "answer")
    throw new Error(`expected an answer, got ${JSON.stringify(outcome)}`);
  return outcome.answer;
}

export function allItems(answer: Answer): AnswerItem[] {
  return answer.sections.flatMap((section) => section.items);
}

export function itemText(entry: AnswerItem): string {
  return entry.body.map((inline) => inline.text).join("");
}
