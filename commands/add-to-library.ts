/** Message menu (Apps → Add to library): the message's first link or .txt/.md/.html file. */
import { ApplicationCommandType } from "discord-api-types/v10";
import { UserFacingError } from "../src/model/result.ts";
import type { CommandModule } from "./define-command.ts";
import { serverOnly } from "./library.ts";

export const addToLibrary: CommandModule = {
  definition: { type: ApplicationCommandType.Message, name: "Add to library", ...serverOnly() },
  example: "/add-to-library https://example.com/news/story",
  handle: () => {
    throw new UserFacingError(
      "discord-only",
      "Add to library is a Discord message menu. Here, use /library add url:URL.",
    );
  },
};
