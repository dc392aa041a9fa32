/** What transports and commands use from render. */
export { renderConsoleText, CONSOLE_ITEMS_PER_PAGE } from "./console-text.ts";
export type { ConsoleRenderOptions } from "./console-text.ts";
export { formatCustomId, parseCustomId, CUSTOM_ID_PREFIX } from "./custom-id.ts";
export type { CustomIdAction } from "./custom-id.ts";
export { renderChoices, renderDiscordMessage, renderErrorMessage } from "./discord-message.ts";
export type { DiscordRenderOptions } from "./discord-message.ts";
export { EDIT_MODAL_INPUT_ID, renderEditModal } from "./discord-modal.ts";
export { escapeMarkdown, neutralizeMentions, sanitizeText, truncateText } from "./escape.ts";
