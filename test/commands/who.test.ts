import { describe, expect, it } from "vitest";
import { buildBridgeKb, buildLibraryKb } from "../support/fixture-kb.ts";
import { allItems, ask, itemText } from "../support/run-command.ts";

describe("/who", () => {
  const kb = buildBridgeKb();

  it("lists the cast in order of first mention, each with the ¶ of first mention", async () => {
    const answer = await ask(kb, "who");
    const items = allItems(answer);
    expect(items.map(itemText)).toEqual([
      "Dana Ortiz — Mayor · first ¶3",
      "Luis Brandt — Shop owner · first ¶4",
      "Priya Nair — Engineer · first ¶6",
      "Harbor Engineering Group — organisation · first ¶6",
    ]);
    expect(items.map((i) => i.citations[0]?.n)).toEqual([3, 4, 6, 6]);
  });

  it.each([["brandt"], ["Mr. Brandt"], ["Luis Brandt"], ["LUIS"]])(
    "finds Luis Brandt as %s",
    async (name) => {
      const answer = await ask(kb, "who", { name });
      expect(answer.title).toBe("Luis Brandt");
      const text = allItems(answer).map(itemText);
      expect(text).toContain("Role: Shop owner");
      expect(text).toContain("Quoted: 2 times");
      expect(
        answer.sections.find((s) => s.tone === "opposes")?.items[0]?.citations.map((c) => c.n),
      ).toEqual([4, 5]);
    },
  );

  it("says when someone is never quoted, and still cites where they appear", async () => {
    const quoted = allItems(await ask(kb, "who", { name: "Nair" })).find((i) =>
      itemText(i).startsWith("Quoted"),
    );
    expect(itemText(quoted!)).toBe("Quoted: never directly");
    expect(quoted?.citations.map((c) => c.n)).toEqual([6]);
  });

  it("answers an unknown name with a suggestion, not an error", async () => {
    const answer = await ask(kb, "who", { name: "Brant" });
    expect(allItems(answer)).toHaveLength(0);
    expect(answer.hint).toBe("No one called “Brant” — did you mean Luis Brandt?");
  });

  it("says when nothing is close", async () => {
    const answer = await ask(kb, "who", { name: "Zebulon" });
    expect(answer.hint).toContain("No one called “Zebulon” appears in the articles");
  });

  it("lists the other articles an actor appears in", async () => {
    const answer = await ask(buildLibraryKb(), "who", { name: "Ortiz" });
    const also = answer.sections.find((s) => s.heading === "Also appears in");
    expect(also?.items.map(itemText)).toEqual(["Park Reopens"]);
    expect(also?.items[0]?.citations[0]).toMatchObject({ articleId: "park-reopens", n: 2 });
  });

  it("cites every item it states", async () => {
    for (const answer of [await ask(kb, "who"), await ask(kb, "who", { name: "Ortiz" })]) {
      for (const entry of allItems(answer)) expect(entry.citations.length).toBeGreaterThan(0);
    }
  });
});
