/** Reads the moderator's edited summary back from a modal submit. */
import type { APIModalSubmitInteraction } from "discord-api-types/v10";
import { EDIT_MODAL_INPUT_ID } from "../render/discord-modal.ts";

/** Finds the text box wherever Discord nests it (action rows or labels). */
function findInputValue(node: unknown): string | null {
  if (typeof node !== "object" || node === null) return null;
  if ("custom_id" in node && node.custom_id === EDIT_MODAL_INPUT_ID) {
    return "value" in node && typeof node.value === "string" ? node.value : null;
  }
  const children =
    ("components" in node ? node.components : undefined) ??
    ("component" in node ? [node.component] : []);
  if (!Array.isArray(children)) return null;
  for (const child of children) {
    const value = findInputValue(child);
    if (value !== null) return value;
  }
  return null;
}

/** The edited text, or null when the form came back without it (or blank). */
export function readEditedSummary(interaction: APIModalSubmitInteraction): string | null {
  const value = findInputValue({ components: interaction.data.components });
  return value === null || value.trim() === "" ? null : value;
}
