import { describe, expect, it } from "vitest";
import { scoreText } from "../../../src/extract/stances/score-text.ts";

describe("scoreText", () => {
  const cases = [
    {
      text: "it was an appropriate step to take",
      support: 1,
      oppose: 0,
      phrases: ["appropriate step"],
    },
    { text: "called the decision insulting", support: 0, oppose: 2, phrases: ["insulting"] },
    {
      text: "Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles",
      support: 1,
      oppose: 1,
      phrases: ["welcome", "hurdles"],
    },
    {
      text: "it cannot then be fair or reasonable",
      support: 0,
      oppose: 1,
      phrases: ["not … fair"],
    },
    {
      text: "collected in 2016 without adequate consent",
      support: 0,
      oppose: 1,
      phrases: ["without adequate consent"],
    },
    { text: "I'm not disappointed at all", support: 0, oppose: 0, phrases: [] },
  ];
  it.each(cases)("scores “$text”", ({ text, support, oppose, phrases }) => {
    const score = scoreText(text);
    expect([score.support, score.oppose]).toEqual([support, oppose]);
    expect(score.cues.map((cue) => cue.phrase)).toEqual(phrases);
    for (const cue of score.cues)
      expect(
        text
          .slice(cue.index)
          .toLowerCase()
          .startsWith(cue.phrase.replace("not … ", "").split(" ")[0] ?? ""),
      ).toBe(true);
  });

  const negatives = [
    "The index closed at 7,162.90 on Thursday.",
    "73,654 deaths were attributed to overdoses in 2022.",
    "",
    "Space Shuttle Endeavour will launch on April 29.",
  ];
  it.each(negatives)("finds no cue in “%s”", (text) => {
    expect(scoreText(text).cues).toEqual([]);
  });
});
