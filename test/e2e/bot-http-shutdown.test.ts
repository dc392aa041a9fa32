/** HTTP mode stops on SIGTERM even while clients hold connections open (issue 13 #8). */
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.ts";
import { createTestKeys } from "../transports/signing.ts";

const KNOWLEDGE = fileURLToPath(new URL("../fixtures/e2e-knowledge", import.meta.url));

it("exits 0 within 10 s of SIGTERM while one client idles and another sends half a request", async () => {
  const bot = spawnBot(
    { DISCORD_PUBLIC_KEY: createTestKeys().publicKeyHex, KNOWLEDGE_DIR: KNOWLEDGE, PORT: "0" },
    ["--http"],
  );
  await bot.waitFor(/listening for Discord interactions/);
  const port = Number(/"url":"http:\/\/[^:]+:(\d+)"/.exec(bot.output())?.[1] ?? "0");
  const idle = connect(port, "127.0.0.1");
  const halfSent = connect(port, "127.0.0.1");
  for (const socket of [idle, halfSent]) {
    socket.on("error", () => undefined);
    await new Promise<void>((resolve) => socket.once("connect", resolve));
  }
  halfSent.write("POST /interactions HTTP/1.1\r\nHost: x\r\n");
  const started = performance.now();
  const code = await bot.stop("SIGTERM");
  expect(code).toBe(0);
  expect(performance.now() - started).toBeLessThan(10_000);
}, 30_000);
