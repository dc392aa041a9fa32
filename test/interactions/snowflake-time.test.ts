import { describe, expect, it } from "vitest";
import { msBetween, snowflakeTime } from "../../src/interactions/snowflake-time.ts";

describe("snowflake time", () => {
  it("reads the time Discord made an id (the example in Discord's reference)", () => {
    expect(snowflakeTime("175928847299117063")).toBe(Date.UTC(2016, 3, 30, 11, 18, 25, 796));
  });

  it("measures between two ids, and refuses what is no id", () => {
    const later = String(((175928847299117063n >> 22n) + 60_000n) << 22n);
    expect(msBetween("175928847299117063", later)).toBe(60_000);
    expect(msBetween("175928847299117063", "not-an-id")).toBeNull();
    expect(snowflakeTime("123456789012345678901")).toBeNull();
  });
});
