/**
 * Packs rendered item lines into embeds and fields within every Discord limit. The same
 * packer decides where pages end and then lays out the chosen page, so the two never disagree.
 */
import type { APIEmbedField } from "discord-api-types/v10";
import type { Tone } from "../model/answer.ts";
import { escapeMarkdown, toSingleLine } from "./escape.ts";
import {
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_CHARACTERS_MAX,
} from "./limits.ts";
import type { PageEntry, PagePacker } from "./paginate.ts";
import { truncateText } from "./truncate.ts";

/** More lines than this in one message is a wall of text, even when it would fit. */
export const DISCORD_ITEMS_PER_PAGE_MAX = 20;
/** Headings are short labels; the cap keeps a field name far below Discord's 256. */
const HEADING_MAX = 100;
const CONTINUED_SUFFIX = " (cont.)";
/** Discord rejects an empty field name; a zero-width space shows as blank. */
const BLANK_FIELD_NAME = "\u200b";

/** An item drawn as one markdown line, at most a field value long. */
export interface DiscordLine {
  readonly entry: PageEntry;
  readonly text: string;
}

export interface EmbedDraft {
  /** Null until the first field decides the colour of the header embed. */
  tone: Tone | null;
  readonly fields: APIEmbedField[];
}

export interface EmbedPacker extends PagePacker<DiscordLine> {
  readonly embeds: readonly EmbedDraft[];
}

function formatFieldName(heading: string, isContinued: boolean): string {
  const clean = truncateText(toSingleLine(heading).trim(), HEADING_MAX);
  if (clean === "") return BLANK_FIELD_NAME;
  return escapeMarkdown(clean) + (isContinued ? CONTINUED_SUFFIX : "");
}

/**
 * A packer for one page. `fixedCharacters` is what the page spends outside fields (title,
 * description, footer), counted against the 6,000 characters shared by all embeds.
 */
export function createEmbedPacker(fixedCharacters: number): EmbedPacker {
  const embeds: EmbedDraft[] = [{ tone: null, fields: [] }];
  const fieldSections: number[] = [];
  let total = fixedCharacters;
  let count = 0;

  const appendToField = (line: DiscordLine): boolean => {
    const embed = embeds[embeds.length - 1];
    const field = embed?.fields[embed.fields.length - 1];
    if (!field || fieldSections[fieldSections.length - 1] !== line.entry.sectionIndex) return false;
    const value = `${field.value}\n${line.text}`;
    if (value.length > EMBED_FIELD_VALUE_MAX) return false;
    if (total + line.text.length + 1 > EMBEDS_TOTAL_CHARACTERS_MAX) return false;
    field.value = value;
    total += line.text.length + 1;
    return true;
  };

  const openField = (line: DiscordLine): boolean => {
    const { section, sectionIndex, itemIndex } = line.entry;
    const isContinued = itemIndex > 0 || fieldSections.includes(sectionIndex);
    const name = formatFieldName(section.heading, isContinued);
    const cost = name.length + line.text.length;
    let embed = embeds[embeds.length - 1];
    const needsEmbed =
      !embed ||
      (embed.tone !== null && embed.tone !== section.tone) ||
      embed.fields.length >= EMBED_FIELDS_MAX;
    if (needsEmbed && embeds.length >= EMBEDS_PER_MESSAGE_MAX) return false;
    if (total + cost > EMBEDS_TOTAL_CHARACTERS_MAX) return false;
    if (!embed || needsEmbed) {
      embed = { tone: section.tone, fields: [] };
      embeds.push(embed);
    }
    embed.tone = section.tone;
    embed.fields.push({ name, value: line.text });
    fieldSections.push(sectionIndex);
    total += cost;
    return true;
  };

  return {
    embeds,
    tryAdd(line) {
      if (count >= DISCORD_ITEMS_PER_PAGE_MAX) return false;
      const isAdded = appendToField(line) || openField(line);
      if (isAdded) count += 1;
      return isAdded;
    },
  };
}
