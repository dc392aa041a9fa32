/**
 * The strict fake over real HTTP: discord.js's REST client sends bodies Discord would refuse and
 * gets Discord's 400 "Invalid Form Body" back, so the end-to-end tests cannot pass vacuously.
 */
import { DiscordAPIError, REST, Routes } from "discord.js";
import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord } from "../support/fake-discord/index.ts";
import type { FakeDiscord } from "../support/fake-discord/index.ts";

const TOKEN = "token-for-strict-tests";
const APPLICATION_ID = "1100000000000000001";
let fake: FakeDiscord;
let rest: REST;

async function refusalOf(request: Promise<unknown>): Promise<DiscordAPIError> {
  const [outcome] = await Promise.allSettled([request]);
  if (outcome.status === "fulfilled") throw new Error("the fake accepted a body Discord refuses");
  expect(outcome.reason).toBeInstanceOf(DiscordAPIError);
  return outcome.reason as DiscordAPIError;
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 2_000 }).setToken(TOKEN);
});

afterAll(async () => {
  await fake.close();
});

describe("the strict fake Discord over HTTP", () => {
  it("refuses an embed title over 256 with Discord's error shape, and records the refusal", async () => {
    const route = Routes.interactionCallback("1700000000000000101", "token-101");
    const body = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { embeds: [{ title: "t".repeat(257) }], allowed_mentions: { parse: [] } },
    };
    const error = await refusalOf(rest.post(route, { body, auth: false }));
    expect(error.status).toBe(400);
    expect(error.code).toBe(50035);
    expect(error.rawError).toEqual({
      code: 50035,
      message: "Invalid Form Body",
      errors: {
        data: {
          embeds: {
            "0": {
              title: {
                _errors: [
                  { code: "BASE_TYPE_MAX_LENGTH", message: "Must be 256 or fewer in length." },
                ],
              },
            },
          },
        },
      },
    });
    const refusals = fake.takeRefusals();
    expect(refusals.map((refusal) => refusal.reasons)).toEqual([
      ["data.embeds.0.title: BASE_TYPE_MAX_LENGTH Must be 256 or fewer in length."],
    ]);
    expect(fake.refusals).toEqual([]);
  });

  it("leaves a refused interaction unacknowledged, so a valid callback still lands", async () => {
    const route = Routes.interactionCallback("1700000000000000102", "token-102");
    const invalid = { type: InteractionResponseType.ChannelMessageWithSource, data: {} };
    await refusalOf(rest.post(route, { body: invalid, auth: false }));
    expect(fake.takeRefusals()[0]?.reasons).toEqual([
      "data: MESSAGE_EMPTY Cannot send an empty message",
    ]);
    const valid = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: "¶2" },
    };
    await rest.post(route, { body: valid, auth: false });
    const statuses = fake.requests.filter((request) =>
      request.route.startsWith("/interactions/1700000000000000102/"),
    );
    expect(statuses.map((request) => request.status)).toEqual([400, 204]);
  });

  it("reads a follow-up with a file from its payload_json and checks it", async () => {
    const route = Routes.webhook(APPLICATION_ID, "token-103");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const files = [{ name: "timeline.png", data: png, contentType: "image/png" }];
    const attachments = [{ id: 0, description: "d".repeat(1_025) }];
    const error = await refusalOf(
      rest.post(route, { body: { content: "x", attachments }, files, auth: false }),
    );
    expect(error.rawError).toMatchObject({ errors: { attachments: { "0": { description: {} } } } });
    fake.takeRefusals();
    await rest.post(route, {
      body: { attachments: [{ id: 0, description: "A timeline" }] },
      files,
      auth: false,
    });
    const accepted = fake.requests.at(-1);
    expect(accepted?.status).toBe(200);
    expect(accepted?.body).toMatchObject({ attachments: [{ id: 0, description: "A timeline" }] });
    expect(accepted?.files.map((file) => [file.field, file.filename, file.contentType])).toEqual([
      ["files[0]", "timeline.png", "image/png"],
    ]);
    expect(accepted?.files[0]?.bytes.equals(png)).toBe(true);
  });

  it("refuses a command registration with an uppercase chat input name", async () => {
    const route = Routes.applicationGuildCommands(APPLICATION_ID, "1200000000000000001");
    const body = [{ type: 1, name: "Timeline", description: "When things happened" }];
    const error = await refusalOf(rest.put(route, { body }));
    expect(error.rawError).toMatchObject({
      errors: { "0": { name: { _errors: [{ code: "APPLICATION_COMMAND_INVALID_NAME" }] } } },
    });
    fake.takeRefusals();
    expect(fake.state.commands.has("1200000000000000001")).toBe(false);
  });

  it("refuses an edit of the original with 26 fields", async () => {
    const callback = Routes.interactionCallback("1700000000000000104", "token-104");
    await rest.post(callback, {
      body: { type: InteractionResponseType.DeferredChannelMessageWithSource },
      auth: false,
    });
    const fields = Array.from({ length: 26 }, (_, index) => ({ name: `¶${index}`, value: "said" }));
    const edit = rest.patch(Routes.webhookMessage(APPLICATION_ID, "token-104"), {
      body: { embeds: [{ fields }] },
      auth: false,
    });
    const error = await refusalOf(edit);
    expect(error.rawError).toMatchObject({
      errors: { embeds: { "0": { fields: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } },
    });
    fake.takeRefusals();
  });

  it("fails on close while a refusal no test took is left", async () => {
    const other = await startFakeDiscord();
    const response = await fetch(
      `${other.apiUrl}/v10/interactions/1700000000000000105/token-105/callback`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [{ name: "", value: "v" }] },
        }),
      },
    );
    expect(response.status).toBe(400);
    await expect(other.close()).rejects.toThrow(
      /POST \/interactions\/1700000000000000105\/token-105\/callback\n {2}data\.choices\.0\.name: BASE_TYPE_BAD_LENGTH/,
    );
  });
});
