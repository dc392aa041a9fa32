import { describe, expect, it } from "vitest";
import { buildBridgeKb } from "../support/fixture-kb.ts";
import { allItems, ask, itemText } from "../support/run-command.ts";

describe("/timeline", () => {
  const kb = buildBridgeKb();

  it("orders events by date and explains inferred dates", async () => {
    const items = allItems(await ask(kb, "timeline"));
    expect(items.map(itemText)).toEqual([
      "2021 — The Harbor Engineering Group wrote the report in 2021.",
      "Mar 5, 2024 — The Millbrook town council on Tuesday voted to close the Old Harbor Bridge to cars, citing a safety report. (Tuesday → 2024-03-05, the last Tuesday on or before Fri 2024-03-08)",
    ]);
    expect(items.map((i) => i.citations[0]?.n)).toEqual([6, 2]);
  });

  it("filters by actor", async () => {
    const items = allItems(await ask(kb, "timeline", { actor: "Harbor Engineering" }));
    expect(items.map((i) => i.citations[0]?.n)).toEqual([6]);
  });

  it("says when an actor has no dated events", async () => {
    const answer = await ask(kb, "timeline", { actor: "Brandt" });
    expect(allItems(answer)).toHaveLength(0);
    expect(answer.hint).toBe("No dated events were found for this.");
  });
});
