/** Checks every reply must pass: Discord's limits, no mention allowed, nothing left unescaped. */
import type {
  APIEmbed,
  APIInteractionResponseCallbackData,
  APIMessageTopLevelComponent,
} from "discord-api-types/v10";
import { ComponentType } from "discord-api-types/v10";
import { expect } from "vitest";
import * as limits from "../../src/render/limits.ts";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** `<@…>`, `<#…>`, `</…>`, `<:…>`, `<t:…>` not preceded by a backslash escape. */
const RAW_ANGLE_MENTION = /(?:^|[^\\])(?:\\\\)*<[@#/:a-z]/i;
/** `@everyone`/`@here` with nothing between the `@` and the word. */
const RAW_MASS_MENTION = /@(?:everyone|here)/i;
const MARKDOWN_SPECIALS = new Set(["*", "_", "~", "`", "|", "[", "]", "<"]);

function embedStrings(embed: APIEmbed): string[] {
  return [
    embed.title ?? "",
    embed.description ?? "",
    embed.footer?.text ?? "",
    embed.author?.name ?? "",
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ];
}

export function countEmbedCharacters(embeds: readonly APIEmbed[]): number {
  return embeds.flatMap(embedStrings).reduce((sum, text) => sum + text.length, 0);
}

/** Every string a user could see in the payload. */
export function collectVisibleStrings(payload: APIInteractionResponseCallbackData): string[] {
  const buttons = listButtons(payload.components ?? []);
  return [
    payload.content ?? "",
    ...(payload.embeds ?? []).flatMap(embedStrings),
    ...buttons.map((button) => button.label),
  ];
}

function listButtons(rows: readonly APIMessageTopLevelComponent[]) {
  return rows.flatMap((row) => {
    expect(row.type).toBe(ComponentType.ActionRow);
    if (row.type !== ComponentType.ActionRow) return [];
    return row.components.map((component) => {
      expect(component.type).toBe(ComponentType.Button);
      const label = "label" in component ? (component.label ?? "") : "";
      const customId = "custom_id" in component ? component.custom_id : "";
      return { label, customId };
    });
  });
}

function expectEmbedWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(limits.EMBED_TITLE_MAX);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(limits.EMBED_DESCRIPTION_MAX);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(limits.EMBED_FOOTER_TEXT_MAX);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(limits.EMBED_AUTHOR_NAME_MAX);
  const fields = embed.fields ?? [];
  expect(fields.length).toBeLessThanOrEqual(limits.EMBED_FIELDS_MAX);
  for (const field of fields) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(limits.EMBED_FIELD_NAME_MAX);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(limits.EMBED_FIELD_VALUE_MAX);
  }
  const isEmpty = !embed.title && !embed.description && fields.length === 0;
  expect(isEmpty).toBe(false);
}

/** Fails the test when any Discord limit is exceeded or a mention could be parsed. */
export function expectWithinDiscordLimits(payload: APIInteractionResponseCallbackData): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(limits.MESSAGE_CONTENT_MAX);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(limits.EMBEDS_PER_MESSAGE_MAX);
  embeds.forEach(expectEmbedWithinLimits);
  expect(countEmbedCharacters(embeds)).toBeLessThanOrEqual(limits.EMBEDS_TOTAL_CHARACTERS_MAX);
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(limits.ACTION_ROWS_MAX);
  for (const row of rows) {
    if (row.type === ComponentType.ActionRow) {
      expect(row.components.length).toBeLessThanOrEqual(limits.BUTTONS_PER_ROW_MAX);
    }
  }
  const buttons = listButtons(rows);
  for (const { label, customId } of buttons) {
    expect(label.length).toBeGreaterThan(0);
    expect(label.length).toBeLessThanOrEqual(limits.BUTTON_LABEL_MAX);
    expect(customId.length).toBeGreaterThan(0);
    expect(customId.length).toBeLessThanOrEqual(limits.CUSTOM_ID_MAX);
  }
  expect(new Set(buttons.map((button) => button.customId)).size).toBe(buttons.length);
  for (const text of collectVisibleStrings(payload)) {
    expect(LONE_SURROGATE.test(text), `lone surrogate in ${JSON.stringify(text)}`).toBe(false);
  }
}

/** The first raw mention in `text`, or null. */
export function findRawMention(text: string): string | null {
  return RAW_ANGLE_MENTION.exec(text)?.[0] ?? RAW_MASS_MENTION.exec(text)?.[0] ?? null;
}

export function expectNoRawMention(payload: APIInteractionResponseCallbackData): void {
  for (const text of collectVisibleStrings(payload)) {
    expect(findRawMention(text), JSON.stringify(text)).toBeNull();
  }
}

/** Markdown characters that Discord would act on: those not escaped by a backslash. */
export function findUnescapedSpecials(markdown: string): string[] {
  const found: string[] = [];
  for (let index = 0; index < markdown.length; index += 1) {
    const character = markdown.charAt(index);
    if (character === "\\") index += 1;
    else if (MARKDOWN_SPECIALS.has(character)) found.push(character);
  }
  return found;
}

/** Lines whose first non-blank characters would start a heading, quote, list or subtext. */
export function findLineStartMarkup(markdown: string): string[] {
  return markdown.split("\n").filter((line) => /^[ \t]*(?:[#>+-]|\d+\.(?:\s|$))/.test(line));
}

/** What Discord shows for escaped text: it drops a backslash before any punctuation. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([^0-9A-Za-z\s])/g, "$1");
}
