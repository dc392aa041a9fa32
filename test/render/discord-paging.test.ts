import { ComponentType } from "discord-api-types/v10";
import type { APIInteractionResponseCallbackData } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/model/answer.ts";
import { parseCustomId } from "../../src/render/custom-id.ts";
import { NARROW_QUERY_NOTE } from "../../src/render/discord-buttons.ts";
import { DISCORD_ITEMS_PER_PAGE_MAX } from "../../src/render/discord-layout.ts";
import { renderDiscordMessage } from "../../src/render/discord-message.ts";
import { answer, cite, item, section } from "./answers.ts";
import { expectNoRawMention, expectWithinDiscordLimits } from "./discord-checks.ts";

/** Every line cites one article, so the footer names it once. */
const NAMED = "¶ = paragraphs of “U.S. Lifts Sanctions on Chinese Institute”";

const KEY = "quote|speaker=Rayhan Asat";

function render(value: Answer, page: number, pageKey: string | null = KEY) {
  const payload = renderDiscordMessage(value, { page, pageKey, isPrivate: false });
  expectWithinDiscordLimits(payload);
  expectNoRawMention(payload);
  return payload;
}

function listButtons(payload: APIInteractionResponseCallbackData) {
  return (payload.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((button) =>
          "custom_id" in button
            ? [{ id: button.custom_id, isDisabled: button.disabled === true }]
            : [],
        )
      : [],
  );
}

function listLines(payload: APIInteractionResponseCallbackData): string[] {
  return (payload.embeds ?? []).flatMap((embed) =>
    (embed.fields ?? []).flatMap((field) => field.value.split("\n")),
  );
}

/** Items numbered "ITEM7Z" so each can be found again on whatever page it lands. */
function numberedAnswer(count: number, filler: string): Answer {
  const items = Array.from({ length: count }, (_, index) =>
    item(`ITEM${index}Z ${filler}`, [cite(index + 1)]),
  );
  return answer({ sections: [section("Quotes", "info", items)] });
}

function collectAllPages(value: Answer, pageKey: string | null = KEY) {
  const first = render(value, 1, pageKey);
  const footer = first.embeds?.at(-1)?.footer?.text ?? "";
  const pageCount = Number(/Page 1 of (\d+)/.exec(footer)?.[1] ?? "1");
  const pages = [
    first,
    ...Array.from({ length: pageCount - 1 }, (_, index) => render(value, index + 2, pageKey)),
  ];
  return { pageCount, pages };
}

describe("renderDiscordMessage: paging", () => {
  it("pages 500 short items, every item exactly once and in order", () => {
    const value = numberedAnswer(500, "said something");
    const { pageCount, pages } = collectAllPages(value);
    expect(pageCount).toBe(Math.ceil(500 / DISCORD_ITEMS_PER_PAGE_MAX));
    const seen = pages.flatMap(listLines).map((line) => /ITEM(\d+)Z/.exec(line)?.[1]);
    expect(seen).toEqual(Array.from({ length: 500 }, (_, index) => String(index)));
  });

  it("pages long items by size and never cuts one that fits", () => {
    const value = numberedAnswer(40, "word ".repeat(120));
    const { pageCount, pages } = collectAllPages(value);
    expect(pageCount).toBeGreaterThan(2);
    const lines = pages.flatMap(listLines);
    expect(lines).toHaveLength(40);
    expect(lines.every((line) => !line.includes("…"))).toBe(true);
  });

  it("gives Prev and Next ids that lead to the neighbouring pages", () => {
    const value = numberedAnswer(50, "x");
    const middle = listButtons(render(value, 2));
    expect(middle.map((button) => button.isDisabled)).toEqual([false, false]);
    expect(middle.map((button) => parseCustomId(button.id))).toEqual([
      { ok: true, value: { kind: "page", page: 1, pageKey: KEY } },
      { ok: true, value: { kind: "page", page: 3, pageKey: KEY } },
    ]);
    const first = listButtons(render(value, 1));
    expect(first.map((button) => button.isDisabled)).toEqual([true, false]);
    const last = listButtons(render(value, 3));
    expect(last.map((button) => button.isDisabled)).toEqual([false, true]);
  });

  it.each([
    [0, 1],
    [-4, 1],
    [99, 3],
    [Number.NaN, 1],
    [2.7, 2],
  ])("brings page %s into range as page %s", (page, expected) => {
    const footer = render(numberedAnswer(50, "x"), page).embeds?.at(-1)?.footer?.text;
    expect(footer).toBe(`Page ${expected} of 3 · ${NAMED}`);
  });

  it.each([
    ["too long for a custom id", "k".repeat(95)],
    ["missing", null],
  ])("omits the buttons and asks to narrow the query when the key is %s", (_name, pageKey) => {
    const payload = render(numberedAnswer(50, "x"), 1, pageKey);
    expect(listButtons(payload)).toEqual([]);
    expect(payload.embeds?.at(-1)?.footer?.text).toBe(
      `Page 1 of 3 · ${NARROW_QUERY_NOTE} · ${NAMED}`,
    );
  });

  it("shows no page buttons or label for a single page", () => {
    const payload = render(numberedAnswer(3, "x"), 1);
    expect(listButtons(payload)).toEqual([]);
    // No page label: the footer only names the article every line cites.
    expect(payload.embeds?.at(-1)?.footer?.text).toBe(NAMED);
  });

  it("marks continued sections and keeps the section order across pages", () => {
    const value = answer({
      sections: [
        section(
          "Supports",
          "supports",
          Array.from({ length: 25 }, (_, index) => item(`S${index}`)),
        ),
        section("Opposes", "opposes", [item("O0")]),
      ],
    });
    const second = render(value, 2);
    expect(second.embeds?.map((embed) => embed.fields?.map((field) => field.name))).toEqual([
      ["Supports (cont.)"],
      ["Opposes"],
    ]);
  });

  it("keeps to ten embeds when tones alternate", () => {
    const sections = Array.from({ length: 30 }, (_, index) =>
      section(`S${index}`, index % 2 === 0 ? "supports" : "opposes", [item(`line ${index}`)]),
    );
    const { pages } = collectAllPages(answer({ sections }));
    expect(pages.every((page) => (page.embeds ?? []).length <= 10)).toBe(true);
    expect(pages.flatMap(listLines)).toHaveLength(30);
  });
});
