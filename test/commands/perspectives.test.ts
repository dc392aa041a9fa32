import { describe, expect, it } from "vitest";
import { buildBridgeKb, buildLibraryKb } from "../support/fixture-kb.ts";
import { allItems, ask, itemText, runCommand } from "../support/run-command.ts";

describe("/perspectives and /discuss", () => {
  const kb = buildBridgeKb();

  it("sorts voices by stance, each with their strongest quote, and lists voices absent", async () => {
    const answer = await ask(kb, "perspectives");
    expect(answer.sections.map((s) => [s.heading, s.tone])).toEqual([
      ["What the positions are about", "info"],
      ["Supports", "supports"],
      ["Opposes", "opposes"],
      ["Voices absent (mentioned, never quoted)", "info"],
    ]);
    expect(itemText(answer.sections[2]!.items[0]!)).toBe(
      "Luis Brandt — called the closure “a disaster for Main Street”",
    );
    expect(answer.sections[3]!.items.map(itemText)).toEqual([
      "Priya Nair — Engineer · first ¶6",
      "Harbor Engineering Group — organisation · first ¶6",
    ]);
  });

  it("builds discussion questions that cite both sides", async () => {
    const answer = await ask(kb, "discuss");
    const [question] = allItems(answer);
    expect(question?.citations.map((c) => c.n)).toEqual([3, 4]);
    expect(itemText(question!)).toContain("Dana Ortiz says");
    expect(itemText(question!)).toContain("Luis Brandt says");
  });

  it("asks which article when the library has several", async () => {
    const outcome = await runCommand(buildLibraryKb(), "perspectives");
    expect(outcome).toMatchObject({ kind: "user-error", code: "article-needed" });
  });

  it("finds an article by a fuzzy title", async () => {
    const answer = await ask(buildLibraryKb(), "perspectives", { article: "harbor bridge" });
    expect(answer.title).toBe("Perspectives: Council Votes to Close Old Harbor Bridge");
  });
});
