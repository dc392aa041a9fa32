import { describe, expect, it } from "vitest";
import { extractHonorificPeople } from "../../../src/extract/actors/extract-honorific-people.ts";
import { extractSpeakingPeople } from "../../../src/extract/actors/extract-speaking-people.ts";
import { runActorExtractor } from "./run-extractor.ts";

describe("honorific people: Mr., Ms., Dr. before a surname", () => {
  const cases = [
    { text: "Mr. Miller continued, “It was necessary.”", name: "Miller", alias: "Mr. Miller" },
    { text: "“Why?” Ms. Asat wrote on Thursday.", name: "Asat", alias: "Ms. Asat" },
    { text: "He met Mr. Xi’s delegation on Wednesday.", name: "Xi", alias: "Mr. Xi" },
    { text: "Dr. Ada Lovelace spoke first.", name: "Ada Lovelace", alias: "Dr. Ada Lovelace" },
  ];
  it.each(cases)("finds $name as $alias", ({ text, name, alias }) => {
    const found = runActorExtractor(extractHonorificPeople, text);
    expect(found.map((item) => [item.name, item.aliases[0], item.passageId])).toEqual([
      [name, alias, "p1"],
    ]);
    const [start, end] = found[0]?.span ?? [0, 0];
    expect(text.slice(start, end)).toBe(alias);
  });

  it.each([
    "Mr Bean's holiday was cancelled.".replace("Mr ", "mr "),
    "The Dr Pepper was warm.".toLowerCase(),
    "MS. PAC-MAN",
  ])("finds no honorific name in “%s”", (text) => {
    expect(runActorExtractor(extractHonorificPeople, text)).toEqual([]);
  });
});

describe("speaking people: bare two-word names that act like people", () => {
  const cases = [
    { text: "Julie Couillard who had ties to the gang was named.", name: "Julie Couillard" },
    { text: "The blog was written by Mark Rathbun in 2009.", name: "Mark Rathbun" },
    { text: "Later, Rodaba Noori said the team was ready.", name: "Rodaba Noori" },
    { text: "Yesterday José Luis Martínez wrote to clients.", name: "José Luis Martínez" },
    { text: "The contest was founded by Dean Kamen to encourage science.", name: "Dean Kamen" },
  ];
  it.each(cases)("finds $name", ({ text, name }) => {
    const found = runActorExtractor(extractSpeakingPeople, text);
    expect(found.map((item) => item.name)).toEqual([name]);
  });

  const negatives = [
    "The summit was held in San Francisco on Thursday.",
    "Space Shuttle Discovery will take the place of Enterprise.",
    "Fentanyl Deal Draws Criticism On Wednesday.",
    "Mexican cartels have been buying chemicals.",
    "The White House said in a statement that it agreed.",
    "Analysts at Morgan Stanley said the cost would be modest.",
    "Kennedy Space Center said it would help.",
    "(Justin Sullivan/Getty Images)",
  ];
  it.each(negatives)("finds nobody in “%s”", (text) => {
    expect(runActorExtractor(extractSpeakingPeople, text)).toEqual([]);
  });
});
