import { describe, expect, it } from "vitest";
import { isSameWordStem, matchQueryWords } from "../../src/knowledge-base/fuzzy-words.ts";

describe("isSameWordStem", () => {
  it.each([
    ["sanction", "sanctions", true],
    ["sanctions", "sanction", true],
    ["biden", "biden", true],
    ["lifted", "listed", false],
    ["ifs", "ifsx", false],
    ["the", "then", false],
  ])("%s ~ %s is %s", (query, candidate, expected) => {
    expect(isSameWordStem(query, candidate)).toBe(expected);
  });

  it("highlights only real matches when used for a chat message", () => {
    const text = "The entity it listed was lifted from the sanction list.";
    const { spans } = matchQueryWords(text, ["lifted", "sanctions"], isSameWordStem);
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(["lifted", "sanction"]);
  });
});
