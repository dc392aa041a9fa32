/**
 * Embed rules from discord/discord-api-docs developers/resources/message.mdx ("Embed Object",
 * "Embed Limits", "Create Message"): up to 10 embeds; title 256, description 4,096, 25 fields,
 * field name 256 and value 1,024 (both required), footer 2,048, author name 256, all measured
 * after trimming, and 6,000 characters summed over every embed of the message.
 */
import { isRecord } from "./entities.ts";
import { checkArray, checkString } from "./discord-error.ts";
import type { FieldPath, FormErrors } from "./discord-error.ts";

export const MAX_EMBEDS = 10;
export const MAX_EMBED_TOTAL = 6_000;
const MAX_FIELDS = 25;
const TRIMMED = { isTrimmed: true } as const;

/** Checks one embed and returns how many characters it adds to the message's total. */
function checkEmbed(errors: FormErrors, path: FieldPath, embed: unknown): number {
  if (!isRecord(embed)) {
    errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return 0;
  }
  let total = 0;
  total += checkString(errors, [...path, "title"], embed["title"], { max: 256, ...TRIMMED });
  total += checkString(errors, [...path, "description"], embed["description"], {
    max: 4_096,
    ...TRIMMED,
  });
  const fields = checkArray(errors, [...path, "fields"], embed["fields"], { max: MAX_FIELDS });
  fields.forEach((field, index) => {
    const fieldPath = [...path, "fields", index];
    const record = isRecord(field) ? field : {};
    const rule = { min: 1, isRequired: true, ...TRIMMED };
    total += checkString(errors, [...fieldPath, "name"], record["name"], { max: 256, ...rule });
    total += checkString(errors, [...fieldPath, "value"], record["value"], { max: 1_024, ...rule });
  });
  const footer = isRecord(embed["footer"]) ? embed["footer"] : undefined;
  if (footer !== undefined) {
    total += checkString(errors, [...path, "footer", "text"], footer["text"], {
      max: 2_048,
      isRequired: true,
      ...TRIMMED,
    });
  }
  const author = isRecord(embed["author"]) ? embed["author"] : undefined;
  if (author !== undefined) {
    total += checkString(errors, [...path, "author", "name"], author["name"], {
      max: 256,
      isRequired: true,
      ...TRIMMED,
    });
  }
  return total;
}

/** Checks a message's `embeds` (absent or null is fine) and their combined size. */
export function checkEmbeds(errors: FormErrors, path: FieldPath, value: unknown): void {
  const embeds = checkArray(errors, path, value, { max: MAX_EMBEDS });
  let total = 0;
  embeds.forEach((embed, index) => {
    total += checkEmbed(errors, [...path, index], embed);
  });
  if (total > MAX_EMBED_TOTAL) {
    errors.add(
      path,
      "MAX_EMBED_SIZE_EXCEEDED",
      `Embed size exceeds maximum size of ${MAX_EMBED_TOTAL}`,
    );
  }
}
