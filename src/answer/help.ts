/** /help: what each command does, with an example. */
import type { Answer } from "../model/answer.ts";
import type { KnowledgeBase } from "../knowledge-base/knowledge-base.ts";
import { bold, buildAnswer, item, text } from "./build-answer.ts";

export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  readonly example: string;
}

/** Examples name `{person}`; help fills in someone the library really has, so they work. */
const PERSON_SLOT = /\{person\}/g;

/**
 * Articles looked at for the example: any quoted person will do, and a large library loaded from
 * the prebuilt index would otherwise parse every article for one example.
 */
const EXAMPLE_ARTICLES = 200;

/** The person quoted most (then mentioned most), so /quote speaker: has something to show. */
function findExamplePerson(kb: KnowledgeBase): string {
  const people = kb.entries.slice(0, EXAMPLE_ARTICLES).flatMap(({ analysis }) =>
    analysis.actors
      .filter((actor) => actor.kind === "person")
      .map((actor) => ({
        name: actor.name,
        quotes: analysis.quotes.filter((quote) => quote.speakerId === actor.id).length,
        mentions: actor.passages.length,
      })),
  );
  people.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions);
  return people[0]?.name ?? "a name";
}

export function answerHelp(kb: KnowledgeBase, commands: readonly CommandHelp[]): Answer {
  const person = findExamplePerson(kb);
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
              text(command.example.replace(PERSON_SLOT, person), "code"),
            ],
            [],
          ),
        ),
      },
    ],
  });
}
