/** The shape of a command module, and option types derived from its definition. */
import { ApplicationCommandType } from "discord-api-types/v10";
import type {
  ApplicationCommandOptionType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { suggestArticles } from "../src/answer/autocomplete.ts";
import type { Answer, Choice } from "../src/model/answer.ts";
import type { KnowledgeBase } from "../src/knowledge-base/knowledge-base.ts";
import { ARTICLE_OPTION, PUBLIC_OPTION } from "./shared-options.ts";

/** What a command may use: the knowledge base and the list of commands (for /help). */
export interface CommandContext {
  readonly kb: KnowledgeBase;
  readonly commands: readonly CommandSummary[];
}

export interface CommandSummary {
  readonly name: string;
  readonly description: string;
  readonly example: string;
}

export type OptionValue = string | number | boolean;

interface OptionShape {
  readonly name: string;
  readonly type: ApplicationCommandOptionType;
  readonly required?: boolean;
}

type ValueOf<T extends ApplicationCommandOptionType> =
  T extends ApplicationCommandOptionType.Boolean
    ? boolean
    : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
      ? number
      : string;

type OptionList<D> = D extends { readonly options: readonly OptionShape[] }
  ? D["options"][number]
  : never;

/** `{ name?: string; public?: boolean }` from a definition written `as const`. */
export type OptionsOf<D> = {
  readonly [O in OptionList<D> as O["required"] extends true ? O["name"] : never]: ValueOf<
    O["type"]
  >;
} & {
  readonly [O in OptionList<D> as O["required"] extends true ? never : O["name"]]?: ValueOf<
    O["type"]
  >;
};

export interface FocusedOption {
  readonly name: string;
  readonly value: string;
}

export type CommandDefinition =
  | RESTPostAPIChatInputApplicationCommandsJSONBody
  | RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Slash commands leave `type` out or say ChatInput; menu commands always say which. */
export function isChatInputDefinition(
  definition: CommandDefinition,
): definition is RESTPostAPIChatInputApplicationCommandsJSONBody {
  return definition.type === undefined || definition.type === ApplicationCommandType.ChatInput;
}

export interface CommandModule<O = Readonly<Record<string, OptionValue>>> {
  readonly definition: CommandDefinition;
  /** Shown by /help: a typical use. */
  readonly example: string;
  /** May return a promise: an answer may wait for a store. Dispatch awaits either way. */
  readonly handle: (options: O, ctx: CommandContext) => Answer | Promise<Answer>;
  readonly autocomplete?: (
    focused: FocusedOption,
    options: O,
    ctx: CommandContext,
  ) => readonly Choice[] | Promise<readonly Choice[]>;
}

/**
 * Declares a command. The definition keeps its literal type so `handle` gets typed options;
 * dispatch validates options against the same definition before calling it.
 */
export function defineCommand<const D extends RESTPostAPIChatInputApplicationCommandsJSONBody>(
  definition: D,
  parts: Omit<CommandModule<OptionsOf<D>>, "definition">,
): CommandModule {
  // Dispatch checks every option against `definition` before calling, so the record it passes
  // has the shape OptionsOf<D> describes; this is the one place that trusts that check.
  const typed = (options: Readonly<Record<string, OptionValue>>): OptionsOf<D> =>
    options as OptionsOf<D>;
  const { handle, autocomplete, example } = parts;
  return {
    definition,
    example,
    handle: (options, ctx) => handle(typed(options), ctx),
    ...(autocomplete && {
      autocomplete: (focused, options, ctx) => autocomplete(focused, typed(options), ctx),
    }),
  };
}

/** What a command about one whole article passes on: the article asked for, if any. */
export interface ArticleOptions {
  readonly article: string | undefined;
}

/**
 * Declares a command whose only options are `article` and `public` (/summary, /source,
 * /perspectives, /discuss): the definition, article autocomplete and handler are the same shape.
 */
export function defineArticleCommand(parts: {
  readonly name: string;
  readonly description: string;
  readonly example: string;
  readonly answer: (kb: KnowledgeBase, options: ArticleOptions) => Answer | Promise<Answer>;
}): CommandModule {
  const { name, description, example, answer } = parts;
  return defineCommand(
    {
      type: ApplicationCommandType.ChatInput,
      name,
      description,
      options: [ARTICLE_OPTION, PUBLIC_OPTION],
    } as const,
    {
      example,
      handle: (options, { kb }) => answer(kb, { article: options.article }),
      autocomplete: (focused, _options, { kb }) => suggestArticles(kb, focused.value),
    },
  );
}

/** Options a message context-menu command receives: the text of the message it was used on. */
export interface MessageCommandOptions {
  readonly text: string;
}

/** Declares a message context-menu command ("Check against articles"). */
export function defineMessageCommand(
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody & {
    type: ApplicationCommandType.Message;
  },
  parts: Omit<CommandModule<MessageCommandOptions>, "definition" | "autocomplete">,
): CommandModule {
  const { handle, example } = parts;
  return {
    definition,
    example,
    handle: (options, ctx) => handle({ text: String(options["text"] ?? "") }, ctx),
  };
}
