import { describe, expect, it } from "vitest";
import { buildBridgeKb } from "../support/fixture-kb.ts";
import { ask } from "../support/run-command.ts";

describe("/discuss offers a thread and a poll", () => {
  const kb = buildBridgeKb();

  it("describes the first disagreement: the point, and each side with its ¶", async () => {
    const answer = await ask(kb, "discuss");
    const entry = kb.entries[0]!;
    expect(answer.actions).toEqual(["thread", "poll"]);
    expect(answer.disagreement?.point).toBe(
      entry.analysis.centralAction?.text ?? entry.article.title,
    );
    expect(
      answer.disagreement?.positions.map((p) => [p.voice, p.stance, p.citations.map((c) => c.n)]),
    ).toEqual([
      ["Dana Ortiz", "supports", [3]],
      ["Luis Brandt", "opposes", [4]],
    ]);
  });
});
