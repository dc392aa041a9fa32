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
