/**
 * /library and "Add to library" through planInteraction, over a real SQLite store and pages served
 * on 127.0.0.1: deferred private reply edited into what was read, modal paste, list, remove with a
 * confirm button only the asker or a Manage Server member may press, one line per refusal.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerLibraries } from "../../src/app/library/server-libraries.ts";
import { createDispatcher } from "../../src/interactions/dispatch.ts";
import type { InteractionPlan } from "../../src/interactions/interaction-plan.ts";
import { planInteraction } from "../../src/interactions/plan-interaction.ts";
import { DEFAULT_QUOTAS, type ArticleStore } from "../../src/store/article-store.ts";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";
import { openLibraries, PASTED, serveNewsPages } from "../app/library/library-contract.ts";
import { sendHtml, startPageServer, type PageServer } from "../fetch/page-server.ts";
import { buildMember, buildUser } from "../support/fake-discord/entities.ts";
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMessageCommandInteraction,
  buildModalSubmitInteraction,
} from "../support/fake-discord/interactions.ts";
import { buildMessage } from "../support/fake-discord/entities.ts";

const GUILD = "700000000000000001";
const OTHER = "700000000000000002";
let folder = "";
let pages: PageServer;
let store: ArticleStore;
let libraries: ServerLibraries;
let sequence = 0;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "roundtable-library-flow-"));
  pages = await startPageServer(
    Object.fromEntries(Object.entries(serveNewsPages()).map(([r, html]) => [r, sendHtml(html)])),
  );
  store = openSqliteStore({ file: path.join(folder, "l.sqlite"), quotas: DEFAULT_QUOTAS });
  libraries = openLibraries(store);
});
afterAll(async () => {
  libraries.close();
  await store.close();
  await pages.close();
  await rm(folder, { recursive: true, force: true });
});

const context = (guildId = GUILD) => ({ id: `1600000000000000${++sequence}`, token: "t", guildId });
const plan = (interaction: APIInteraction) =>
  planInteraction(interaction, {
    dispatch: createDispatcher(libraries.knowledgeFor),
    library: libraries,
  });

/** Runs the follow-up and returns what the deferred reply was edited into. */
async function edited(planned: InteractionPlan) {
  const edits: RESTPatchAPIWebhookWithTokenMessageJSONBody[] = [];
  await planned.followUp?.({
    countPins: () => Promise.resolve(0),
    pinMessage: () => Promise.resolve(),
    editOriginal: (body) => {
      edits.push(body);
      return Promise.resolve();
    },
    followUp: () => Promise.resolve(),
    startThread: () => Promise.resolve("0"),
    createMessage: () => Promise.resolve("0"),
    editMessage: async () => undefined,
  });
  return edits;
}

function libraryCommand(
  sub: string,
  options: { name: string; type: number; value: string; focused?: boolean }[],
  guildId = GUILD,
) {
  const interaction = buildChatInputInteraction(context(guildId), "library");
  return {
    ...interaction,
    data: {
      ...interaction.data,
      options: [{ type: ApplicationCommandOptionType.Subcommand, name: sub, options }],
      resolved: {
        attachments: {
          "900": {
            id: "900",
            filename: "strike.html",
            size: 1,
            url: `${pages.origin}/strike.html`,
            proxy_url: "",
          },
        },
      },
    },
  } as APIInteraction;
}

describe("/library add", () => {
  it("defers privately, then edits the reply into what was read with an Open /summary button", async () => {
    const planned = await plan(
      libraryCommand("add", [{ name: "url", type: 3, value: `${pages.origin}/bridge` }]),
    );
    expect(planned.response).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const [reply] = await edited(planned);
    const text = JSON.stringify(reply);
    expect(text).toMatch(/Added: .*bridge/iu);
    expect(text).toMatch(/Lena Ortiz.*quoted/u);
    expect(text).toMatch(/Open \/summary/u);
    const button = reply?.components?.[0];
    const id = JSON.stringify(button).match(/"custom_id":"([^"]+)"/u)?.[1] ?? "";
    const opened = await plan(
      buildButtonInteraction(
        context(),
        id,
        buildMessage({
          id: "1",
          channelId: "2",
          author: buildUser("3", "bot"),
          body: { content: "" },
        }),
      ),
    );
    expect(opened.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(JSON.stringify(opened.response)).toMatch(/Elm Street bridge/u);
  });

  it("reads an attachment from the interaction's resolved attachments", async () => {
    const [reply] = await edited(
      await plan(libraryCommand("add", [{ name: "file", type: 11, value: "900" }])),
    );
    expect(JSON.stringify(reply)).toMatch(/Article id: bridge-reopens-riverside-courier/u);
    const summary = buildChatInputInteraction(context(), "summary", [
      { name: "article", type: 3, value: "bridge-reopens-riverside-courier" },
    ]);
    expect(JSON.stringify((await plan(summary)).response)).toMatch(/Ferry crews/u);
  });

  it("says which article a duplicate already is, in one private line", async () => {
    const [reply] = await edited(
      await plan(
        libraryCommand("add", [
          { name: "url", type: 3, value: `${pages.origin}/bridge?utm_source=x` },
        ]),
      ),
    );
    expect(reply?.content).toMatch(/^⚠️ Already in this server's library as elm-street/u);
  });

  it("refuses an unreachable page in one line", async () => {
    const [reply] = await edited(
      await plan(
        libraryCommand("add", [{ name: "url", type: 3, value: `${pages.origin}/missing` }]),
      ),
    );
    expect(reply?.content).toMatch(/^⚠️ .+/u);
    expect(reply?.embeds).toBeUndefined();
  });

  it("opens a modal of five 4,000-character boxes with neither, and adds the pasted text joined in order", async () => {
    const planned = await plan(libraryCommand("add", []));
    expect(planned.response.type).toBe(InteractionResponseType.Modal);
    const modal = JSON.stringify(planned.response);
    expect(modal.match(/"max_length":4000/gu)).toHaveLength(5);
    expect(modal).toMatch(/Part 1 of 5 \(4,000 characters\)/u);
    const half = PASTED.indexOf("Students");
    const submit = buildModalSubmitInteraction(context(), "rt1:ladd", {
      part1: PASTED.slice(0, half),
      part2: PASTED.slice(half),
    });
    const [reply] = await edited(await plan(submit));
    expect(JSON.stringify(reply)).toMatch(/Omar Haddad/u);
    const who = buildChatInputInteraction(context(), "who", [
      { name: "name", type: 3, value: "Omar Haddad" },
    ]);
    expect(JSON.stringify((await plan(who)).response)).toMatch(/quiet space/u);
    const elsewhere = buildChatInputInteraction(context(OTHER), "who", [
      { name: "name", type: 3, value: "Omar Haddad" },
    ]);
    expect(JSON.stringify((await plan(elsewhere)).response)).not.toMatch(/quiet space/u);
  });

  it("adds from a message's link with Add to library, and refuses a message with none", async () => {
    const menu = buildMessageCommandInteraction(context(OTHER), "Add to library", {
      messageId: "1700000000000000001",
      content: `read this <${pages.origin}/strike.html>`,
    });
    const [reply] = await edited(await plan(menu));
    expect(JSON.stringify(reply)).toMatch(/Article id: bridge-reopens-riverside-courier/u);
    const none = buildMessageCommandInteraction(context(OTHER), "Add to library", {
      messageId: "1700000000000000002",
      content: "no link here",
    });
    expect(JSON.stringify((await plan(none)).response)).toMatch(/no link and no \.txt/u);
  });
});

describe("/library list and remove", () => {
  it("lists this server's articles, newest first, with who added each", async () => {
    const text = JSON.stringify((await plan(libraryCommand("list", []))).response);
    expect(text).toMatch(/3 articles/u);
    expect(text.indexOf("library-hours")).toBeLessThan(text.indexOf("elm-street"));
    expect(text).toMatch(/added by <@\d+> on \d{4}-\d\d-\d\d/u);
  });

  it("autocompletes this server's own articles only", async () => {
    const typing = buildAutocompleteInteraction(context(OTHER), "library", []);
    const interaction = {
      ...typing,
      data: {
        ...typing.data,
        options: [
          {
            type: 1,
            name: "remove",
            options: [{ type: 3, name: "article", value: "", focused: true }],
          },
        ],
      },
    } as APIInteraction;
    const choices = JSON.stringify((await plan(interaction)).response);
    expect(choices).toMatch(/bridge-reopens-riverside-courier/u);
    expect(choices).not.toMatch(/elm-street|library-hours/u);
  });

  /** Asks to remove an article: the confirm button's id, and the message it is on. */
  async function askToRemove(articleId: string) {
    const command = libraryCommand("remove", [{ name: "article", type: 3, value: articleId }]);
    const asked = await plan(command);
    const removeId = JSON.stringify(asked.response).match(/"custom_id":"(rt1:lrm:[^"]+)"/u)?.[1];
    expect(removeId).toBeDefined();
    // The reply is made as the command is answered: its id is the command's, near enough.
    const target = buildMessage({
      id: command.id,
      channelId: "2",
      author: buildUser("3", "bot"),
      body: { content: "" },
    });
    return { removeId: removeId ?? "", target };
  }

  it("asks to confirm; refuses another member without Manage Server; removes for the asker", async () => {
    const { removeId, target } = await askToRemove("library-hours-extended");
    const stranger = {
      ...buildButtonInteraction(context(), removeId, target),
      member: buildMember(buildUser("1800000000000000009", "other"), "0"),
    };
    expect(JSON.stringify((await plan(stranger)).response)).toMatch(/Only the member who asked/u);
    const confirmed = await plan(buildButtonInteraction(context(), removeId, target));
    expect(JSON.stringify(confirmed.response)).toMatch(/Removed/u);
    const who = buildChatInputInteraction(context(), "who", [
      { name: "name", type: 3, value: "Omar Haddad" },
    ]);
    expect(JSON.stringify((await plan(who)).response)).not.toMatch(/quiet space/u);
  });

  it("lets a confirmation expire after 15 minutes, on Discord's clock (the ids)", async () => {
    const { removeId, target } = await askToRemove("bridge-reopens-riverside-courier");
    const later = (minutes: number) =>
      String(((BigInt(target.id) >> 22n) + BigInt(minutes * 60_000)) << 22n);
    const late = { ...buildButtonInteraction(context(), removeId, target), id: later(16) };
    const expired = JSON.stringify((await plan(late)).response);
    expect(expired).toMatch(/expired after 15 minutes: nothing was removed/u);
    expect(expired).toMatch(/"components":\[\]/u);
    const listing = JSON.stringify((await plan(libraryCommand("list", []))).response);
    expect(listing).toMatch(/bridge-reopens-riverside-courier/u);
    const inTime = { ...buildButtonInteraction(context(), removeId, target), id: later(14) };
    expect(JSON.stringify((await plan(inTime)).response)).toMatch(/Removed/u);
  });

  it("refuses to remove an article the server did not add", async () => {
    const other = JSON.stringify(
      (
        await plan(
          libraryCommand(
            "remove",
            [{ name: "article", type: 3, value: "elm-street-bridge-reopens-after-eight-months" }],
            OTHER,
          ),
        )
      ).response,
    );
    expect(other).toMatch(/This server added no article/u);
  });
});
