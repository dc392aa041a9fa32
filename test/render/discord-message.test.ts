import { ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import type { APIInteractionResponseCallbackData } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Inline } from "../../src/model/answer.ts";
import { renderDiscordMessage } from "../../src/render/discord-message.ts";
import { TONE_COLORS } from "../../src/render/tone.ts";
import { answer, cite, item, plain, section, SEED_URL } from "./answers.ts";
import { expectNoRawMention, expectWithinDiscordLimits } from "./discord-checks.ts";

const PUBLIC = { page: 1, pageKey: "who|miller", isPrivate: false } as const;
const TITLE = "U.S. Lifts Sanctions on Chinese Institute";
const link = (text: string) => `[${text}](${SEED_URL})`;

function render(
  ...args: Parameters<typeof renderDiscordMessage>
): APIInteractionResponseCallbackData {
  const payload = renderDiscordMessage(...args);
  expectWithinDiscordLimits(payload);
  expectNoRawMention(payload);
  return payload;
}

describe("renderDiscordMessage: typical answers", () => {
  it("draws /who as one embed: title, intro, a field of cited lines, footer", () => {
    const quote: Inline[] = [plain("Quoted 4 times: "), { text: "a step forward", style: "quote" }];
    const payload = render(
      answer({
        url: SEED_URL,
        footer: "The New York Times · 2023-11-16 · generated from the article",
        sections: [
          section("Matt Miller", "info", [
            item("Role: State Department spokesperson", [cite(3)]),
            item(quote, [cite(5)]),
          ]),
        ],
      }),
      PUBLIC,
    );
    expect(payload.embeds).toEqual([
      {
        title: "Matt Miller",
        url: SEED_URL,
        description: "State Department spokesperson",
        color: TONE_COLORS.info,
        fields: [
          {
            name: "Matt Miller",
            value: [
              `• Role: State Department spokesperson — ${link("¶3")}`,
              `• Quoted 4 times: “a step forward” — ${link("¶5")}`,
            ].join("\n"),
          },
        ],
        // Every line cites one article, so the footer names it once and lines cite "¶3".
        footer: {
          text: `The New York Times · 2023-11-16 · generated from the article · ¶ = paragraphs of “${TITLE}”`,
        },
      },
    ]);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.flags).toBeUndefined();
    expect(payload.components).toEqual([]);
  });

  it("names each article on every line when the lines cite more than one", () => {
    const other = cite(2, { articleId: "park", articleTitle: "Park Reopens", url: null });
    const payload = render(
      answer({ sections: [section("Search", "info", [item("a", [cite(3)]), item("b", [other])])] }),
      PUBLIC,
    );
    expect(payload.embeds?.[0]?.fields?.[0]?.value).toBe(
      [`• a — ${link(`${TITLE} ¶3`)}`, "• b — Park Reopens ¶2"].join("\n"),
    );
    expect(payload.embeds?.at(-1)?.footer).toBeUndefined();
  });

  it("colours /perspectives by stance, one embed per run of a tone", () => {
    const payload = render(
      answer({
        title: "Perspectives",
        sections: [
          section("Supports", "supports", [item("Matt Miller", [cite(4)])]),
          section("Opposes", "opposes", [item("Rayhan Asat", [cite(9)])]),
          section("Neutral", "neutral", [item("Reuters", [cite(2)])]),
          section("Mixed", "mixed", [item("Ms. X", [cite(7)])]),
          section("Voices absent", "info", [item("Mr. Y", [cite(8)])]),
        ],
      }),
      PUBLIC,
    );
    const embeds = payload.embeds ?? [];
    expect(embeds.map((embed) => embed.color)).toEqual([
      TONE_COLORS.supports,
      TONE_COLORS.opposes,
      TONE_COLORS.neutral,
      TONE_COLORS.mixed,
      TONE_COLORS.info,
    ]);
    expect(embeds.map((embed) => embed.fields?.map((field) => field.name))).toEqual([
      ["Supports"],
      ["Opposes"],
      ["Neutral"],
      ["Mixed"],
      ["Voices absent"],
    ]);
    expect(embeds[0]?.title).toBe("Perspectives");
    expect(embeds.slice(1).every((embed) => embed.title === undefined)).toBe(true);
  });

  it("shows the hint in the description when nothing was found", () => {
    const payload = render(
      answer({ title: "No one called “Milner”", intro: [], hint: "Did you mean Matt Miller?" }),
      PUBLIC,
    );
    expect(payload.embeds).toEqual([
      {
        title: "No one called “Milner”",
        description: "Did you mean Matt Miller?",
        color: TONE_COLORS.info,
        fields: [],
      },
    ]);
  });

  it("highlights /search matches and keeps help lines without citations bare", () => {
    const body: Inline[] = [
      plain("…the "),
      { text: "fentanyl", style: "highlight" },
      plain(" precursors…"),
    ];
    const payload = render(
      answer({
        sections: [
          section("Results", "info", [item(body, [cite(6)]), item("/help shows this", [])]),
        ],
      }),
      PUBLIC,
    );
    expect(payload.embeds?.[0]?.fields?.[0]?.value).toBe(
      `• …the __**fentanyl**__ precursors… — ${link("¶6")}\n• /help shows this`,
    );
  });

  it("adds Pin and Edit to a pinnable summary, with ids naming the article", () => {
    const payload = render(
      answer({
        actions: ["pin"],
        sections: [section("What happened", "info", [item("Lead", [cite(1)])])],
      }),
      PUBLIC,
    );
    expect(payload.components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: "📌 Pin",
            custom_id: "rt1:pin:fentanyl-ifs",
            disabled: false,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: "✏️ Edit",
            custom_id: "rt1:edit:fentanyl-ifs",
            disabled: false,
          },
        ],
      },
    ]);
  });

  it("leaves Pin and Edit off a private (ephemeral) summary, which Discord cannot pin", () => {
    const payload = render(
      answer({
        actions: ["pin"],
        sections: [section("What happened", "info", [item("Lead", [cite(1)])])],
      }),
      { ...PUBLIC, isPrivate: true },
    );
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(payload.components ?? []).toEqual([]);
  });

  it.each([
    [true, MessageFlags.Ephemeral],
    [false, undefined],
  ])("sets the ephemeral flag only when private (%s)", (isPrivate, flags) => {
    expect(render(answer(), { ...PUBLIC, isPrivate }).flags).toBe(flags);
  });

  it("falls back to a short description for an answer with nothing at all", () => {
    const payload = render(answer({ title: "", intro: [] }), PUBLIC);
    expect(payload.embeds).toEqual([
      { description: "Nothing to show.", color: TONE_COLORS.info, fields: [] },
    ]);
  });
});
