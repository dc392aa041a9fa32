import { describe, expect, it } from "vitest";
import { buildBridgeKb } from "../support/fixture-kb.ts";
import { allItems, ask, runCommand } from "../support/run-command.ts";

describe("Check against articles", () => {
  const kb = buildBridgeKb();

  it("finds the passage a message agrees with", async () => {
    const answer = await ask(kb, "Check against articles", {
      text: "the council voted to close the harbor bridge",
    });
    expect(answer.sections[0]?.heading).toBe("Passages on the same point");
    expect(allItems(answer)[0]?.citations[0]?.n).toBe(2);
  });

  it("flags a passage whose negation differs", async () => {
    const answer = await ask(kb, "check-against-articles", {
      text: "the council never voted to close the harbor bridge",
    });
    expect(answer.sections.map((s) => s.tone)).toContain("opposes");
  });

  it("says so when nothing in the articles speaks to the message", async () => {
    expect(
      (await ask(kb, "check-against-articles", { text: "quantum chromodynamics lattice" })).hint,
    ).toBe("No passage in the articles speaks to this message.");
  });

  it("needs the message text", async () => {
    expect(await runCommand(kb, "Check against articles", {})).toMatchObject({
      kind: "user-error",
      code: "bad-options",
    });
    expect(await runCommand(kb, "Check against articles", { text: "!!!" })).toMatchObject({
      kind: "user-error",
    });
  });
});
