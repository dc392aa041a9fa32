/**
 * A moderator builds a server's library through the real bot process against the fake Discord:
 * a URL and an .html attachment served on 127.0.0.1, and pasted text through the modal. Each is
 * answerable by /who in that server only, survives a restart, and leaves through the confirm
 * button, which another member without Manage Server cannot press. Run on SQLite and PostgreSQL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApplicationCommandOptionType, type APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASTED, serveNewsPages } from "../app/library/library-contract.ts";
import { sendHtml, startPageServer, type PageServer } from "../fetch/page-server.ts";
import {
  buildButtonInteraction,
  buildChatInputInteraction,
  buildMember,
  buildMessage,
  buildModalSubmitInteraction,
  buildUser,
  NO_PERMISSIONS,
  startFakeDiscord,
  type FakeDiscord,
} from "../support/fake-discord/index.ts";
import { spawnBot, type RunningBot } from "../support/spawn-bot.ts";

const TOKEN = "token-for-library-tests";
const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));
const OTHER_GUILD = "1200000000000000077";
/** Where the store lives: extra environment for the bot, set up before it starts. */
export interface StoreBackend {
  readonly name: string;
  readonly setUp: () => Promise<Record<string, string>>;
  readonly tearDown: () => Promise<void>;
}

let storeEnv: Record<string, string> = {};
let fake: FakeDiscord;
let pages: PageServer;
let bot: RunningBot;
let dataDir = "";
let sequence = 0;

function start(): RunningBot {
  return spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: KNOWLEDGE,
    DATA_DIR: dataDir,
    ALLOW_PRIVATE_URLS: "1",
    LOG_LEVEL: "info",
    ...storeEnv,
  });
}

export function describeBotLibrary(backend: StoreBackend): void {
  beforeAll(async () => {
    storeEnv = await backend.setUp();
    dataDir = await mkdtemp(path.join(tmpdir(), "roundtable-e2e-library-"));
    pages = await startPageServer(
      Object.fromEntries(Object.entries(serveNewsPages()).map(([r, html]) => [r, sendHtml(html)])),
    );
    fake = await startFakeDiscord({ token: TOKEN });
    bot = start();
    await bot.waitFor(/connected to Discord/);
  }, 90_000);

  afterAll(async () => {
    await bot.stop();
    await fake.close();
    await pages.close();
    await rm(dataDir, { recursive: true, force: true });
    await backend.tearDown();
  }, 30_000);

  function nextContext(guildId?: string) {
    sequence += 1;
    const id = `18000000000000000${String(sequence).padStart(2, "0")}`;
    return { id, token: `library-token-${sequence}`, ...(guildId && { guildId }) };
  }

  type Body = { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;

  async function callback(id: string): Promise<Body> {
    const found = await fake.waitForRequest(
      (r) => r.method === "POST" && r.route.startsWith(`/interactions/${id}/`),
      10_000,
    );
    return found.body as Body;
  }

  /** What the deferred reply was edited into. */
  async function edit(token: string): Promise<Body> {
    const found = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/messages/`),
      15_000,
    );
    return found.body as Body;
  }

  function library(
    context: ReturnType<typeof nextContext>,
    sub: string,
    options: { name: string; type: number; value: string }[],
  ): APIInteraction {
    const base = buildChatInputInteraction(context, "library");
    const attachments = {
      "1900000000000000001": {
        id: "1900000000000000001",
        filename: "strike.html",
        size: 2000,
        url: `${pages.origin}/strike.html`,
        proxy_url: `${pages.origin}/strike.html`,
      },
    };
    return {
      ...base,
      data: { ...base.data, options: [{ type: 1, name: sub, options }], resolved: { attachments } },
    } as APIInteraction;
  }

  async function ask(command: string, option: string, value: string, guildId?: string) {
    const context = nextContext(guildId);
    await fake.dispatchInteraction(
      buildChatInputInteraction(context, command, [
        { name: option, type: ApplicationCommandOptionType.String, value },
      ]),
    );
    return JSON.stringify(await callback(context.id));
  }
  const who = (name: string, guildId?: string) => ask("who", "name", name, guildId);
  const quote = (speaker: string, guildId?: string) => ask("quote", "speaker", speaker, guildId);

  /** The bot's reply to the interaction `id`, made as it was answered (so its id is near). */
  const botMessage = (data: Record<string, unknown> | undefined, id: string) =>
    buildMessage({
      id,
      channelId: "1300000000000000001",
      author: buildUser(fake.state.applicationId, "Roundtable", true),
      body: data,
    });

  describe(`a server's library through the bot process (${backend.name})`, () => {
    it("adds a URL: a private deferred reply, edited into what was read", async () => {
      const context = nextContext();
      await fake.dispatchInteraction(
        library(context, "add", [{ name: "url", type: 3, value: `${pages.origin}/bridge` }]),
      );
      expect(await callback(context.id)).toMatchObject({ type: 5, data: { flags: 64 } });
      const reply = JSON.stringify(await edit(context.token));
      expect(reply).toMatch(/Added: /u);
      expect(reply).toMatch(/Lena Ortiz.{0,40}quoted/u);
      expect(reply).toMatch(/Open \/summary/u);
    });

    it("adds an .html attachment from its Discord URL", async () => {
      const context = nextContext();
      await fake.dispatchInteraction(
        library(context, "add", [{ name: "file", type: 11, value: "1900000000000000001" }]),
      );
      await callback(context.id);
      expect(JSON.stringify(await edit(context.token))).toMatch(/Article id: bridge-reopens/u);
    });

    it("adds pasted text through the modal", async () => {
      const context = nextContext();
      await fake.dispatchInteraction(library(context, "add", []));
      const modal = await callback(context.id);
      expect(modal.type).toBe(9);
      const submit = nextContext();
      const half = PASTED.indexOf("Students");
      await fake.dispatchInteraction(
        buildModalSubmitInteraction(submit, String(modal.data?.["custom_id"]), {
          part1: PASTED.slice(0, half),
          part2: PASTED.slice(half),
        }),
      );
      await callback(submit.id);
      expect(JSON.stringify(await edit(submit.token))).toMatch(/Omar Haddad/u);
    });

    it("answers /who and /quote from the added articles in that server only", async () => {
      expect(await who("Omar Haddad")).toMatch(/quiet space/u);
      expect(await who("Lena Ortiz")).toMatch(/glad to have it back/u);
      expect(await quote("Lena Ortiz")).toMatch(/glad to have it back/u);
      expect(await who("Omar Haddad", OTHER_GUILD)).not.toMatch(/quiet space/u);
      expect(await quote("Lena Ortiz", OTHER_GUILD)).not.toMatch(/glad to have it back/u);
    });

    it("keeps them across a restart of the bot process", async () => {
      await bot.stop();
      bot = start();
      await bot.waitFor(/connected to Discord/);
      expect(await who("Omar Haddad")).toMatch(/quiet space/u);
    }, 40_000);

    it("removes through the confirm button, which another member cannot press", async () => {
      const context = nextContext();
      await fake.dispatchInteraction(
        library(context, "remove", [{ name: "article", type: 3, value: "library-hours-extended" }]),
      );
      const confirm = await callback(context.id);
      const ids = JSON.stringify(confirm).match(/rt1:lrm:[^"]+/u);
      const removeId = ids?.[0] ?? "";
      expect(removeId).not.toBe("");
      const stranger = nextContext();
      await fake.dispatchInteraction({
        ...buildButtonInteraction(stranger, removeId, botMessage(confirm.data, context.id)),
        member: buildMember(buildUser("1400000000000000055", "member"), NO_PERMISSIONS),
      });
      expect(JSON.stringify(await callback(stranger.id))).toMatch(/Only the member who asked/u);
      expect(await who("Omar Haddad")).toMatch(/quiet space/u);
      const asker = nextContext();
      await fake.dispatchInteraction(
        buildButtonInteraction(asker, removeId, botMessage(confirm.data, context.id)),
      );
      expect(JSON.stringify(await callback(asker.id))).toMatch(/Removed/u);
      expect(await who("Omar Haddad")).not.toMatch(/quiet space/u);
    });
  });
}
