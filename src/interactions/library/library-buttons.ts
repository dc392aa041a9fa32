/**
 * The library's buttons: list pages, and the remove confirmation. default_member_permissions
 * does not cover buttons, so only the asker or a member with Manage Server may answer it.
 */
import {
  InteractionResponseType,
  PermissionFlagsBits,
  type APIMessageComponentInteraction,
} from "discord-api-types/v10";
import type { CustomIdAction } from "../../render/custom-id.ts";
import { renderRemoved } from "../../render/library-messages.ts";
import type { InteractionPlan } from "../interaction-plan.ts";
import { hasPermission } from "../permissions.ts";
import { msBetween } from "../snowflake-time.ts";
import { askerOf, planList, refuse, SERVER_ONLY } from "./library-flow.ts";
import type { LibraryPort } from "./library-port.ts";

const NOT_YOURS = "Only the member who asked, or a member with Manage Server, can answer this.";
/** A removal asked for long ago may no longer be wanted: the asker confirms within this. */
const CONFIRM_FOR_MS = 15 * 60_000;

export async function planLibraryButton(
  interaction: APIMessageComponentInteraction,
  action: Extract<CustomIdAction, { kind: `library-${string}` }>,
  library: LibraryPort,
): Promise<InteractionPlan> {
  const asker = askerOf(interaction);
  if (asker === null) return refuse("library", SERVER_ONLY);
  if (action.kind === "library-page") return planList(asker.guildId, action.page, library, true);
  if (action.kind === "library-paste") return refuse("library", "Run /library add again.");
  const isAllowed =
    asker.userId === action.askerId ||
    hasPermission(interaction.member?.permissions, PermissionFlagsBits.ManageGuild);
  if (!isAllowed) return refuse("library", NOT_YOURS);
  const update = (data: ReturnType<typeof renderRemoved>): InteractionPlan => ({
    response: { type: InteractionResponseType.UpdateMessage, data },
    log: { command: "library", outcome: "answer" },
  });
  if (action.kind === "library-cancel")
    return update({
      content: "Kept: nothing was removed.",
      components: [],
      allowed_mentions: { parse: [] },
    });
  // Measured on Discord's clock: the press against the message that asked (snowflake-time.ts).
  const age = msBetween(interaction.message.id, interaction.id);
  if (age !== null && age > CONFIRM_FOR_MS)
    return update({
      content:
        "This confirmation expired after 15 minutes: nothing was removed. Run /library remove again.",
      components: [],
      allowed_mentions: { parse: [] },
    });
  // The server is the one the button was pressed in: a forged id cannot reach another's rows.
  const isRemoved = await library.remove(asker.guildId, action.articleId);
  if (!isRemoved)
    return update({
      content: `\`${action.articleId.slice(0, 90)}\` was already removed.`,
      components: [],
      allowed_mentions: { parse: [] },
    });
  return update(renderRemoved(action.articleId, asker.userId));
}
