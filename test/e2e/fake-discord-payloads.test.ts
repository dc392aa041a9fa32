/**
 * Checks that every payload builder of the fake yields an interaction discord.js accepts and can
 * answer, so adapter tests fail on the adapter, not on a malformed fake payload.
 */
import { Client, Events, GatewayIntentBits, PermissionFlagsBits } from "discord.js";
import type { Interaction } from "discord.js";
import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  NO_PERMISSIONS,
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildMessage,
  buildMessageCommandInteraction,
  buildModalSubmitInteraction,
  buildUser,
  startFakeDiscord,
} from "../support/fake-discord/index.ts";
import type { FakeDiscord } from "../support/fake-discord/index.ts";

let fake: FakeDiscord;
let client: Client;

/** Echoes what discord.js understood of each interaction back through a real response. */
async function echoInteraction(interaction: Interaction): Promise<void> {
  const allowedMentions = { parse: [] };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond([{ name: `${focused.name}=${focused.value}`, value: focused.value }]);
  } else if (interaction.isButton()) {
    const canPin = interaction.memberPermissions?.has(PermissionFlagsBits.PinMessages) ?? false;
    await interaction.update({
      content: `${interaction.customId} on ${interaction.message.id}; can pin: ${canPin}`,
      allowedMentions,
    });
  } else if (interaction.isModalSubmit()) {
    await interaction.reply({
      content: interaction.fields.getTextInputValue("summary"),
      allowedMentions,
    });
  } else if (interaction.isMessageContextMenuCommand()) {
    await interaction.reply({
      content: `checking: ${interaction.targetMessage.content}`,
      allowedMentions,
    });
  }
}

function callbackBody(id: string): Promise<unknown> {
  return fake
    .waitForRequest(
      (request) => request.method === "POST" && request.route.startsWith(`/interactions/${id}/`),
    )
    .then((request) => request.body);
}

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiUrl, retries: 0, timeout: 2_000 },
  });
  client.on(Events.InteractionCreate, (interaction) => void echoInteraction(interaction));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login("any-token");
  await ready;
});

afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe("fake Discord payloads through discord.js", () => {
  it("acknowledges heartbeats, so discord.js measures a ping", async () => {
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 3_000 });
    expect(fake.gatewayFrames.some((frame) => frame.op === 1)).toBe(true);
  });

  it("autocomplete: the focused option arrives and choices go back as type 8", async () => {
    const id = "1610000000000000001";
    await fake.dispatchInteraction(
      buildAutocompleteInteraction({ id, token: "t1" }, "who", [
        { name: "name", type: 3, value: "Mil", focused: true },
      ]),
    );
    expect(await callbackBody(id)).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: "name=Mil", value: "Mil" }] },
    });
  });

  it("button: custom id, message and member permissions arrive; the update is type 7", async () => {
    const id = "1610000000000000002";
    const message = buildMessage({
      id: "1620000000000000001",
      channelId: "1300000000000000001",
      author: buildUser(fake.state.applicationId, "bot", true),
      body: { content: "summary" },
    });
    await fake.dispatchInteraction(
      buildButtonInteraction(
        { id, token: "t2", memberPermissions: NO_PERMISSIONS },
        "pin:summary",
        message,
      ),
    );
    expect(await callbackBody(id)).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: "pin:summary on 1620000000000000001; can pin: false" },
    });
  });

  it("modal submit: the text input's value arrives", async () => {
    const id = "1610000000000000003";
    await fake.dispatchInteraction(
      buildModalSubmitInteraction({ id, token: "t3" }, "edit-summary", { summary: "Edited text" }),
    );
    expect(await callbackBody(id)).toMatchObject({ type: 4, data: { content: "Edited text" } });
  });

  it("message context menu: the target message's content arrives", async () => {
    const id = "1610000000000000004";
    await fake.dispatchInteraction(
      buildMessageCommandInteraction({ id, token: "t4" }, "Check against articles", {
        messageId: "1620000000000000002",
        content: "The rule took effect in March",
      }),
    );
    expect(await callbackBody(id)).toMatchObject({
      data: { content: "checking: The rule took effect in March" },
    });
  });
});
