import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge-base/build-knowledge-base.ts";
import { BRANDT, BRIDGE, BRIDGE_ANALYSIS, GROUP } from "../support/fixture-kb.ts";
import { allItems, ask, itemText } from "../support/run-command.ts";

describe("/discuss", () => {
  it("describes a side that is never quoted in plain words, not as their quotation", async () => {
    const analysis = {
      ...BRIDGE_ANALYSIS,
      stances: [
        {
          actor: GROUP.name,
          actorId: GROUP.id,
          stance: "supports" as const,
          evidence: ["p6"],
          quotes: [],
          origin: "extracted" as const,
          reason: "carries it out: wrote the report",
        },
        ...BRIDGE_ANALYSIS.stances.filter((stance) => stance.actorId === BRANDT.id),
      ],
    };
    const kb = buildKnowledgeBase([{ article: BRIDGE, analysis }]);
    const [question] = allItems(await ask(kb, "discuss"));
    expect(itemText(question!)).toMatch(
      /^Harbor Engineering Group supports the action \(carries it out: wrote the report\); Luis Brandt says /u,
    );
    expect(question!.body.filter((inline) => inline.style === "quote").map((i) => i.text)).toEqual([
      "a disaster for Main Street.",
    ]);
    expect(question!.citations.map((citation) => citation.n)).toEqual([6, 4]);
  });
});
