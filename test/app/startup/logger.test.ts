import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/app/startup/logger.ts";

function captureLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const lines = (): Record<string, unknown>[] =>
    chunks
      .join("")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines };
}

describe("createLogger", () => {
  it("redacts tokens and authorization headers wherever they are logged", () => {
    const { stream, lines } = captureLines();
    const logger = createLogger({ level: "info", destination: stream });
    logger.info(
      {
        token: "t1",
        discord: { token: "t2" },
        config: { discord: { token: "t3" } },
        headers: { authorization: "Bot t4" },
        request: { headers: { authorization: "Bot t5" } },
      },
      "starting",
    );
    const [line] = lines();
    expect(JSON.stringify(line)).not.toMatch(/t[1-5]"/);
    expect(line).toMatchObject({
      msg: "starting",
      token: "[redacted]",
      discord: { token: "[redacted]" },
      config: { discord: { token: "[redacted]" } },
      headers: { authorization: "[redacted]" },
      request: { headers: { authorization: "[redacted]" } },
    });
  });

  it("drops messages below the configured level and keeps child fields", () => {
    const { stream, lines } = captureLines();
    const logger = createLogger({ level: "warn", destination: stream });
    logger.info("ignored");
    logger.child({ transport: "gateway" }).warn({ interactionId: "1" }, "slow reply");
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 40,
        msg: "slow reply",
        transport: "gateway",
        interactionId: "1",
      }),
    ]);
  });
});

describe("redacting secrets inside strings", () => {
  it("removes interaction tokens from callback and webhook URLs, and known secrets anywhere", () => {
    const { stream, lines } = captureLines();
    const logger = createLogger({
      level: "info",
      destination: stream,
      secrets: ["bot-secret-123456", undefined, "short"],
    });
    const error = Object.assign(
      new Error("POST /api/v10/interactions/17/aW50ZXJhY3Rpb246tok-1/callback failed"),
      { url: "http://127.0.0.1:1/api/v10/webhooks/99/tok-2/messages/@original" },
    );
    logger.error({ err: error, note: "Authorization: Bot bot-secret-123456" }, "reply failed");
    const text = JSON.stringify(lines());
    for (const secret of ["aW50ZXJhY3Rpb246tok-1", "tok-2", "bot-secret-123456"])
      expect(text).not.toContain(secret);
    expect(text).toContain("/interactions/17/[redacted]/callback");
    expect(text).toContain("/webhooks/99/[redacted]/messages/@original");
    expect(text).toContain("Bot [redacted]");
    expect(lines()[0]).toMatchObject({
      msg: "reply failed",
      note: "Authorization: Bot [redacted]",
    });
  });

  it("leaves the endpoint path and ordinary text alone", () => {
    const { stream, lines } = captureLines();
    const logger = createLogger({ level: "info", destination: stream, secrets: ["short"] });
    logger.info({ url: "http://127.0.0.1:8080/interactions", word: "short" }, "listening");
    expect(lines()[0]).toMatchObject({ url: "http://127.0.0.1:8080/interactions", word: "short" });
  });
});
