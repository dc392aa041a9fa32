/**
 * Discord's documented limits, in one place. Lengths are compared against `string.length`
 * (UTF-16 code units), which is never less than the code points Discord counts, so a string
 * that passes here passes there.
 */

/** Message `content`. */
export const MESSAGE_CONTENT_MAX = 2000;

export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_TEXT_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Title, description, field names and values, footer and author over all embeds of a message. */
export const EMBEDS_TOTAL_CHARACTERS_MAX = 6000;
export const EMBEDS_PER_MESSAGE_MAX = 10;

export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
export const BUTTON_LABEL_MAX = 80;
export const CUSTOM_ID_MAX = 100;

export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;

export const MODAL_TITLE_MAX = 45;
export const TEXT_INPUT_VALUE_MAX = 4000;
