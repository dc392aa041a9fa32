/** The modal behind the Edit button: one paragraph box holding the text to edit. */
import {
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from "discord-api-types/v10";
import { fail, ok, type Result } from "../model/result.ts";
import { formatCustomId } from "./custom-id.ts";
import { sanitizeText } from "./escape.ts";
import { MODAL_TITLE_MAX, TEXT_INPUT_VALUE_MAX } from "./limits.ts";
import { truncateText } from "./truncate.ts";

/** The custom id of the text box, to read the submitted value back. */
export const EDIT_MODAL_INPUT_ID = "text";
const LABEL_MAX = 45;
const DEFAULT_TITLE = "Edit the pinned summary";
const INPUT_LABEL = "Summary";

/**
 * A modal whose submit carries the same "edit" id as the button, so the handler knows the
 * article. Fails only when the article id is too long for a custom id.
 */
export function renderEditModal(
  articleId: string,
  currentText: string,
  title: string = DEFAULT_TITLE,
): Result<APIModalInteractionResponseCallbackData, string> {
  const customId = formatCustomId({ kind: "edit", articleId });
  if (!customId.ok) return fail(customId.error);
  const cleanTitle = truncateText(sanitizeText(title).replace(/\n+/g, " ").trim(), MODAL_TITLE_MAX);
  return ok({
    custom_id: customId.value,
    title: cleanTitle || DEFAULT_TITLE,
    components: [
      {
        type: ComponentType.Label,
        label: truncateText(INPUT_LABEL, LABEL_MAX),
        component: {
          type: ComponentType.TextInput,
          custom_id: EDIT_MODAL_INPUT_ID,
          style: TextInputStyle.Paragraph,
          value: truncateText(sanitizeText(currentText), TEXT_INPUT_VALUE_MAX),
          max_length: TEXT_INPUT_VALUE_MAX,
          required: true,
        },
      },
    ],
  });
}
