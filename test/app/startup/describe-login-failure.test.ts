import { describe, expect, it } from "vitest";
import { describeLoginFailure } from "../../../src/app/startup/start-gateway.ts";

const REFUSED =
  "Discord refused the token (DISCORD_TOKEN): check the bot token in the Developer Portal";

describe("describeLoginFailure", () => {
  it.each([
    ["discord.js TokenInvalid", { code: "TokenInvalid" }],
    ["a REST 401 from GET /gateway/bot", { status: 401, code: 0, message: "401: Unauthorized" }],
    ["the gateway closing with 4004", { code: 4004 }],
  ])("says Discord refused the token on %s", (_case, error) => {
    expect(describeLoginFailure(error)).toBe(REFUSED);
  });

  it("names a network problem by its code, and only then", () => {
    expect(describeLoginFailure({ code: "ECONNREFUSED" })).toBe(
      "could not connect to Discord (ECONNREFUSED)",
    );
    expect(describeLoginFailure(new Error("socket hang up"))).toBe(
      "could not connect to Discord (network error)",
    );
  });
});
