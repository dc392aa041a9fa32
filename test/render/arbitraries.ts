/** fast-check arbitraries for hostile text and whole answers. */
import fc from "fast-check";
import type {
  Answer,
  AnswerItem,
  AnswerSection,
  Citation,
  Inline,
  InlineStyle,
  Tone,
} from "../../src/model/answer.ts";

export const HOSTILE_TOKENS = [
  "@everyone",
  "@here",
  "<@123>",
  "<@!123>",
  "<@&5>",
  "<#42>",
  "</who:1>",
  "<:e:1>",
  "<t:1:R>",
  "**bold**",
  "*",
  "_",
  "__u__",
  "~~s~~",
  "||spoiler||",
  "`",
  "```js\ncode\n```",
  "[x](http://evil)",
  "[x](<http://evil>)",
  "# heading",
  "\n# h",
  "\n> quote",
  ">>> ",
  "\n- item",
  "\n1. item",
  "-# sub",
  "\\",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u0000",
  "\u001b[31m",
  "\u001b]8;;http://evil\u0007",
  "\r\n",
  "\t",
  "مرحبا",
  "שלום",
  "👨‍👩‍👧‍👦",
  "🇺🇸",
  "e\u0301",
  "😀",
  " ",
  "  ",
  ":",
  "http://evil.example/a_b",
  "word",
  "Miller",
];

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TOKENS), weight: 6 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
);

/** Short hostile text; now and then one long enough to force cuts. */
export function hostileText(): fc.Arbitrary<string> {
  const short = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
  const long = fc
    .tuple(fc.constantFrom(...HOSTILE_TOKENS, "word "), fc.integer({ min: 50, max: 2500 }))
    .map(([token, count]) => token.repeat(count));
  return fc.oneof({ arbitrary: short, weight: 12 }, { arbitrary: long, weight: 1 });
}

const STYLES: InlineStyle[] = ["plain", "bold", "italic", "quote", "highlight", "code"];
const TONES: Tone[] = ["supports", "opposes", "neutral", "mixed", "info"];

export function inlineArbitrary(styles: InlineStyle[] = STYLES): fc.Arbitrary<Inline> {
  return fc.record({ text: hostileText(), style: fc.constantFrom(...styles) });
}

const urlArbitrary = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "https://example.com/a_(b)",
    "javascript:alert(1)",
    "http://user:pass@evil.example/",
    "not a url",
    "https://example.com/" + "x".repeat(600),
  ),
  fc.webUrl(),
);

export const citationArbitrary: fc.Arbitrary<Citation> = fc.record({
  articleId: fc.oneof(fc.constantFrom("fentanyl-ifs", "wikinews-1"), hostileText()),
  articleTitle: hostileText(),
  passage: fc.oneof(fc.constant("p1"), hostileText()),
  n: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(0, -1, Number.NaN, 1.5)),
  url: urlArbitrary,
});

export function itemArbitrary(styles?: InlineStyle[]): fc.Arbitrary<AnswerItem> {
  return fc.record({
    body: fc.array(inlineArbitrary(styles), { maxLength: 5 }),
    citations: fc.array(citationArbitrary, { maxLength: 5 }),
  });
}

export function sectionArbitrary(styles?: InlineStyle[]): fc.Arbitrary<AnswerSection> {
  return fc.record({
    heading: hostileText(),
    tone: fc.constantFrom(...TONES),
    items: fc.oneof(
      { arbitrary: fc.array(itemArbitrary(styles), { maxLength: 6 }), weight: 5 },
      { arbitrary: fc.array(itemArbitrary(styles), { minLength: 30, maxLength: 120 }), weight: 1 },
    ),
  });
}

export function answerArbitrary(styles?: InlineStyle[]): fc.Arbitrary<Answer> {
  return fc.record({
    command: fc.constantFrom("who", "quote", "perspectives", "summary", "search"),
    title: hostileText(),
    intro: fc.array(inlineArbitrary(styles), { maxLength: 4 }),
    sections: fc.array(sectionArbitrary(styles), { maxLength: 14 }),
    hint: fc.option(hostileText()),
    footer: fc.option(hostileText()),
    url: urlArbitrary,
    actions: fc.constantFrom([], ["pin"] as const),
  });
}
