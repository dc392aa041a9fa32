import { describe, expect, it } from "vitest";
import { createExtractContext } from "../../../src/extract/context.ts";
import { scanDoubleQuotes } from "../../../src/extract/quotes/scan-double-quotes.ts";
import { scanSingleQuotes } from "../../../src/extract/quotes/scan-single-quotes.ts";
import { buildFixtureArticle } from "../fixture-article.ts";

function scan(text: string) {
  const article = buildFixtureArticle(text);
  const passage = article.passages[0];
  if (!passage) return [];
  const context = { ...createExtractContext(article), passage };
  const doubles = scanDoubleQuotes(context, 0);
  return [...doubles, ...scanSingleQuotes(context, 0, doubles)].map((quote) => ({
    text: quote.text,
    isClosed: quote.closeMark !== null,
    isSingle: quote.isSingle,
    isVerbatim: passage.text.slice(quote.span[0], quote.span[1]) === quote.text,
  }));
}

describe("quotation scanners", () => {
  const cases = [
    {
      name: "straight marks",
      text: 'He said "it was fine" and left.',
      expected: [["it was fine", true, false]],
    },
    {
      name: "curly marks",
      text: "“It was an appropriate step,” Mr. Miller said.",
      expected: [["It was an appropriate step,", true, false]],
    },
    {
      name: "a closing mark typed the wrong way round",
      text: "He added, “I am disappointed.“ However, it went on.",
      expected: [["I am disappointed.", true, false]],
    },
    {
      name: "nested single quotes stay inside",
      text: "He said, \"they called me the 'anti-christ' of the church.\"",
      expected: [["they called me the 'anti-christ' of the church.", true, false]],
    },
    {
      name: "apostrophes are not quotes",
      text: "It’s a bipartisan issue; the Uyghurs’ rights and don`t and rock 'n' roll.",
      expected: [],
    },
    {
      name: "a single-quoted heading",
      text: "‘Barrier to Achieving Cooperation’",
      expected: [["Barrier to Achieving Cooperation", true, true]],
    },
    {
      name: "scare quotes after a hyphen",
      text: "the claim-'legacy backlog' by year end",
      expected: [["legacy backlog", true, true]],
    },
    {
      name: "an unclosed quote runs to the passage end",
      text: 'She said, "The museum put in a tremendous effort.',
      expected: [["The museum put in a tremendous effort.", false, false]],
    },
    {
      name: "an unclosed quote stops at the next opening",
      text: 'He said "first part and then "second part" here.',
      expected: [
        ["first part and then", false, false],
        ["second part", true, false],
      ],
    },
  ] as const;
  it.each(cases)("$name", ({ text, expected }) => {
    const found = scan(text);
    expect(found.map((quote) => [quote.text, quote.isClosed, quote.isSingle])).toEqual(expected);
    expect(found.every((quote) => quote.isVerbatim)).toBe(true);
  });

  const negatives = ['A 12" vinyl record', "5'11\" tall", 'Empty "" marks', "The 1990s' end"];
  it.each(negatives)("finds no quotation in “%s”", (text) => {
    expect(scan(text)).toEqual([]);
  });

  it("stays fast on adversarial strings", () => {
    const started = performance.now();
    scan(`"a ${"x ".repeat(50_000)}`);
    scan(`'${"a".repeat(50_000)}`);
    scan(`${"“ ”".repeat(20_000)}`);
    scan(`${"' ".repeat(30_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
