/**
 * `/library` in the local console, which acts as one server named "console":
 * `/library add file:PATH`, `/library add url:URL`, `/library list`, `/library remove article:ID`.
 */
import path from "node:path";
import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import type { CommandModule, OptionValue } from "../../../commands/define-command.ts";
import { answerAddedArticle } from "../../answer/added-article.ts";
import type { Answer } from "../../model/answer.ts";
import { UserFacingError } from "../../model/result.ts";
import { readArticleBytes } from "./load-knowledge.ts";
import type { ServerLibraries } from "./server-libraries.ts";

/** The console's server id and member id in the store. */
export const CONSOLE_GUILD = "console";
const CONSOLE_MEMBER = "console";
const LIST_LIMIT = 25;

const USAGE =
  "Use /library add file:PATH, /library add url:URL, /library list or /library remove article:ID.";

export function createConsoleLibraryCommand(libraries: ServerLibraries): CommandModule {
  return {
    definition: {
      type: ApplicationCommandType.ChatInput,
      name: "library",
      description: "Add, list or remove this console's own articles",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "action",
          description: "add, list or remove",
        },
        {
          type: ApplicationCommandOptionType.String,
          name: "file",
          description: "A .txt, .md or .html file",
        },
        { type: ApplicationCommandOptionType.String, name: "url", description: "A web page" },
        {
          type: ApplicationCommandOptionType.String,
          name: "article",
          description: "The article id to remove",
        },
      ],
    },
    example: "/library add file:articles/bridge.html",
    handle: (options) => runLibraryAction(libraries, options),
  };
}

async function runLibraryAction(
  libraries: ServerLibraries,
  options: Readonly<Record<string, OptionValue>>,
): Promise<Answer> {
  const text = (name: string) =>
    typeof options[name] === "string" ? String(options[name]).trim() : "";
  switch (text("action").toLowerCase()) {
    case "add":
      return addArticle(libraries, text("file"), text("url"));
    case "list":
      return listArticles(libraries);
    case "remove": {
      const articleId = text("article");
      if (articleId === "")
        throw new UserFacingError("bad-options", "Say which article: /library remove article:ID.");
      if (!(await libraries.remove(CONSOLE_GUILD, articleId))) {
        throw new UserFacingError(
          "not-found",
          `This library has no article "${articleId.slice(0, 80)}". See /library list.`,
        );
      }
      return plainAnswer(`Removed ${articleId}`, "It no longer answers any command.");
    }
    default:
      throw new UserFacingError("bad-options", USAGE);
  }
}

async function addArticle(libraries: ServerLibraries, file: string, url: string): Promise<Answer> {
  if ((file === "") === (url === ""))
    throw new UserFacingError("bad-options", "Give one of file:PATH or url:URL.");
  let source: Parameters<ServerLibraries["add"]>[2] = { kind: "url", url };
  if (file !== "") {
    const bytes = await readArticleBytes(file, { isFollowingSymlinks: true });
    if (!bytes.ok) throw new UserFacingError("bad-file", `${path.basename(file)}: ${bytes.error}`);
    source = { kind: "bytes", fileName: path.basename(file), bytes: bytes.value };
  }
  const outcome = await libraries.add(CONSOLE_GUILD, CONSOLE_MEMBER, source);
  switch (outcome.kind) {
    case "added":
      return answerAddedArticle(outcome.entry, "console");
    case "duplicate":
      throw new UserFacingError(
        "already-added",
        `Already in the library as ${outcome.existing.articleId} (“${outcome.existing.title}”): same ${outcome.sameAs}. Kept one copy.`,
      );
    case "quota":
      throw new UserFacingError(outcome.code, outcome.message);
    case "refused":
      throw new UserFacingError("refused", outcome.message);
  }
}

async function listArticles(libraries: ServerLibraries): Promise<Answer> {
  const page = await libraries.list(CONSOLE_GUILD, 0, LIST_LIMIT);
  const items = page.items.map((item) => ({
    body: [
      { text: item.articleId, style: "code" as const },
      {
        text: ` ${item.title} — added by ${item.addedBy} on ${new Date(item.addedAt).toISOString().slice(0, 10)}`,
        style: "plain" as const,
      },
    ],
    citations: [],
  }));
  return {
    ...plainAnswer(
      `This library: ${page.total} ${page.total === 1 ? "article" : "articles"}`,
      "Newest first.",
    ),
    sections: items.length === 0 ? [] : [{ heading: "Articles", tone: "info", items }],
    hint: items.length === 0 ? "Nothing added yet: /library add file:PATH or url:URL." : null,
  };
}

function plainAnswer(title: string, intro: string): Answer {
  return {
    command: "library",
    title,
    intro: [{ text: intro, style: "plain" }],
    sections: [],
    hint: null,
    footer: null,
    url: null,
    actions: [],
  };
}
