import { describe, expect, it } from "vitest";
import { leadingWords, scoreText } from "../../../src/extract/stances/score-text.ts";

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
    { text: "cutting the fumes is also important", support: 1, oppose: 0, phrases: ["important"] },
    { text: "the repair is not essential", support: 0, oppose: 1, phrases: ["not … essential"] },
    { text: "the broadcasts will continue", support: 1, oppose: 0, phrases: ["will continue"] },
    { text: "the broadcasts will not continue", support: 0, oppose: 0, phrases: [] },
    {
      text: "it would attack any loudspeaker that is switched on",
      support: 0,
      oppose: 1,
      phrases: ["would attack"],
    },
    // An organisation defending how it handles something.
    {
      text: "We take the safety of riders very seriously",
      support: 1,
      oppose: 0,
      phrases: ["take … seriously"],
    },
    {
      text: "the board never took the warnings seriously",
      support: 0,
      oppose: 1,
      phrases: ["not … took … seriously"],
    },
    // Blaming the delay is wanting the action.
    {
      text: "it is shameful that the council hasn't closed it already",
      support: 2,
      oppose: 0,
      phrases: ["shameful … already"],
    },
    {
      text: "a disaster, and the council did not act sooner",
      support: 2,
      oppose: 0,
      phrases: ["disaster … sooner"],
    },
    // Not lateness: "already" with no negation, or a negation with no "already".
    {
      text: "the closure is shameful and has already hurt shops",
      support: 0,
      oppose: 2,
      phrases: ["shameful"],
    },
    { text: "a mistake that will not be forgotten", support: 0, oppose: 1, phrases: ["mistake"] },
    // The ordinary vocabulary of news for taking a side.
    {
      text: "The senator led the opposition to the new tax",
      support: 0,
      oppose: 1,
      phrases: ["led the opposition"],
    },
    {
      text: "growers spoke in opposition to the levy",
      support: 0,
      oppose: 1,
      phrases: ["opposition to"],
    },
    {
      text: "two members voted against the bill",
      support: 0,
      oppose: 1,
      phrases: ["voted against"],
    },
    {
      text: "the mayor, who voted with the majority, spoke next",
      support: 1,
      oppose: 0,
      phrases: ["voted with the majority"],
    },
    {
      text: "the councillor who proposed the scheme",
      support: 1,
      oppose: 0,
      phrases: ["who proposed"],
    },
    { text: "the farmers were not convinced", support: 0, oppose: 1, phrases: ["not convinced"] },
    {
      text: "Not everyone was convinced by the plan",
      support: 0,
      oppose: 1,
      phrases: ["not everyone was convinced"],
    },
    {
      text: "the data did not yet justify a new law",
      support: 0,
      oppose: 1,
      phrases: ["not … justify"],
    },
    {
      text: "he argued that the sirens were useless at night",
      support: 0,
      oppose: 1,
      phrases: ["useless"],
    },
    {
      text: "the firm was considering an appeal",
      support: 0,
      oppose: 1,
      phrases: ["considering an appeal"],
    },
    {
      text: "residents campaigned for a crossing and backed the plan",
      support: 2,
      oppose: 0,
      phrases: ["campaigned for", "backed"],
    },
    // An intention to stop an action: the object must name one.
    { text: "the union would fight the closure", support: 0, oppose: 1, phrases: ["fight …"] },
    {
      text: "residents vowed to challenge the ruling",
      support: 0,
      oppose: 1,
      phrases: ["challenge …"],
    },
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
    "The ferry takes passengers seriously far out to sea.",
    "She took the train and arrived seriously late.",
    "Belgium started the game with an attacking style.",
    "The browser offers protection from attacks.",
    // Words of the vocabulary that take no side here.
    "The opposition party said the weather was fine.",
    "She fought back tears as the verdict was read.",
    "The project was paid for out of a grant last year.",
    "He made an appeal for calm on the radio.",
    "The tree stood with its back to the wind.",
    "The charity will fight hunger in the region.",
    "She would challenge the champion in the final.",
    "The families concerned were told on Monday.",
    "I was convinced the bus would be late.",
  ];
  it.each(negatives)("finds no cue in “%s”", (text) => {
    expect(scoreText(text).cues).toEqual([]);
  });
});

describe("leadingWords", () => {
  it.each([
    ["voted against the plan on Monday", 2, "voted against"],
    ["  led the opposition", 16, "  led the opposition"],
    ["", 3, ""],
    ["… — !", 2, ""],
  ])("%j, %i words → %j", (text, count, expected) => {
    expect(leadingWords(text, count)).toBe(expected);
  });
});
