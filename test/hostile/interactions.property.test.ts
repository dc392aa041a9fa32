/**
 * Property tests over the whole interaction path (payload → dispatch → render): whatever a user
 * or a tampered payload sends, the reply stays within Discord's limits and pings no one.
 */
import fc from "fast-check";
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { analyzeArticle } from "../../src/extract/analyze-article.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import { planInteraction } from "../../src/interactions/plan-interaction.ts";
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessage,
  buildModalSubmitInteraction,
  buildUser,
} from "../support/fake-discord/index.ts";
import { hostileText } from "../render/arbitraries.ts";
import { expectNoRawMention, expectWithinDiscordLimits } from "../render/discord-checks.ts";

const HOSTILE_ARTICLE = [
  "Hostile @everyone <@123456789012345678> Article",
  "",
  "By @here Mallory",
  "",
  "The **council** voted on Tuesday, said <@&987654321098765432> in a ||spoiler|| with [a link](http://evil.example) and ```code fences```.",
  "",
  "“We will never comply with @everyone,” Mayor Eve Example said.",
  "",
  "“This quote never closes, said nobody",
].join("\n");

const ingested = ingestArticle("hostile.txt", new TextEncoder().encode(HOSTILE_ARTICLE));
if (!ingested.ok) throw new Error(ingested.error.message);
const kb = buildKnowledgeBase([
  { article: ingested.value, analysis: analyzeArticle(ingested.value) },
]);
const dispatch = createDispatcher(kb);
const NAMES = COMMANDS.map((c) => c.definition.name);
const OPTION_NAMES = [
  "name",
  "speaker",
  "about",
  "article",
  "actor",
  "query",
  "public",
  "text",
  "bogus",
];
const context = { id: "1700000000000000001", token: "t" };

function expectSafe(response: APIInteractionResponse): void {
  if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
    const choices = response.data.choices ?? [];
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
    return;
  }
  if (
    response.type === InteractionResponseType.ChannelMessageWithSource ||
    response.type === InteractionResponseType.UpdateMessage
  ) {
    const data = response.data as APIInteractionResponseCallbackData;
    expectWithinDiscordLimits(data);
    expectNoRawMention(data);
  }
}

const optionArbitrary = fc.record({
  name: fc.constantFrom(...OPTION_NAMES),
  value: fc.oneof(
    hostileText(),
    fc.string({ maxLength: 6000 }),
    fc.constantFrom("^", "!", "=", "'", "|", "'\"", ""),
  ),
});

describe("any interaction gets a safe reply", () => {
  it("slash commands with hostile option values", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES, "nosuch"),
        fc.array(optionArbitrary, { maxLength: 4 }),
        async (name, options) => {
          const unique = [...new Map(options.map((o) => [o.name, o])).values()];
          const interaction = buildChatInputInteraction(
            context,
            name,
            unique.map((o) => ({
              name: o.name,
              type: ApplicationCommandOptionType.String,
              value: o.value,
            })),
          );
          expectSafe((await planInteraction(interaction, { dispatch })).response);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("autocomplete for any option, including ones that do not exist", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...OPTION_NAMES),
        hostileText(),
        async (name, option, value) => {
          const interaction = buildAutocompleteInteraction(context, name, [
            { name: option, type: ApplicationCommandOptionType.String, value, focused: true },
          ]);
          const { response } = await planInteraction(interaction, { dispatch });
          expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
          expectSafe(response);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("buttons with any custom id, from this version, an older one, or none at all", async () => {
    const message = buildMessage({
      id: "1",
      channelId: "2",
      author: buildUser("3", "bot", true),
      body: { content: "x" },
    });
    const ids = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ maxLength: 90 }).map((s) => `rt1:page:2:${s}`),
      fc.string({ maxLength: 90 }).map((s) => `rt1:pin:${s}`),
      fc.constantFrom(
        "rt0:page:1:who",
        "page:1:who",
        "rt1:page:0:who",
        "rt1:page:2:who&name=%E0%A4%A",
        "rt1:edit:",
        "rt1:page:999999:search&query=bridge",
      ),
    );
    await fc.assert(
      fc.asyncProperty(ids, async (customId) => {
        const { response } = await planInteraction(
          buildButtonInteraction(context, customId, message),
          {
            dispatch,
          },
        );
        expectSafe(response);
      }),
      { numRuns: 300 },
    );
  });

  it("a modal submit with the summary field missing is refused privately", async () => {
    const { response } = await planInteraction(
      buildModalSubmitInteraction(context, "rt1:edit:hostile", { other: "text" }),
      { dispatch },
    );
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = (response as { data: APIInteractionResponseCallbackData }).data;
    expect(data.flags).toBe(MessageFlags.Ephemeral);
  });

  it("renders the hostile article's own text escaped, in every command", async () => {
    for (const name of NAMES) {
      const interaction = buildChatInputInteraction(
        context,
        name,
        name === "search"
          ? [{ name: "query", type: ApplicationCommandOptionType.String, value: "council spoiler" }]
          : [],
      );
      expectSafe((await planInteraction(interaction, { dispatch })).response);
    }
  });
});
