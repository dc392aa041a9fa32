/**
 * Every interaction answers from the library of the server it came from: a server's article is
 * never seen, searched, autocompleted or cited from another server or a DM, whether asked by
 * name, by a typed article id, or through a forged page button.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerLibraries } from "../../../src/app/library/server-libraries.ts";
import { createDispatcher } from "../../../src/interactions/dispatch.ts";
import { planInteraction } from "../../../src/interactions/plan-interaction.ts";
import { encodePageKey } from "../../../src/interactions/page-key.ts";
import { formatCustomId } from "../../../src/render/custom-id.ts";
import { DEFAULT_QUOTAS } from "../../../src/store/article-store.ts";
import type { ArticleStore } from "../../../src/store/article-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildChatInputInteraction,
} from "../../support/fake-discord/interactions.ts";
import { buildMessage, buildUser } from "../../support/fake-discord/entities.ts";
import { openLibraries, PASTED } from "./library-contract.ts";

const OWNER = "1200000000000000001";
const STRANGER = "1200000000000000002";
let folder = "";
let store: ArticleStore;
let libraries: ServerLibraries;
let articleId = "";

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-guilds-"));
  store = openSqliteStore({ file: path.join(folder, "library.sqlite"), quotas: DEFAULT_QUOTAS });
  libraries = openLibraries(store);
  const added = await libraries.add(OWNER, "1400000000000000001", { kind: "text", text: PASTED });
  if (added.kind !== "added") throw new Error(added.kind);
  articleId = added.entry.article.id;
});
afterAll(async () => {
  libraries.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

const plan = (interaction: APIInteraction) =>
  planInteraction(interaction, { dispatch: createDispatcher(libraries.knowledgeFor) });

/** A DM: no guild id, a user instead of a member. */
function inDirectMessage<T extends { guild_id?: string }>(interaction: T): T {
  const copy = { ...interaction };
  delete copy.guild_id;
  return copy;
}

const who = (guildId: string) =>
  buildChatInputInteraction({ id: "1500000000000000001", token: "t", guildId }, "who", [
    { name: "name", type: ApplicationCommandOptionType.String, value: "Omar Haddad" },
  ]);

describe("answers come from the asking server's library", () => {
  it("answers /who from the server that added the article", async () => {
    expect(JSON.stringify((await plan(who(OWNER))).response)).toMatch(/quiet space/u);
  });

  it.each([
    ["another server", () => who(STRANGER)],
    ["a DM", () => inDirectMessage(who(OWNER))],
  ])("never shows it to %s by name", async (_where, build) => {
    expect(JSON.stringify((await plan(build())).response)).not.toMatch(/quiet space|Haddad said/u);
  });

  it("never autocompletes it in another server", async () => {
    const typing = (guildId: string) =>
      buildAutocompleteInteraction({ id: "1500000000000000002", token: "t", guildId }, "who", [
        { name: "name", type: ApplicationCommandOptionType.String, value: "Hadd", focused: true },
      ]);
    expect(JSON.stringify((await plan(typing(OWNER))).response)).toMatch(/Haddad/u);
    expect(JSON.stringify((await plan(typing(STRANGER))).response)).not.toMatch(/Haddad/u);
  });

  it("never cites it in another server for an article id typed by hand", async () => {
    const summary = buildChatInputInteraction(
      { id: "1500000000000000003", token: "t", guildId: STRANGER },
      "summary",
      [{ name: "article", type: ApplicationCommandOptionType.String, value: articleId }],
    );
    const text = JSON.stringify((await plan(summary)).response);
    expect(text).not.toMatch(/quiet space|Library hours/u);
  });

  it("never shows it through a page button forged in another server", async () => {
    const pageKey = encodePageKey({
      name: "quote",
      options: { speaker: "Omar Haddad", article: articleId },
    });
    const customId = formatCustomId({ kind: "page", page: 1, pageKey });
    if (!customId.ok) throw new Error(customId.error);
    const message = buildMessage({
      id: "1600000000000000001",
      channelId: "1300000000000000001",
      author: buildUser("1100000000000000001", "bot", true),
      body: {},
    });
    const press = (guildId: string) =>
      buildButtonInteraction(
        { id: "1500000000000000004", token: "t", guildId },
        customId.value,
        message,
      );
    expect(JSON.stringify((await plan(press(OWNER))).response)).toMatch(/quiet space/u);
    expect(JSON.stringify((await plan(press(STRANGER))).response)).not.toMatch(/quiet space/u);
  });
});
