/** /help: what each command does, with an example. */
import type { Answer } from "../model/answer.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, text } from "./build-answer.ts";

export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  readonly example: string;
}

export function answerHelp(kb: KnowledgeBase, commands: readonly CommandHelp[]): Answer {
  const titles = kb.entries.map((entry) => entry.article.title);
  const library = titles.length === 1 ? `one article: “${titles[0]}”` : `${titles.length} articles`;
  return buildAnswer({
    command: "help",
    title: "Roundtable — answers from the articles, with citations",
    intro: [
      text(`Every answer cites the paragraph (¶) it comes from. The library holds ${library}.`),
    ],
    sections: [
      {
        heading: "Commands",
        tone: "info",
        items: commands.map((command) =>
          item(
            [
              bold(`/${command.name}`),
              text(` — ${command.description}. Example: `),
              text(command.example, "code"),
            ],
            [],
          ),
        ),
      },
    ],
  });
}
