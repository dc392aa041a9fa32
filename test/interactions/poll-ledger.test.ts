import { describe, expect, it } from "vitest";
import { createPollLedger, POSTING } from "../../src/interactions/poll-ledger.ts";

describe("the poll ledger", () => {
  it("lets one press claim a reply, and tells later ones the poll is coming, then its link", () => {
    const ledger = createPollLedger();
    expect(ledger.find("m1")).toBeNull();
    expect(ledger.claim("m1")).toBe(true);
    expect(ledger.claim("m1")).toBe(false);
    expect(ledger.find("m1")).toBe(POSTING);
    ledger.record("m1", "https://discord.com/channels/1/2/3");
    expect(ledger.find("m1")).toBe("https://discord.com/channels/1/2/3");
    expect(ledger.claim("m1")).toBe(false);
  });

  it("frees a claim whose poll failed, but never forgets a posted poll on release", () => {
    const ledger = createPollLedger();
    ledger.claim("m1");
    ledger.release("m1");
    expect(ledger.claim("m1")).toBe(true);
    ledger.record("m1", "link");
    ledger.release("m1");
    expect(ledger.find("m1")).toBe("link");
  });

  it("remembers a bounded number of replies, forgetting the oldest", () => {
    const ledger = createPollLedger(2);
    ["a", "b", "c"].forEach((id) => ledger.record(id, `link-${id}`));
    expect(["a", "b", "c"].map((id) => ledger.find(id))).toEqual([null, "link-b", "link-c"]);
  });
});
