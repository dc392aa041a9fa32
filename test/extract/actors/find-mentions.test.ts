/**
 * Titles and honorifics are prefixes the scan looks up in the text, not forms multiplied into
 * every name: "President" + "Biden" is found as the form "President Biden" only where the text
 * has it, and only for the forms that may take that prefix.
 */
import { describe, expect, it } from "vitest";
import { buildMentionIndex, findMentionsIn } from "../../../src/extract/actors/find-mentions.ts";
import type { NamedForms } from "../../../src/extract/actors/find-mentions.ts";

const TITLES = new Set(["President", "Minister", "Sen."]);
const HONORIFICS = new Set(["Mr.", "Mr", "Ms."]);

const ACTORS: readonly NamedForms[] = [
  {
    actorId: "biden",
    forms: ["Joe Biden", "Biden"],
    prefixed: [
      { prefixes: TITLES, forms: ["Joe Biden", "Biden"] },
      { prefixes: HONORIFICS, forms: ["Biden"] },
    ],
  },
  {
    actorId: "sunak",
    forms: ["Rishi Sunak"],
    prefixed: [{ prefixes: TITLES, forms: ["Rishi Sunak"] }],
  },
  { actorId: "council", forms: ["City Council"] },
];

const index = buildMentionIndex(ACTORS);
const forms = (text: string) => findMentionsIn(text, index).map((m) => `${m.actorId}:${m.form}`);

describe("prefixed forms", () => {
  it.each([
    ["President Joe Biden spoke.", ["biden:President Joe Biden"]],
    ["Later, President Biden left.", ["biden:President Biden"]],
    ["Sen. Biden voted.", ["biden:Sen. Biden"]],
    ["Mr. Biden and Mr Biden.", ["biden:Mr. Biden", "biden:Mr Biden"]],
    [
      "Minister Rishi Sunak and the City Council.",
      ["sunak:Minister Rishi Sunak", "council:City Council"],
    ],
  ])("%s", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it("gives the mention's span from the prefix to the end of the name", () => {
    const text = "It was President Biden who left.";
    const [mention] = findMentionsIn(text, index);
    expect(mention && text.slice(mention.start, mention.end)).toBe("President Biden");
  });
});

describe("where a prefix must not count", () => {
  it.each([
    // A title inside a longer title is not that title: the name alone is the mention.
    ["Prime Minister Rishi Sunak spoke.", ["sunak:Rishi Sunak"]],
    // Not exactly one space between prefix and name.
    ["President  Biden left.", ["biden:Biden"]],
    ["President\nBiden left.", ["biden:Biden"]],
    // An honorific the actor's forms do not take.
    ["Mr. Rishi Sunak spoke.", ["sunak:Rishi Sunak"]],
    // A prefix with no name after it, and a prefix word glued to another word.
    ["The President spoke to Presidents Biden.", ["biden:Biden"]],
    // Organisations take no prefixes.
    ["President City Council.", ["council:City Council"]],
  ])("%s", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });
});

describe("size of the index", () => {
  it("grows with the names, not with names × prefixes", () => {
    const many: NamedForms[] = Array.from({ length: 2_000 }, (_, i) => ({
      actorId: String(i),
      forms: [`Name${i} Surname${i}`],
      prefixed: [{ prefixes: TITLES, forms: [`Name${i} Surname${i}`, `Surname${i}`] }],
    }));
    const root = buildMentionIndex(many).root;
    const countNodes = (node: typeof root): number =>
      1 + [...node.children.values()].reduce((sum, child) => sum + countNodes(child), 0);
    // Each name is two runs and each surname one: 2,000 × 3 nodes, plus the root.
    expect(countNodes(root)).toBe(2_000 * 3 + 1);
    expect(findMentionsIn("President Surname1999 said so.", buildMentionIndex(many))).toEqual([
      { actorId: "1999", form: "President Surname1999", start: 0, end: 21 },
    ]);
  });
});
