import { describe, expect, it } from "vitest";
import { buildBridgeKb, BRIDGE_ANALYSIS } from "../support/fixture-kb.ts";
import { allItems, ask, itemText } from "../support/run-command.ts";

describe("/quote", () => {
  const kb = buildBridgeKb();

  it("gives a speaker's quotes verbatim, whole quotes before fragments, each with its ¶", async () => {
    const items = allItems(await ask(kb, "quote", { speaker: "Brandt" }));
    expect(items.map((i) => i.body[0])).toEqual([
      { text: "Nobody asked the people who cross it every day,", style: "quote" },
      { text: "a disaster for Main Street.", style: "quote" },
    ]);
    expect(items.map((i) => i.citations[0]?.n)).toEqual([5, 4]);
  });

  it("filters by a typo'd topic", async () => {
    const items = allItems(await ask(kb, "quote", { about: "inspecters deck" }));
    expect(items.map(itemText)).toEqual([
      "The inspectors told us the deck could fail within two years, — Dana Ortiz",
    ]);
  });

  it("combines speaker and topic", async () => {
    expect(allItems(await ask(kb, "quote", { speaker: "Brandt", about: "deck" }))).toHaveLength(0);
    expect(allItems(await ask(kb, "quote", { speaker: "Ortiz", about: "deck" }))).toHaveLength(1);
  });

  it("without options picks a stance-bearing quote, opposition first", async () => {
    const answer = await ask(kb, "quote");
    expect(answer.title).toBe("A quote worth discussing");
    expect(allItems(answer)[0]?.body[0]?.text).toBe(
      "Nobody asked the people who cross it every day,",
    );
  });

  it("says so when a known person is never quoted", async () => {
    expect((await ask(kb, "quote", { speaker: "Nair" })).hint).toBe(
      "Nair is in the articles but is never quoted directly.",
    );
  });

  it("suggests a near name for an unknown speaker", async () => {
    expect((await ask(kb, "quote", { speaker: "Ortix" })).hint).toBe(
      "No one called “Ortix” — did you mean Dana Ortiz?",
    );
  });

  it("only ever returns text that is in the passage", async () => {
    const texts = new Set(BRIDGE_ANALYSIS.quotes.map((q) => q.text));
    for (const entry of allItems(await ask(kb, "quote", { about: "main street" }))) {
      expect(texts.has(entry.body[0]?.text ?? "")).toBe(true);
    }
  });
});
